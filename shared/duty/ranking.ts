import { itemsByMember, rulesByKey, scoreMember, type MemberDuty, type Period } from './engine';
import type { DutyItem } from './items';
import type { RuleTable } from './rules';

/** Who is ranked: the roster fields the filters and the table need. */
export interface RankedMember {
  id: string;
  name: string;
  office: string;
  sector: string;
  committees: readonly string[];
  /** Pinyin sort key: equal totals list in 拼音 order. */
  sortKey?: string;
}

export interface RankingRow<M extends RankedMember = RankedMember> {
  member: M;
  duty: MemberDuty;
  /** 1-based; equal totals share a rank (1, 2, 2, 4). */
  rank: number;
}

export interface RankingFilter {
  sector?: string;
  committee?: string;
  office?: string;
}

export function matchesFilter(m: RankedMember, f: RankingFilter): boolean {
  return (!f.sector || m.sector === f.sector) && (!f.committee || m.committees.includes(f.committee)) && (!f.office || m.office === f.office);
}

/** Every member's record for the period, highest total first, ranked. */
export function rankMembers<M extends RankedMember>(members: readonly M[], items: readonly DutyItem[], table: RuleTable, period: Period, uptoYear?: number): RankingRow<M>[] {
  return rankGrouped(members, itemsByMember(items), table, period, uptoYear);
}

/** `rankMembers` on items already grouped by member (a snapshot keeps them so: no second grouping of 260,000 items). */
export function rankGrouped<M extends RankedMember>(members: readonly M[], byMember: ReadonlyMap<string, readonly DutyItem[]>, table: RuleTable, period: Period, uptoYear?: number): RankingRow<M>[] {
  const rules = rulesByKey(table);
  const rows = members.map((member) => ({ member, duty: scoreMember(member.id, byMember.get(member.id) ?? [], table, period, { uptoYear, rules }), rank: 0 }));
  rows.sort((a, b) => b.duty.total - a.duty.total || (a.member.sortKey ?? a.member.name).localeCompare(b.member.sortKey ?? b.member.name) || (a.member.id < b.member.id ? -1 : 1));
  rows.forEach((r, i) => { r.rank = i > 0 && rows[i - 1].duty.total === r.duty.total ? rows[i - 1].rank : i + 1; });
  return rows;
}

export interface GradeCount {
  grade: string;
  count: number;
}

/** How many members in each grade, in the table's order (the 通报's summary line). */
export function gradeCounts(rows: readonly RankingRow[], table: RuleTable): GradeCount[] {
  return table.grades.map((g) => ({ grade: g.label, count: rows.filter((r) => r.duty.grade === g.label).length }));
}
