import type { PrintRequestInput } from './jobs';

/** What print.html's window.cdPrint answers: laid out and ready, or why not (Chinese). */
export type PrintPageAnswer = { ok: true } | { ok: false; message: string };

declare global {
  interface Window {
    /** Defined by print.html: lay out a print job; resolves once fonts and images are in. */
    cdPrint?: (request: PrintRequestInput) => Promise<PrintPageAnswer>;
  }
}
