import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DutyItem } from './items';
import { packItems, unpackItems } from './packed';
import { rankMembers } from './ranking';
import { DEFAULT_TABLE, type RuleTable } from './rules';

const RULE_KEYS = [...DEFAULT_TABLE.rules.map((r) => r.key), 'not.a.rule'];
const members = ['m1', 'm2', 'm3', 'm4'].map((id, i) => ({ id, name: `委员${i}`, office: 'X', sector: '中共', committees: [], sortKey: `wei yuan ${i}` }));
const arbItem: fc.Arbitrary<DutyItem> = fc.record({
  memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
  rule: fc.constantFrom(...RULE_KEYS),
  role: fc.constantFrom('lead' as const, 'co' as const, 'self' as const),
  date: fc.constantFrom('2022-03-01', '2023-12-31', '2024-01-01', '2025-06-15', '2026-02-28', '2026-11-30'),
  source: fc.record({ table: fc.constantFrom('attendance', 'proposals', 'reports'), id: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
  label: fc.constant('某项'),
  kind: fc.option(fc.constantFrom('学习会', '视察', '协商议事'), { nil: undefined }),
});
const arbTable = fc.array(fc.record({ lead: fc.integer({ min: -20, max: 30 }), co: fc.integer({ min: -5, max: 10 }), cap: fc.constantFrom(0, 0, 5, 12, 40) }), { minLength: DEFAULT_TABLE.rules.length, maxLength: DEFAULT_TABLE.rules.length })
  .map((vals): RuleTable => ({ ...DEFAULT_TABLE, rules: DEFAULT_TABLE.rules.map((r, i) => ({ ...r, ...vals[i] })) }));
const view = (rows: ReturnType<typeof rankMembers>) => rows.map((r) => [r.member.id, r.rank, r.duty.total, r.duty.grade, r.duty.belowMinimum]);

describe('packed items (kept between visits of the ranking)', () => {
  it('rank every member as the items they were packed from, for every year and the term, caps and minimums included', () => {
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 120 }), arbTable, (items, table) => {
      const again = unpackItems(packItems(items));
      expect(again).toHaveLength(items.length);
      for (const period of [2022, 2023, 2024, 2025, 2026].map((year) => ({ kind: 'year' as const, year })).concat(DEFAULT_TABLE.terms.map((term) => ({ kind: 'term' as const, term })) as never[])) {
        expect(view(rankMembers(members, again, table, period, 2026))).toEqual(view(rankMembers(members, items, table, period, 2026)));
      }
    }), { numRuns: 300 });
  });

  it('keep each item\'s member, rule, role, date and kind', () => {
    const items: DutyItem[] = [
      { memberId: 'm2', rule: 'proposal.accepted', role: 'lead', date: '2026-05-09', source: { table: 'proposals', id: 'p' }, label: 'x' },
      { memberId: 'm1', rule: 'session.study', role: 'self', date: '2025-01-02', source: { table: 'attendance', id: 'a' }, label: 'y', kind: '学习会' },
    ];
    expect(unpackItems(packItems(items)).map(({ memberId, rule, role, date, kind }) => ({ memberId, rule, role, date, kind }))).toEqual([
      { memberId: 'm1', rule: 'session.study', role: 'self', date: '2025-01-02', kind: '学习会' },
      { memberId: 'm2', rule: 'proposal.accepted', role: 'lead', date: '2026-05-09', kind: undefined },
    ]);
  });
});
