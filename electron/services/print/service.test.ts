import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrintJob, PrintRequest } from '../../../shared/print/jobs';
import { AppPaths, PickedFolders } from '../paths';
import { pdfFileName, safeFilePart } from './file-name';
import { countPdfPages } from './pdf-pages';
import type { PaperJob, PrintPort } from './port';
import { PrintService } from './service';

/** A minimal PDF with `n` pages, as Chromium writes them (page dictionaries in the open). */
function fakePdf(n: number): Uint8Array {
  const pages = Array.from({ length: n }, (_, i) => `${i + 3} 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n`).join('');
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count ${n} >>\nendobj\n${pages}%%EOF`);
}

function fakePort(pages: number) {
  const calls: { opened: PrintRequest[]; pdf: unknown[]; printed: PaperJob[]; closed: number } = { opened: [], pdf: [], printed: [], closed: 0 };
  const port: PrintPort = {
    async open(request) {
      calls.opened.push(request);
      return {
        async pdf(ranges) {
          calls.pdf.push(ranges);
          const n = ranges.length ? ranges.reduce((s, r) => s + r.to - r.from + 1, 0) : pages;
          return fakePdf(n);
        },
        async print(job) {
          calls.printed.push(job);
        },
        async close() {
          calls.closed++;
        },
      };
    },
    async printers() {
      return { printers: [{ name: 'HP', description: 'HP', isDefault: true }], note: null };
    },
  };
  return { port, calls };
}

const job: PrintJob = { kind: 'signin', data: { title: '学习会/签到', time: '', place: '', rows: [{ name: '张三', sector: '', unitAndPost: '', memberNo: '', note: '' }], blankRows: 0, barcode: false, fitBlankRows: false } };
const a4 = { paper: 'A4' as const, orientation: 'portrait' as const, range: '' };

function setup(pages = 7) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cd-print-svc-'));
  const paths = new AppPaths(dataDir, new PickedFolders());
  const events: unknown[] = [];
  const { port, calls } = fakePort(pages);
  const svc = new PrintService(paths, port, (_e, p) => events.push(p));
  return { dataDir, paths, svc, calls, events };
}

describe('PrintService', () => {
  it('counts the pages of a PDF by its page objects', () => {
    expect(countPdfPages(fakePdf(1))).toBe(1);
    expect(countPdfPages(fakePdf(17))).toBe(17);
  });

  it('makes the PDF into the pdf area, closes the document, reports progress to the end', async () => {
    const { dataDir, svc, calls, events } = setup(7);
    const r = await svc.toPdf(job, a4);
    expect(r.pages).toBe(7);
    expect(r.ref.area).toBe('pdf');
    expect(r.ref.path).toMatch(/^签到表-学习会签到-\d{8}-\d{6}-[0-9a-f]{6}\.pdf$/);
    expect(countPdfPages(readFileSync(path.join(dataDir, 'pdf', r.ref.path)))).toBe(7);
    expect(calls.closed).toBe(1);
    const last = events.at(-1) as { done: number; total: number };
    expect(last.done).toBe(last.total);
  });

  it('keeps only the asked pages, cut to the document; refuses a range past the end and closes anyway', async () => {
    const { svc, calls } = setup(7);
    const r = await svc.toPdf(job, { ...a4, range: '2-3,6-99' });
    expect(calls.pdf.at(-1)).toEqual([{ from: 2, to: 3 }, { from: 6, to: 7 }]);
    expect(r.pages).toBe(4);
    await expect(svc.toPdf(job, { ...a4, range: '9' })).rejects.toThrow('这份文档只有 7 页');
    expect(calls.closed).toBe(2);
  });

  it('prints tents and formal documents on A4 portrait whatever was chosen', async () => {
    const { svc, calls } = setup(2);
    await svc.toPdf({ kind: 'tents', data: { names: [{ name: '张三', subtitle: '' }] } }, { paper: 'A3', orientation: 'landscape', range: '' });
    expect(calls.opened[0].setup).toEqual({ paper: 'A4', orientation: 'portrait' });
    await svc.toPdf(job, { paper: 'A3', orientation: 'landscape', range: '' });
    expect(calls.opened[1].setup).toEqual({ paper: 'A3', orientation: 'landscape' });
  });

  it('removes previews older than a day, keeps newer ones and other files', async () => {
    const { dataDir, svc } = setup(1);
    const first = await svc.toPdf(job, a4);
    const old = path.join(dataDir, 'pdf', first.ref.path);
    const day = 24 * 3600;
    utimesSync(old, Date.now() / 1000 - 2 * day, Date.now() / 1000 - 2 * day);
    writeFileSync(path.join(dataDir, 'pdf', '出勤报告.pdf'), 'x');
    utimesSync(path.join(dataDir, 'pdf', '出勤报告.pdf'), Date.now() / 1000 - 2 * day, Date.now() / 1000 - 2 * day);
    const second = await svc.toPdf(job, a4);
    expect(readdirSync(path.join(dataDir, 'pdf')).sort()).toEqual([second.ref.path, '出勤报告.pdf'].sort());
  });

  it('saves only into a folder the person picked', async () => {
    const { paths, svc } = setup(3);
    const outside = mkdtempSync(path.join(os.tmpdir(), 'cd-print-out-'));
    await expect(svc.savePdf(job, a4, outside)).rejects.toThrow('没有经过选择');
    paths.picked.add(outside);
    const saved = await svc.savePdf(job, a4, outside, '我的签到表');
    expect(saved.path).toBe(path.join(outside, '我的签到表.pdf'));
    expect(countPdfPages(readFileSync(saved.path))).toBe(3);
    // Saving again keeps the first PDF: the second is numbered.
    const again = await svc.savePdf(job, a4, outside, '我的签到表');
    expect(again.path).toBe(path.join(outside, '我的签到表（2）.pdf'));
    expect(readdirSync(outside).sort()).toEqual(['我的签到表.pdf', '我的签到表（2）.pdf']);
  });

  it('sends paper with the printer, copies, pages and duplex', async () => {
    const { svc, calls } = setup(5);
    const r = await svc.print(job, { ...a4, range: '2-4', printer: 'HP', copies: 2, duplex: 'longEdge' });
    expect(calls.printed).toEqual([{ printer: 'HP', copies: 2, ranges: [{ from: 2, to: 4 }], duplex: 'longEdge' }]);
    expect(r).toEqual({ printer: 'HP', copies: 2, pages: 3, message: '已发送到打印机「HP」：3 页 × 2 份' });
  });

  it('without a print port says so instead of failing obscurely', async () => {
    const paths = new AppPaths(mkdtempSync(path.join(os.tmpdir(), 'cd-print-none-')));
    const svc = new PrintService(paths, undefined, () => undefined);
    await expect(svc.toPdf(job, a4)).rejects.toThrow('不支持打印');
    expect((await svc.printers()).note).toContain('不支持打印');
  });

  it('names files safely', () => {
    expect(safeFilePart(' a/b:c*?"<>| d ')).toBe('abc d');
    expect(pdfFileName(job, new Date(2026, 0, 2, 3, 4, 5))).toBe('签到表-学习会签到-20260102-030405.pdf');
    expect(pdfFileName(job, new Date(), '..\\x.pdf')).toBe('x.pdf');
  });
});
