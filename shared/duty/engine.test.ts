import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_RULE_NOTE, scoreMember, scoreYear } from './engine';
import type { DutyItem } from './items';
import { rankMembers } from './ranking';
import { DEFAULT_TABLE, gradeOf, ruleTableOf, type RuleTable } from './rules';

const item = (rule: string, date: string, o: Partial<DutyItem> = {}): DutyItem => ({
  memberId: 'm1', rule, role: 'self', date, source: { table: 't', id: `${rule}-${date}-${o.role ?? 'self'}` }, label: rule, ...o,
});
const year = (y: number) => ({ kind: 'year' as const, year: y });
const withRule = (t: RuleTable, key: string, change: Partial<RuleTable['rules'][number]>): RuleTable => ({ ...t, rules: t.rules.map((r) => (r.key === key ? { ...r, ...change } : r)) });

describe('points of each rule on hand-made items', () => {
  it('a 立案 proposal gives the lead 15 and each co-signer 3; 重点 +15/+3; 优秀 +10/+2', () => {
    const lead = scoreMember('m1', [item('proposal.accepted', '2026-03-01', { role: 'lead' }), item('proposal.key', '2026-03-01', { role: 'lead' }), item('proposal.excellent', '2026-03-01', { role: 'lead' })], DEFAULT_TABLE, year(2026));
    expect(lead.total).toBe(40);
    const co = scoreMember('m1', [item('proposal.accepted', '2026-03-01', { role: 'co' }), item('proposal.key', '2026-03-01', { role: 'co' }), item('proposal.excellent', '2026-03-01', { role: 'co' })], DEFAULT_TABLE, year(2026));
    expect(co.total).toBe(8);
  });

  it('each meeting, 视察 or 调研 gives 5; an unexcused absence deducts 5, from the plenary 10', () => {
    const d = scoreMember('m1', [item('session.study', '2026-01-05'), item('session.inspection', '2026-02-05'), item('session.research', '2026-03-05'), item('session.absent', '2026-04-05'), item('session.absent.plenary', '2026-05-05')], DEFAULT_TABLE, year(2026));
    expect(d.items.map((i) => i.points)).toEqual([5, 5, 5, -5, -10]);
    expect(d.total).toBe(0);
  });

  it('counts an item in the year of its date only', () => {
    const items = [item('session.study', '2025-12-31'), item('session.study', '2026-01-01')];
    expect(scoreMember('m1', items, DEFAULT_TABLE, year(2026)).items.map((i) => i.date)).toEqual(['2026-01-01']);
    expect(scoreMember('m1', items, DEFAULT_TABLE, year(2025)).total).toBe(5);
  });

  it('lists an item whose rule is not in the table at 0 points with a note, never drops it', () => {
    const d = scoreMember('m1', [item('consultation.chair', '2026-06-01'), item('session.study', '2026-06-02')], DEFAULT_TABLE, year(2026));
    expect(d.items).toHaveLength(2);
    expect(d.items[0]).toMatchObject({ rule: 'consultation.chair', points: 0, note: NO_RULE_NOTE });
    expect(d.byRule.find((l) => l.rule === 'consultation.chair')).toMatchObject({ count: 1, points: 0, group: '未列入规则' });
  });

  it('has the rows issue 16 feeds from the start', () => {
    const keys = DEFAULT_TABLE.rules.map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['consultation.speak', 'supervision.take-part', 'session.consultation']));
  });
});

