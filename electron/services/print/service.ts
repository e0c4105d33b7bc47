import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { HostEvent } from '../../../shared/contract';
import type { PrinterInfo } from '../../../shared/contract/print';
import { effectiveSetup, PRINT_KIND_LABELS, type PrintJob, type PrintRequest } from '../../../shared/print/jobs';
import { clampRange, parsePageRange, type PaperPrintOptions, type PdfOptions } from '../../../shared/print/page';
import { atomicWrite } from '../atomic-write';
import { writeNewFile } from '../new-file';
import type { AppPaths } from '../paths';
import { pdfFileName } from './file-name';
import { countPdfPages } from './pdf-pages';
import type { PrintPort, RenderedDoc } from './port';

type Emit = (event: HostEvent, payload: unknown) => void;

/** Previews made by toPdf end in a random tag; those older than this are removed on the next toPdf. */
export const PREVIEW_KEEP_MS = 24 * 3600 * 1000;
const PREVIEW_RE = /-[0-9a-f]{6}\.pdf$/;

export interface MadePdf {
  pdf: Uint8Array;
  pages: number;
}

/**
 * Printing as the handlers see it: lay the job out through the host's print
 * port, make its PDF (all pages or a range), keep it under the pdf area, save
 * it to a picked folder, or send it to a printer. Reports progress as
 * 'progress' events ({ job, done, total, label }).
 */
export class PrintService {
  constructor(
    private readonly paths: AppPaths,
    private readonly port: PrintPort | undefined,
    private readonly emit: Emit,
  ) {}

  private need(): PrintPort {
    if (!this.port) throw new Error('这种运行方式不支持打印。');
    return this.port;
  }

  private progress(id: string, done: number, total: number, label: string): void {
    this.emit('progress', { job: id, done, total, label });
  }

  private async withDoc<T>(request: PrintRequest, id: string, total: number, fn: (doc: RenderedDoc) => Promise<T>): Promise<T> {
    this.progress(id, 0, total, `正在排版${PRINT_KIND_LABELS[request.job.kind]}…`);
    const doc = await this.need().open(request);
    try {
      return await fn(doc);
    } finally {
      await doc.close();
    }
  }

  /** Make the PDF of a job; `range` keeps only those pages. */
  async makePdf(job: PrintJob, options: PdfOptions, id = `print-${randomBytes(4).toString('hex')}`, total = 3): Promise<MadePdf> {
    const request: PrintRequest = { job, setup: effectiveSetup(job.kind, options) };
    return this.withDoc(request, id, total, async (doc) => {
      this.progress(id, 1, total, '正在生成 PDF…');
      const full = await doc.pdf([]);
      const all = countPdfPages(full);
      const spans = clampRange(parsePageRange(options.range), all);
      if (!spans.length) return { pdf: full, pages: all };
      const part = await doc.pdf(spans);
      return { pdf: part, pages: countPdfPages(part) };
    });
  }

  /** The PDF into the app's pdf area, for the preview and for opening. */
  async toPdf(job: PrintJob, options: PdfOptions): Promise<{ ref: { area: 'pdf'; path: string }; pages: number; size: number }> {
    const id = `pdf-${randomBytes(4).toString('hex')}`;
    const made = await this.makePdf(job, options, id);
    this.progress(id, 2, 3, '正在保存…');
    const name = pdfFileName(job).replace(/\.pdf$/, `-${randomBytes(3).toString('hex')}.pdf`);
    const ref = { area: 'pdf' as const, path: name };
    await atomicWrite(await this.paths.real(ref), made.pdf);
    await this.prunePreviews(name);
    this.progress(id, 3, 3, '完成');
    return { ref, pages: made.pages, size: made.pdf.byteLength };
  }

  /** Remove old previews (made by toPdf, named with a random tag) so the pdf area does not grow without end. */
  async prunePreviews(keep: string, now = Date.now()): Promise<number> {
    const dir = this.paths.area('pdf');
    let removed = 0;
    for (const e of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (!e.isFile() || e.name === keep || !PREVIEW_RE.test(e.name)) continue;
      const abs = path.join(dir, e.name);
      const st = await fsp.stat(abs).catch(() => null);
      if (st && now - st.mtimeMs > PREVIEW_KEEP_MS) {
        await fsp.rm(abs, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** The PDF into a folder the person picked in a dialog. */
  async savePdf(job: PrintJob, options: PdfOptions, picked: string, fileName?: string): Promise<{ path: string; pages: number; size: number }> {
    const id = `save-${randomBytes(4).toString('hex')}`;
    const abs = await this.paths.real({ picked, path: pdfFileName(job, new Date(), fileName) });
    const made = await this.makePdf(job, options, id);
    this.progress(id, 2, 3, '正在写入文件…');
    // Never over an earlier PDF of the same name: the new one is numbered (签到表（2）.pdf).
    const written = await writeNewFile(path.dirname(abs), path.basename(abs), made.pdf);
    this.progress(id, 3, 3, '完成');
    return { path: written, pages: made.pages, size: made.pdf.byteLength };
  }

  async print(job: PrintJob, options: PaperPrintOptions): Promise<{ printer: string; copies: number; pages: number; message: string }> {
    const id = `paper-${randomBytes(4).toString('hex')}`;
    const request: PrintRequest = { job, setup: effectiveSetup(job.kind, options) };
    return this.withDoc(request, id, 3, async (doc) => {
      this.progress(id, 1, 3, '正在计算页数…');
      const all = countPdfPages(await doc.pdf([]));
      const ranges = clampRange(parsePageRange(options.range), all);
      const pages = ranges.length ? ranges.reduce((n, r) => n + r.to - r.from + 1, 0) : all;
      this.progress(id, 2, 3, `正在发送到打印机「${options.printer}」…`);
      await doc.print({ printer: options.printer, copies: options.copies, ranges, duplex: options.duplex }, request.setup);
      this.progress(id, 3, 3, '完成');
      return {
        printer: options.printer,
        copies: options.copies,
        pages,
        message: `已发送到打印机「${options.printer}」：${pages} 页 × ${options.copies} 份`,
      };
    });
  }

  printers(): Promise<{ printers: PrinterInfo[]; note: string | null }> {
    if (!this.port) return Promise.resolve({ printers: [], note: '这种运行方式不支持打印。' });
    return this.port.printers();
  }
}
