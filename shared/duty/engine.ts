import { compareItems, yearOf, type DutyItem } from './items';
import { gradeOf, requiredMinimums, type DutyMinimum, type DutyRule, type DutyTerm, type RuleTable } from './rules';

/**
 * Scores a member's items with the rule table. Pure and deterministic: every
 * node that holds the same records computes the same points; a changed rule
 * changes the points of exactly the items of that rule. Caps are per member,
 * per rule, per calendar year, taken by the earliest items first (compareItems).
 */

export interface ScoredItem extends DutyItem {
  points: number;
  /** Why the points are not the rule's (a cap reached, no such rule), or ''. */
  note: string;
}

export interface RuleLine {
  rule: string;
  label: string;
  group: string;
  count: number;
  points: number;
}

export interface MinimumLine {
  key: string;
  label: string;
  need: number;
  /** How many in the year (a term record: the fewest in any of its years). */
  count: number;
  met: boolean;
}

export interface YearDuty {
  year: number;
  total: number;
  items: ScoredItem[];
  byRule: RuleLine[];
  minimums: MinimumLine[];
  belowMinimum: boolean;
  grade: string;
}

/** A member's record for a year, or for a term (the sum of its years). */
export interface MemberDuty {
  memberId: string;
  total: number;
  items: ScoredItem[];
  byRule: RuleLine[];
  minimums: MinimumLine[];
  belowMinimum: boolean;
  /** Of a year: its grade; of a term: '' (grades are yearly). */
  grade: string;
  years: YearDuty[];
}

export type Period = { kind: 'year'; year: number } | { kind: 'term'; term: DutyTerm };

export const NO_RULE_NOTE = '积分规则中没有这一项，计 0 分';

export function capNote(rule: DutyRule): string {
  return `已达本项年度上限 ${rule.cap} 分`;
}

export function pointsOf(rule: DutyRule | undefined, role: DutyItem['role']): number {
  if (!rule) return 0;
  return role === 'co' ? rule.co : rule.lead;
}

/** Index of the rules by key, made once per table. */
export function rulesByKey(table: RuleTable): Map<string, DutyRule> {
  return new Map(table.rules.map((r) => [r.key, r]));
}