describe('caps', () => {
  it('a yearly cap stops the points of a rule once reached, earliest items first, and starts again next year', () => {
    const items = Array.from({ length: 7 }, (_, i) => item('service.action', `2026-0${i + 1}-01`)).concat(item('service.action', '2027-01-01'));
    const d = scoreYear(2026, items.filter((i) => i.date < '2027'), DEFAULT_TABLE);
    expect(d.items.map((i) => i.points)).toEqual([3, 3, 3, 3, 3, 0, 0]);
    expect(d.total).toBe(15);
    expect(d.items[5].note).toMatch(/上限 15 分/);
    expect(scoreMember('m1', items, DEFAULT_TABLE, year(2027)).total).toBe(3);
  });

  it('a cap that falls inside an item gives that item the rest', () => {
    const t = withRule(DEFAULT_TABLE, 'suggestion.given', { lead: 4, cap: 10 });
    const d = scoreYear(2026, [1, 2, 3].map((n) => item('suggestion.given', `2026-0${n}-01`)), t);
    expect(d.items.map((i) => i.points)).toEqual([4, 4, 2]);
  });

  it('caps a deduction too', () => {
    const t = withRule(DEFAULT_TABLE, 'session.absent', { cap: 12 });
    const d = scoreYear(2026, [1, 2, 3, 4].map((n) => item('session.absent', `2026-0${n}-01`)), t);
    expect(d.total).toBe(-12);
  });
});

describe('minimums and grades', () => {
  const threeOnes = [item('session.plenary', '2026-01-10'), item('report.given', '2026-02-01'), item('activity.research', '2026-03-01')];

  it('三个一: met when the plenary, a 提案 or 社情民意, and a 调研 or 视察 are all there', () => {
    expect(scoreYear(2026, threeOnes, DEFAULT_TABLE).belowMinimum).toBe(false);
    const missing = scoreYear(2026, threeOnes.slice(0, 2), DEFAULT_TABLE);
    expect(missing.belowMinimum).toBe(true);
    expect(missing.minimums.filter((m) => !m.met).map((m) => m.label)).toEqual(['至少参加一次调研或视察']);
  });

  it('a term record is below the minimum when any of its years is', () => {
    const term = { kind: 'term' as const, term: { name: '十届', from: '2025-01-01', to: '2026-12-31' } };
    const items = [...threeOnes, ...threeOnes.map((i) => ({ ...i, date: i.date.replace('2026', '2025') }))];
    expect(scoreMember('m1', items, DEFAULT_TABLE, term)).toMatchObject({ belowMinimum: false, total: 2 * (5 + 2 + 5) });
    const d = scoreMember('m1', items.slice(0, 5), DEFAULT_TABLE, term);
    expect(d.belowMinimum).toBe(true);
    expect(d.years.map((y) => [y.year, y.belowMinimum])).toEqual([[2025, true], [2026, false]]);
  });

  it('grades by thresholds: 优秀 ≥ 85, 称职 60 to 84, 不称职 < 60', () => {
    expect([100, 85, 84, 60, 59, -5].map((n) => gradeOf(n, DEFAULT_TABLE.grades))).toEqual(['优秀', '优秀', '称职', '称职', '不称职', '不称职']);
  });

  it('HQ\'s stored rows override the defaults key by key; a deleted row falls back to the default', () => {
    const meta = { office: 'HQ', _stamps: {}, _rev: '' };
    const t = ruleTableOf([
      { ...meta, id: 'rule~proposal.accepted', kind: 'rule', key: 'proposal.accepted', lead: 20, co: 5, cap: 0, deleted: 0 },
      { ...meta, id: 'rule~session.study', kind: 'rule', key: 'session.study', lead: 1, co: 0, cap: 0, deleted: 1 },
      { ...meta, id: 'settings', kind: 'settings', minimums: [], grades: [{ label: '好', min: 50 }, { label: '差', min: null }], terms: [], deleted: 0 },
    ]);
    expect(t.rules.find((r) => r.key === 'proposal.accepted')).toMatchObject({ lead: 20, co: 5, label: '提案立案' });
    expect(t.rules.find((r) => r.key === 'session.study')?.lead).toBe(5);
    expect(t.grades.map((g) => g.label)).toEqual(['好', '差']);
    expect(gradeOf(10, t.grades)).toBe('差');
    expect(t.minimums).toHaveLength(3);
  });
});

