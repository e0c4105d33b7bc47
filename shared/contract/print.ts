import { z } from 'zod';
import { PrintJob } from '../print/jobs';
import { PaperPrintOptions, PdfOptions } from '../print/page';

export const PdfRef = z.object({ area: z.literal('pdf'), path: z.string() });

export const PrinterInfo = z.object({
  name: z.string(),
  description: z.string(),
  isDefault: z.boolean(),
});
export type PrinterInfo = z.infer<typeof PrinterInfo>;

/**
 * Printing (issue 4): every document is a print job (shared/print/jobs.ts)
 * rendered by print.html; main makes the PDF or sends it to a printer through
 * the host's print port.
 */
export const printContract = {
  /** Make the PDF into the app's pdf area (the preview reads it with files.read). */
  'print.toPdf': {
    args: z.object({ job: PrintJob, options: PdfOptions }),
    result: z.object({ ref: PdfRef, pages: z.number().int(), size: z.number().int() }),
  },
  /** The system's printers; `note` says why the list is empty when it is. */
  'print.printers': {
    args: z.object({}),
    result: z.object({ printers: z.array(PrinterInfo), note: z.string().nullable() }),
  },
  'print.print': {
    args: z.object({ job: PrintJob, options: PaperPrintOptions }),
    result: z.object({ printer: z.string(), copies: z.number().int(), pages: z.number().int(), message: z.string() }),
  },
  /** Save the PDF into a folder the person picked (dialog.pickFolder). */
  'print.savePdf': {
    args: z.object({ job: PrintJob, options: PdfOptions, picked: z.string().min(1), fileName: z.string().max(120).optional() }),
    result: z.object({ path: z.string(), pages: z.number().int(), size: z.number().int() }),
  },
} as const;
