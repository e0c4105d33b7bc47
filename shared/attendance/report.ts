import type { StudySession } from '../domain/session';
import { DEFAULT_RULE, type AttendanceFigures, type AttendanceRule, type Counts } from './figures';

/**
 * The figures as rows for a table, a workbook and a printed report: sessions
 * by date, members by name order, each with its counts.
 */
export interface SessionLine extends Counts {
  sessionId: string;
  date: string;
  title: string;
  kind: string;
}

export interface MemberLine extends Counts {
  memberId: string;
  name: string;
  memberNo: string;
  sector: string;
  /** Below the chosen rate. */
  low: boolean;
}

export interface FigureReport {
  from: string;
  to: string;
  /** 0..1 */
  threshold: number;
  /** The rule the rates follow, said wherever they are shown. */
  rule: AttendanceRule;
  sessions: SessionLine[];
  members: MemberLine[];
  total: Counts;
}

export interface ReportMember {
  id: string;
  name: string;
  memberNo: string;
  sector: string;
  sortKey?: string;
}

export function buildReport(
  figures: AttendanceFigures,
  sessions: readonly Pick<StudySession, 'id' | 'date' | 'title' | 'kind'>[],
  members: readonly ReportMember[],
  period: { from: string; to: string; threshold: number; rule?: AttendanceRule },
): FigureReport {
  const sessionById = new Map(sessions.map((x) => [x.id, x]));
  const memberById = new Map(members.map((m) => [m.id, m]));
  const sessionLines = figures.sessions
    .map((f) => {
      const x = sessionById.get(f.sessionId);
      return { ...f, date: x?.date ?? '', title: x?.title ?? '', kind: x?.kind ?? '' };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const memberLines = figures.members
    .filter((f) => f.required > 0)
    .map((f) => {
      const m = memberById.get(f.memberId);
      return {
        ...f, name: m?.name ?? '（已删除的委员）', memberNo: m?.memberNo ?? '', sector: m?.sector ?? '', sortKey: m?.sortKey ?? '',
        low: f.rate !== null && f.rate < period.threshold,
      };
    })
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map(({ sortKey: _sortKey, ...rest }) => rest);
  return { ...period, rule: period.rule ?? DEFAULT_RULE, sessions: sessionLines, members: memberLines, total: figures.total };
}

/** Per month: the counts of people (人次) by status, for the chart. */
export function monthlyCounts(lines: readonly SessionLine[]): Array<{ month: string; present: number; late: number; leave: number; absent: number }> {
  const byMonth = new Map<string, { month: string; present: number; late: number; leave: number; absent: number }>();
  for (const l of lines) {
    const month = l.date.slice(0, 7);
    let m = byMonth.get(month);
    if (!m) byMonth.set(month, (m = { month, present: 0, late: 0, leave: 0, absent: 0 }));
    m.present += l.present;
    m.late += l.late;
    m.leave += l.leave;
    m.absent += l.absent + l.pending;
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
