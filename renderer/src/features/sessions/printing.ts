import type { PrintJobInput } from '../../../../shared/print/jobs';
import { call } from '../../app/api';
import { repos } from '../../db';

/** The office's sector list order, for printing members by sector. */
export async function sectorOrder(): Promise<string[]> {
  const refs = await repos.refLists.read.where('kind').equals('sector').filter((r) => r.deleted === 0).toArray();
  return refs.sort((a, b) => a.order - b.order).map((r) => r.name);
}

/** Make the A4 PDF through the print service and open it in the system viewer to print. */
export async function printToPdf(job: PrintJobInput): Promise<{ pages: number; path: string; opened: boolean }> {
  const pdf = await call('print.toPdf', { job, options: { paper: 'A4', orientation: 'portrait', range: '' } });
  const { opened } = await call('files.open', { ref: pdf.ref });
  return { pages: pdf.pages, path: pdf.ref.path, opened };
}
