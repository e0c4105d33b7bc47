import { describe, expect, it } from 'vitest';
import type { DutyRuleRow } from '../domain/duty';
import { scoreYear } from './engine';
import type { DutyItem } from './items';
import { checkGrades, checkMinimums, checkRule, DEFAULT_MINIMUMS, DEFAULT_TABLE, ruleTableOf } from './rules';

const meta = { office: 'HQ', _stamps: {}, _rev: '', deleted: 0 };
const settings = (minimums: DutyRuleRow extends infer R ? R extends { kind: 'settings'; minimums: infer M } ? M : never : never): DutyRuleRow =>
  ({ ...meta, id: 'settings', kind: 'settings', minimums, grades: [], terms: [] }) as DutyRuleRow;
const plenary = DEFAULT_TABLE.rules.find((r) => r.key === 'session.plenary')!;

describe('the rule table as HQ types it', () => {
  it('a minimum set to 0 stays in the table (so HQ can set it again) and asks nothing of anyone', () => {
    const c = checkMinimums(DEFAULT_MINIMUMS, ['0', '1', '1']);
    expect(c.ok && c.value.map((m) => [m.key, m.count])).toEqual([['plenary', 0], ['writing', 1], ['field', 1]]);
    const t = ruleTableOf([settings(c.ok ? c.value : [])]);
    expect(t.minimums.map((m) => m.count)).toEqual([0, 1, 1]);
    const item: DutyItem = { memberId: 'm', rule: 'report.given', role: 'self', date: '2026-02-01', source: { table: 't', id: 'r' }, label: '' };
    const field: DutyItem = { ...item, rule: 'activity.research', source: { table: 't', id: 'a' } };
    const y = scoreYear(2026, [item, field], t);
    expect(y.belowMinimum).toBe(false);
    expect(y.minimums.map((m) => m.key)).toEqual(['writing', 'field']);
  });

  it('every minimum set to 0 is no minimum at all, not the defaults back', () => {
    const c = checkMinimums(DEFAULT_MINIMUMS, ['0', '0', '0']);
    const t = ruleTableOf([settings(c.ok ? c.value : [])]);
    expect(t.minimums.map((m) => m.count)).toEqual([0, 0, 0]);
    expect(scoreYear(2026, [], t).belowMinimum).toBe(false);
  });

  it('settings saved when a zero left its minimum out read that one as 0', () => {
    const t = ruleTableOf([settings([{ ...DEFAULT_MINIMUMS[1], count: 2 }])]);
    expect(t.minimums.map((m) => [m.key, m.count])).toEqual([['plenary', 0], ['writing', 2], ['field', 0]]);
    expect(ruleTableOf([]).minimums).toEqual([...DEFAULT_MINIMUMS]);
  });

  it('counts out of range or not whole are refused with what to fix', () => {
    for (const bad of ['-1', '51', '1.5', '', '1e1']) {
      const c = checkMinimums(DEFAULT_MINIMUMS, [bad, '1', '1']);
      expect(c.ok ? '' : c.message).toBe('「出席全体会议」的次数应是 0 到 50 之间的整数（0 表示不作要求）');
    }
  });

  it('a grade threshold left empty is refused, not read as 0', () => {
    const c = checkGrades([{ label: '优秀', min: '85' }, { label: '称职', min: '' }, { label: '不称职', min: '' }]);
    expect(c.ok ? '' : c.message).toBe('「称职」的分数线应是整数（不能空着）');
    expect(checkGrades([{ label: '优秀', min: '60' }, { label: '称职', min: '85' }, { label: '不称职', min: '' }])).toEqual({ ok: false, message: '「称职」的分数线应低于「优秀」的（60）' });
  });

  it('points are whole numbers as typed: full-width digits are read, 1e2 and 0x10 are not numbers a clerk means', () => {
    expect(checkRule(plenary, { lead: '５', co: '0', cap: '０' })).toEqual({ ok: true, value: { lead: 5, co: 0, cap: 0 } });
    expect(checkRule(plenary, { lead: '－5', co: '0', cap: '0' })).toEqual({ ok: true, value: { lead: -5, co: 0, cap: 0 } });
    for (const bad of ['1e2', '0x10', '5.0', ' ', '99999999999']) expect(checkRule(plenary, { lead: bad, co: '0', cap: '0' })).toEqual({ ok: false, message: '「出席全体会议」的分值应是整数' });
    expect(checkRule(plenary, { lead: '5', co: '0', cap: '-1' })).toEqual({ ok: false, message: '「出席全体会议」的年度上限应在 0 到 1000 之间' });
    expect(checkRule(plenary, { lead: '101', co: '0', cap: '0' })).toEqual({ ok: false, message: '「出席全体会议」的分值应在 -100 到 100 之间' });
  });
});
