import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gbtSampleData } from '../../shared/print/samples';
import { MM, pageLines, pdfInfo } from '../e2e/print-pdf';
// @ts-expect-error plain .mjs helper without types
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary: string | null = electronBinary();
const mainScript = path.resolve(process.env.CD_DIST ?? 'dist', 'electron/main.cjs');

test.describe('Electron print port (real binary)', () => {
  test.skip(!binary, 'Electron binary not present on this machine (it cannot be downloaded here); tests/e2e/print.spec.ts covers printing on the browser host.');

  test('a hidden window per job makes the same PDF: GB/T 9704 page, text block, page numbers', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cd-electron-print-'));
    const app = await electron.launch({ executablePath: binary!, args: [mainScript, '--data-dir', dataDir] });
    const page = await app.firstWindow();
    const env = (await page.evaluate((data) => window.api.invoke('print.toPdf', { job: { kind: 'formal', data }, options: {} }), gbtSampleData())) as {
      ok: boolean;
      result: { ref: { path: string }; pages: number };
    };
    expect(env.ok).toBe(true);
    const file = path.join(dataDir, 'pdf', env.result.ref.path);
    const info = pdfInfo(file);
    expect(info.pages).toBe(env.result.pages);
    expect(Math.round(info.width / MM)).toBe(210);
    expect(Math.round(info.height / MM)).toBe(297);
    const first = pageLines(file)[0];
    expect(Math.min(...first.map((l) => l.x0))).toBeCloseTo(28, 0);
    expect(first.some((l) => l.text.replace(/\s/g, '') === '—1—')).toBe(true);
    // The print windows are gone once their jobs are done: only the main window is left.
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});
