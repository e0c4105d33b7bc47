import type { PrinterInfo } from '../../../shared/contract/print';
import type { PrintRequest } from '../../../shared/print/jobs';
import type { Duplex, PageSetup, PageSpan } from '../../../shared/print/page';

/** Where to send paper. */
export interface PaperJob {
  printer: string;
  copies: number;
  /** 1-based, inclusive; [] = every page. */
  ranges: PageSpan[];
  duplex: Duplex;
}

/** One job laid out by print.html and ready: make its PDF, print it, then close it. */
export interface RenderedDoc {
  /** The PDF of every page, or of `ranges` (1-based, inside the document). */
  pdf(ranges: PageSpan[]): Promise<Uint8Array>;
  print(job: PaperJob, paper: PageSetup): Promise<void>;
  close(): Promise<void>;
}

/**
 * The host's printing: Electron prints from a hidden window per job
 * (electron/print-window.ts); the browser host makes the PDF in headless
 * Chromium and hands it to the OS print command (chromium-port.ts).
 * Both render the same print.html with the same job, and refuse a job the
 * page reports as malformed with the page's Chinese message.
 */
export interface PrintPort {
  open(request: PrintRequest): Promise<RenderedDoc>;
  printers(): Promise<{ printers: PrinterInfo[]; note: string | null }>;
  close?(): Promise<void>;
}
