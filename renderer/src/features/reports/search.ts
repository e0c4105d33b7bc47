import { adoptionsOf, instructionsOf, reporterNames, type Report } from '../../../../shared/domain/report';

export interface ReportFilter {
  query: string;
  year: string;
  /** '' any; '未采用'; or an adoption level. */
  level: string;
}

/** The list's filter: words in the title, reporters, category or text; the year; the level adopted. */
export function filterReports(list: readonly Report[], f: ReportFilter): Report[] {
  const words = f.query.trim().split(/\s+/).filter(Boolean);
  return list.filter((r) => {
    if (f.year && !r.date.startsWith(f.year)) return false;
    const ad = adoptionsOf(r);
    if (f.level === '未采用' ? ad.length > 0 : f.level === '批示' ? !instructionsOf(r).length : f.level && !ad.some((a) => a.level === f.level)) return false;
    if (!words.length) return true;
    const hay = `${r.title} ${reporterNames(r)} ${r.category} ${r.situation} ${r.cause} ${r.advice}`;
    return words.every((w) => hay.includes(w));
  });
}
