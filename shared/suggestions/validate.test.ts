import { describe, expect, it } from 'vitest';
import { campaign } from './fixtures';
import { charCount, checkCampaign, checkSuggestion, currentCampaign, type SuggestionInput } from './validate';

const input = (extra: Partial<SuggestionInput> = {}): SuggestionInput => ({
  campaignId: 'c1', title: '关于解决勤业新村停车难问题的建议', content: '勤业新村停车位严重不足，建议利用周边空地建设立体停车库。', category: '停车难',
  submitterKind: 'citizen', member: null, citizenName: '王秀英', citizenUnit: '勤业新村', citizenPhone: '139 1234 5678', channel: '来信', receivedOn: '2026/3/5',
  ...extra,
});

describe('checking a suggestion as typed', () => {
  it('accepts a good entry and normalises date and phone', () => {
    const r = checkSuggestion(input(), campaign(), '2026-03-10');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.receivedOn).toBe('2026-03-05');
    expect(r.value.submitter).toEqual({ kind: 'citizen', name: '王秀英', unit: '勤业新村', phone: '13912345678' });
    expect(r.warnings).toEqual([]);
  });

  it('refuses content over the cap, naming the field and how much to cut', () => {
    const r = checkSuggestion(input({ content: '字'.repeat(205) }), campaign({ contentCap: 200 }), '2026-03-10');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.content).toBe('内容：本次征集限 200 字，现在 205 字，请删去 5 字');
    expect(checkSuggestion(input({ content: '字'.repeat(200) }), campaign({ contentCap: 200 }), '2026-03-10').ok).toBe(true);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(charCount('𠮷野家')).toBe(3);
    expect(checkSuggestion(input({ content: '𠮷'.repeat(200) }), campaign({ contentCap: 200 }), '2026-03-10').ok).toBe(true);
  });

  it('refuses a missing title, an impossible or future date, a bad phone, a missing member, a category not of the campaign', () => {
    const bad = (extra: Partial<SuggestionInput>) => {
      const r = checkSuggestion(input(extra), campaign(), '2026-03-10');
      return r.ok ? {} : r.errors;
    };
    expect(bad({ title: '  ' }).title).toBe('标题：请填写建议的标题');
    expect(bad({ receivedOn: '2026-02-30' }).receivedOn).toBe('收到日期：日期不存在：2026 年 2 月只有 28 天');
    expect(bad({ receivedOn: '2026-03-11' }).receivedOn).toContain('不能晚于今天');
    expect(bad({ citizenPhone: '12345' }).citizenPhone).toContain('联系电话');
    expect(bad({ citizenPhone: '0519-88001234' }).citizenPhone).toBeUndefined();
    expect(bad({ submitterKind: 'member' }).submitter).toContain('请从名册中选择委员');
    expect(bad({ category: '食品安全' }).category).toBe('类别：“食品安全”不是本次征集的类别');
    expect(bad({ channel: '微信' }).channel).toContain('来源渠道');
  });

  it('takes an entry after the end date with a warning, not a refusal', () => {
    const r = checkSuggestion(input({ receivedOn: '2026-07-02' }), campaign({ endDate: '2026-06-30' }), '2026-07-10');
    expect(r.ok && r.warnings).toEqual(['收到日期 2026-07-02 已过征集截止日期 2026-06-30']);
  });
});

describe('checking a campaign', () => {
  const base = { title: '我为十四五规划献一计', startDate: '2026-01-01', endDate: '2026-06-30', description: '', categories: ['停车难', ' 停车难 ', '其他'], contentCap: '2000', awards: { 特别奖: '1', 一等奖: '3', 二等奖: '', 三等奖: '5', 优秀奖: '10' } };
  it('accepts and cleans categories and numbers', () => {
    const r = checkCampaign(base);
    expect(r.ok && r.value.categories).toEqual(['停车难', '其他']);
    expect(r.ok && r.value.awards).toEqual({ 特别奖: 1, 一等奖: 3, 二等奖: 0, 三等奖: 5, 优秀奖: 10 });
  });
  it('refuses an end before the start, no categories, a bad cap or award number', () => {
    const r = checkCampaign({ ...base, endDate: '2025-12-31', categories: [], contentCap: '20', awards: { ...base.awards, 一等奖: '两个' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.endDate).toBe('截止日期：2025-12-31 早于开始日期 2026-01-01');
    expect(r.errors.categories).toBe('类别：至少要有一个类别');
    expect(r.errors.contentCap).toContain('至少 50 字');
    expect(r.errors.awards).toContain('一等奖');
  });
  it('the current campaign is the one running today, else the latest', () => {
    const a = campaign({ id: 'a', startDate: '2025-01-01', endDate: '2025-12-31' });
    const b = campaign({ id: 'b', startDate: '2026-01-01', endDate: '2026-06-30' });
    const c = campaign({ id: 'c', startDate: '2026-09-01', endDate: '2026-12-31' });
    expect(currentCampaign([a, b, c], '2026-03-01')?.id).toBe('b');
    expect(currentCampaign([a, b, c], '2026-08-01')?.id).toBe('c');
    expect(currentCampaign([a, b, c], '2026-08-01', 'a')?.id).toBe('a');
  });
});
