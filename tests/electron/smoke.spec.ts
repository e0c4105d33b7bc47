import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain .mjs helper without types
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary: string | null = electronBinary();
const mainScript = path.resolve(process.env.CD_DIST ?? 'dist', 'electron/main.cjs');

test.describe('Electron host (real binary)', () => {
  test.skip(!binary, 'Electron binary not present on this machine (it cannot be downloaded here); the browser host suite covers the app.');

  test('starts sandboxed with the contract on window.api and completes setup', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cd-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [mainScript, '--data-dir', dataDir] });
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/desk\//);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.api?.invoke)).toBe('function');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const csp = await page.evaluate(() => fetch('/index.html').then((r) => r.headers.get('content-security-policy')));
    expect(csp).toContain("script-src 'self'");
    await page.getByLabel('办公室名称').fill('南大街街道政协工委');
    await page.getByLabel('办公室代码').fill('ZL-NDJ');
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByTestId('office-name')).toContainText('南大街街道政协工委');
    await app.close();
  });
});
