import { ADOPTION_LEVELS, adoptionsOf, instructionsOf, type AdoptionLevel, type Report } from '../domain/report';

/** 社情民意 figures: given, adopted at each level (a report adopted at two levels counts at each), 批示, by office and by year. */
export interface ReportFigureRow {
  key: string;
  label: string;
  given: number;
  adopted: Record<AdoptionLevel, number>;
  /** Reports adopted at any level. */
  anyAdopted: number;
  instructions: number;
}

function emptyRow(key: string, label: string): ReportFigureRow {
  return { key, label, given: 0, adopted: Object.fromEntries(ADOPTION_LEVELS.map((l) => [l, 0])) as Record<AdoptionLevel, number>, anyAdopted: 0, instructions: 0 };
}

function add(row: ReportFigureRow, r: Report) {
  row.given++;
  const ad = adoptionsOf(r);
  for (const a of ad) row.adopted[a.level]++;
  if (ad.length) row.anyAdopted++;
  row.instructions += instructionsOf(r).length;
}

export interface ReportFigures {
  byOffice: ReportFigureRow[];
  byYear: ReportFigureRow[];
  total: ReportFigureRow;
}

export function reportFigures(reports: readonly Report[], officeNames: ReadonlyMap<string, string> = new Map()): ReportFigures {
  const byOffice = new Map<string, ReportFigureRow>();
  const byYear = new Map<string, ReportFigureRow>();
  const total = emptyRow('total', '合计');
  for (const r of reports) {
    if (r.deleted) continue;
    let o = byOffice.get(r.office);
    if (!o) byOffice.set(r.office, (o = emptyRow(r.office, officeNames.get(r.office) ?? r.office)));
    const y = r.date.slice(0, 4);
    let yr = byYear.get(y);
    if (!yr) byYear.set(y, (yr = emptyRow(y, `${y}年`)));
    add(o, r);
    add(yr, r);
    add(total, r);
  }
  return {
    byOffice: [...byOffice.values()].sort((a, b) => b.given - a.given || a.key.localeCompare(b.key)),
    byYear: [...byYear.values()].sort((a, b) => a.key.localeCompare(b.key)),
    total,
  };
}

/** What a list shows in its status column: the highest level adopted, or 未采用. */
export function adoptionText(r: Pick<Report, 'adoptions'>): string {
  const ad = adoptionsOf(r);
  if (!ad.length) return '未采用';
  const top = [...ad].sort((a, b) => ADOPTION_LEVELS.indexOf(b.level) - ADOPTION_LEVELS.indexOf(a.level))[0];
  return `${top.level}${top.mode}${ad.length > 1 ? ` 等 ${ad.length} 级` : ''}`;
}
