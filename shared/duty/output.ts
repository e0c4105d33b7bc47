import type { DutyBulletinData, DutyRecordOne } from '../print/duty';
import type { MemberDuty, Period } from './engine';
import type { RankingRow } from './ranking';
import { gradeCounts } from './ranking';
import type { RuleTable } from './rules';
import { missingText, periodLabel, sessionCounts } from './summary';

/** What the printed record, the .docx and the .xlsx read of a member (the roster fields). */
export interface RecordMember {
  name: string;
  memberNo: string;
  sector: string;
  committees: readonly string[];
  unitAndPost: string;
  office: string;
}

/** The printed list of items stops here (two pages); the rest are counted. */
export const PRINTED_ITEMS = 60;

export function recordOne(m: RecordMember, d: MemberDuty, officeName: string, maxItems = PRINTED_ITEMS): DutyRecordOne {
  return {
    name: m.name, memberNo: m.memberNo, sector: m.sector, committees: m.committees.join('、'), unit: m.unitAndPost, office: officeName,
    total: d.total, grade: d.grade,
    minimums: d.minimums.map((x) => ({ label: x.label, met: x.met, count: x.count })),
    sessions: sessionCounts(d.items),
    lines: d.byRule.map((l) => ({ label: l.label, count: l.count, points: l.points })),
    // Attendance is summed up by kind above: the list gives the other items first, then the sessions.
    items: [...d.items.filter((i) => i.source.table !== 'attendance'), ...d.items.filter((i) => i.source.table === 'attendance')]
      .slice(0, maxItems).map((i) => ({ date: i.date, label: i.label, points: i.points, note: i.note })),
    more: Math.max(0, d.items.length - maxItems),
  };
}

export function recordTitle(period: Period): string {
  return period.kind === 'year' ? `${period.year}年度委员履职档案` : `${period.term.name}委员履职档案`;
}

export function bulletinData<M extends RecordMember & { id: string }>(rows: readonly RankingRow<M & { sortKey?: string }>[], period: Period, table: RuleTable, officeName: (code: string) => string, title: string): DutyBulletinData {
  const counts = period.kind === 'year' ? gradeCounts(rows, table).map((g) => `${g.grade} ${g.count} 名`).join('，') : '';
  const short = rows.filter((r) => r.duty.belowMinimum).length;
  return {
    title,
    period: periodLabel(period),
    summary: [`共 ${rows.length} 名`, counts, `未达到基本要求 ${short} 名`].filter(Boolean).join('；'),
    rows: rows.map((r) => ({ rank: r.rank, name: r.member.name, sector: r.member.sector, office: officeName(r.member.office), total: r.duty.total, grade: r.duty.grade, missing: missingText(r.duty) || (r.duty.belowMinimum ? '有年度未达到' : '') })),
  };
}