describe('ranking', () => {
  it('highest total first; equal totals share a rank and list by pinyin', () => {
    const members = [
      { id: 'a', name: '王五', office: 'X', sector: '中共', committees: [], sortKey: 'wang wu' },
      { id: 'b', name: '李四', office: 'X', sector: '中共', committees: [], sortKey: 'li si' },
      { id: 'c', name: '张三', office: 'X', sector: '中共', committees: [], sortKey: 'zhang san' },
    ];
    const items = [item('session.study', '2026-01-01', { memberId: 'a' }), item('session.study', '2026-01-01', { memberId: 'b' }), item('proposal.accepted', '2026-01-01', { memberId: 'c', role: 'lead' })];
    const rows = rankMembers(members, items, DEFAULT_TABLE, year(2026));
    expect(rows.map((r) => [r.member.name, r.duty.total, r.rank])).toEqual([['张三', 15, 1], ['李四', 5, 2], ['王五', 5, 2]]);
  });
});

const RULE_KEYS = [...DEFAULT_TABLE.rules.map((r) => r.key), 'not.a.rule'];
const arbItem = fc.record({
  memberId: fc.constantFrom('m1', 'm2', 'm3'),
  rule: fc.constantFrom(...RULE_KEYS),
  role: fc.constantFrom('lead' as const, 'co' as const, 'self' as const),
  date: fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
  id: fc.integer({ min: 0, max: 50 }),
}).map(({ id, ...i }): DutyItem => ({ ...i, source: { table: 'x', id: String(id) }, label: i.rule }));
const arbTable = fc.array(fc.record({ lead: fc.integer({ min: -20, max: 30 }), co: fc.integer({ min: -5, max: 10 }), cap: fc.constantFrom(0, 0, 5, 12, 40) }), { minLength: DEFAULT_TABLE.rules.length, maxLength: DEFAULT_TABLE.rules.length })
  .map((vals): RuleTable => ({ ...DEFAULT_TABLE, rules: DEFAULT_TABLE.rules.map((r, i) => ({ ...r, ...vals[i] })) }));
const periods = [year(2024), year(2025), year(2026), { kind: 'term' as const, term: { name: '十届', from: '2024-01-01', to: '2026-12-31' } }];

describe('properties', () => {
  it('a member\'s total is the sum of the points of the items listed for them, and every listed item is theirs', () => {
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 120 }), arbTable, fc.constantFrom(...periods), fc.constantFrom('m1', 'm2', 'm3'), (items, table, period, m) => {
      const d = scoreMember(m, items, table, period);
      expect(d.total).toBe(d.items.reduce((n, i) => n + i.points, 0));
      expect(d.total).toBe(d.byRule.reduce((n, l) => n + l.points, 0));
      expect(d.items.every((i) => i.memberId === m)).toBe(true);
      // Every item of the member in the period is listed, none dropped.
      const inside = items.filter((i) => i.memberId === m && (period.kind === 'year' ? i.date.startsWith(String(period.year)) : i.date >= period.term.from && i.date <= period.term.to));
      expect(d.items).toHaveLength(inside.length);
    }));
  });

  it('a rule change changes exactly the items of that rule', () => {
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 120 }), arbTable, fc.integer({ min: 0, max: DEFAULT_TABLE.rules.length - 1 }), fc.record({ lead: fc.integer({ min: -20, max: 30 }), co: fc.integer({ min: -5, max: 10 }), cap: fc.constantFrom(0, 3, 10) }), fc.constantFrom(...periods), (items, table, ruleAt, change, period) => {
      const key = table.rules[ruleAt].key;
      const changed = withRule(table, key, change);
      for (const m of ['m1', 'm2', 'm3']) {
        const before = scoreMember(m, items, table, period).items;
        const after = scoreMember(m, items, changed, period).items;
        expect(after.map((i) => i.source.id + i.rule + i.date)).toEqual(before.map((i) => i.source.id + i.rule + i.date));
        before.forEach((b, i) => { if (b.rule !== key) expect(after[i].points).toBe(b.points); });
        // …and the items it names take its new points (without a cap, exactly the new value).
        if (change.cap === 0) for (const a of after.filter((i) => i.rule === key)) expect(a.points).toBe(a.role === 'co' ? change.co : change.lead);
      }
    }));
  });
});
