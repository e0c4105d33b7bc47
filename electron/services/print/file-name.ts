import { PRINT_KIND_LABELS, type PrintJob } from '../../../shared/print/jobs';

/** A title fit for a file name on Windows and Linux alike. */
export function safeFilePart(s: string, max = 40): string {
  const cleaned = s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return cleaned.slice(0, max);
}

function jobTitle(job: PrintJob): string {
  const data = job.data as { title?: string };
  return data.title ? safeFilePart(data.title) : '';
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** e.g. 签到表-第一季度学习会-20261125-220501.pdf */
export function pdfFileName(job: PrintJob, at = new Date(), wanted?: string): string {
  const base = wanted ? safeFilePart(wanted.replace(/\.pdf$/i, ''), 100) : '';
  if (base) return `${base}.pdf`;
  const title = jobTitle(job);
  return `${PRINT_KIND_LABELS[job.kind]}${title ? `-${title}` : ''}-${stamp(at)}.pdf`;
}