/** Whether items are in scoring order already (a snapshot's are: the ranking then sorts nothing). */
function inOrder(items: readonly DutyItem[]): boolean {
  for (let i = 1; i < items.length; i++) if (compareItems(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** Score one year's items (any order; they are sorted here). */
export function scoreYear(year: number, items: readonly DutyItem[], table: RuleTable, rules = rulesByKey(table)): YearDuty {
  const sorted = inOrder(items) ? items : [...items].sort(compareItems);
  const used = new Map<string, number>();
  const scored: ScoredItem[] = [];
  const lines = new Map<string, RuleLine>();
  let total = 0;
  for (const item of sorted) {
    const rule = rules.get(item.rule);
    let points = pointsOf(rule, item.role);
    let note = rule ? '' : NO_RULE_NOTE;
    if (rule && rule.cap > 0 && points !== 0) {
      const so = used.get(rule.key) ?? 0;
      const room = Math.max(0, rule.cap - so);
      if (Math.abs(points) > room) {
        points = Math.sign(points) * room;
        note = capNote(rule);
      }
      used.set(rule.key, so + Math.abs(points));
    }
    total += points;
    // Written out, not spread: the ranking makes one for each of 268,000 items at HQ.
    const one: ScoredItem = { memberId: item.memberId, rule: item.rule, role: item.role, date: item.date, source: item.source, label: item.label, points, note };
    if (item.kind !== undefined) one.kind = item.kind;
    scored.push(one);
    let line = lines.get(item.rule);
    if (!line) lines.set(item.rule, (line = { rule: item.rule, label: rule?.label ?? item.rule, group: rule?.group ?? '未列入规则', count: 0, points: 0 }));
    line.count++;
    line.points += points;
  }
  const { minimums: required, minimumRules } = perTable(table);
  const minimums = required.map((m, k) => {
    const want = minimumRules[k];
    let count = 0;
    for (const i of sorted) if (want.has(i.rule)) count++;
    return { key: m.key, label: m.label, need: m.count, count, met: count >= m.count };
  });
  return {
    year, total, items: scored, byRule: orderLines([...lines.values()], table), minimums,
    belowMinimum: minimums.some((m) => !m.met), grade: gradeOf(total, table.grades),
  };
}

/**
 * What every member's every year needs of a rule table, made once per table
 * (the ranking scores 3,000 members × five years with the same one).
 */
interface TableFacts { at: Map<string, number>; minimums: DutyMinimum[]; minimumRules: Set<string>[] }
const tableFacts = new WeakMap<RuleTable, TableFacts>();

function perTable(table: RuleTable): TableFacts {
  let f = tableFacts.get(table);
  if (!f) {
    const minimums = requiredMinimums(table);
    tableFacts.set(table, (f = { at: new Map(table.rules.map((r, i) => [r.key, i])), minimums, minimumRules: minimums.map((m) => new Set(m.rules)) }));
  }
  return f;
}

function orderLines(lines: RuleLine[], table: RuleTable): RuleLine[] {
  const { at } = perTable(table);
  return lines.sort((a, b) => (at.get(a.rule) ?? 1e9) - (at.get(b.rule) ?? 1e9) || (a.rule < b.rule ? -1 : 1));
}

/** The years a period spans. */
export function yearsOf(period: Period): number[] {
  if (period.kind === 'year') return [period.year];
  const out: number[] = [];
  for (let y = yearOf(period.term.from); y <= yearOf(period.term.to); y++) out.push(y);
  return out;
}

export function inPeriod(date: string, period: Period): boolean {
  return period.kind === 'year' ? yearOf(date) === period.year : period.term.from <= date && date <= period.term.to;
}

/**
 * A member's record for a period from their items (items outside it are left
 * out). For a term: each year scored on its own (caps and minimums are yearly),
 * the totals summed; `uptoYear` stops at the current year so the years to come
 * do not count as below the minimum.
 */
export function scoreMember(memberId: string, items: readonly DutyItem[], table: RuleTable, period: Period, o: { uptoYear?: number; rules?: Map<string, DutyRule> } = {}): MemberDuty {
  const rules = o.rules ?? rulesByKey(table);
  const byYear = new Map<number, DutyItem[]>();
  for (const it of items) {
    if (it.memberId !== memberId || !inPeriod(it.date, period)) continue;
    const y = yearOf(it.date);
    let list = byYear.get(y);
    if (!list) byYear.set(y, (list = []));
    list.push(it);
  }
  const years = yearsOf(period)
    .filter((y) => o.uptoYear === undefined || y <= o.uptoYear || byYear.has(y))
    .map((y) => scoreYear(y, byYear.get(y) ?? [], table, rules));
  if (period.kind === 'year') {
    const y = years[0];
    return { memberId, total: y.total, items: y.items, byRule: y.byRule, minimums: y.minimums, belowMinimum: y.belowMinimum, grade: y.grade, years };
  }
  const lines = new Map<string, RuleLine>();
  for (const y of years) for (const l of y.byRule) {
    const have = lines.get(l.rule);
    if (have) { have.count += l.count; have.points += l.points; } else lines.set(l.rule, { ...l });
  }
  const minimums = perTable(table).minimums.map((m, i) => {
    const count = years.length ? Math.min(...years.map((y) => y.minimums[i].count)) : 0;
    return { key: m.key, label: m.label, need: m.count, count, met: years.every((y) => y.minimums[i].met) };
  });
  return {
    memberId,
    total: years.reduce((n, y) => n + y.total, 0),
    items: years.flatMap((y) => y.items),
    byRule: orderLines([...lines.values()], table),
    minimums,
    belowMinimum: years.some((y) => y.belowMinimum),
    grade: '',
    years,
  };
}

/** Items grouped by member, in one pass (the ranking scores 3,000 members from one list). */
export function itemsByMember(items: readonly DutyItem[]): Map<string, DutyItem[]> {
  const out = new Map<string, DutyItem[]>();
  for (const it of items) {
    let list = out.get(it.memberId);
    if (!list) out.set(it.memberId, (list = []));
    list.push(it);
  }
  return out;
}
