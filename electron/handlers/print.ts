import type { Services } from '../services/context';
import type { HandlerTable } from './dispatch';

type PrintChannels = 'print.toPdf' | 'print.printers' | 'print.print' | 'print.savePdf';

/** Jobs arrive validated by the contract (shared/print/jobs.ts); the print page checks them again. */
export function printHandlers(s: Services): Pick<HandlerTable, PrintChannels> {
  return {
    'print.toPdf': ({ job, options }) => s.print.toPdf(job, options),
    'print.printers': () => s.print.printers(),
    'print.print': ({ job, options }) => s.print.print(job, options),
    'print.savePdf': ({ job, options, picked, fileName }) => s.print.savePdf(job, options, picked, fileName),
  };
}
