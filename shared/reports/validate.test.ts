import { describe, expect, it } from 'vitest';
import { checkAdoption, checkInstruction, checkReport, type ReportInput } from './validate';
import { reportFromProposal } from './fromProposal';
import { adoptionText, reportFigures } from './figures';
import type { Report } from '../domain/report';

const input = (o: Partial<ReportInput> = {}): ReportInput => ({
  title: '关于解决勤业新村停车难的情况反映', members: [{ id: 'a', name: '张三' }], unit: '', date: '2026-03-05',
  situation: '小区车位不足。', cause: '建成年代早。', advice: '建设立体停车库。', category: '城市管理', ...o,
});

describe('checking a 社情民意', () => {
  it('takes a good report, members first and deduplicated', () => {
    const r = checkReport(input({ members: [{ id: 'a', name: '张三' }, { id: 'b', name: '李四' }, { id: 'a', name: '张三' }], unit: '民进区委' }), '2026-03-06');
    expect(r.ok && r.value.reporters).toEqual([{ kind: 'member', memberId: 'a', name: '张三' }, { kind: 'member', memberId: 'b', name: '李四' }, { kind: 'unit', name: '民进区委' }]);
  });

  it('says what to fix for each missing part, a missing reporter and a date to come', () => {
    const r = checkReport(input({ title: ' ', members: [], situation: '', cause: '', advice: '', date: '2026-04-01' }), '2026-03-06');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toMatchObject({ title: expect.stringMatching(/标题/), reporters: expect.stringMatching(/反映人/), situation: expect.stringMatching(/情况/), cause: expect.stringMatching(/原因分析/), advice: expect.stringMatching(/意见建议/), date: expect.stringMatching(/不能晚于今天/) });
  });

  it('advises, without refusing, past 1,500 characters', () => {
    const r = checkReport(input({ situation: '情'.repeat(1000), cause: '因'.repeat(400), advice: '议'.repeat(200) }), '2026-03-06');
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toMatch(/1600 字.*1500.*压缩 100 字/);
  });
});

describe('HQ\'s adoption and 批示', () => {
  const report = { date: '2026-03-05', adoptions: [{ level: '区政协' as const, mode: '单篇采用' as const, issue: '', date: '2026-03-10', by: '' }] };
  it('refuses a second adoption at the same level and a date before the report', () => {
    const r = checkAdoption({ level: '区政协', mode: '单篇采用', issue: '', date: '2026-03-01' }, report, '2026-04-01', 'HQ');
    expect(!r.ok && r.errors).toMatchObject({ level: expect.stringMatching(/不能重复/), date: expect.stringMatching(/不能早于报送日期/) });
    const ok = checkAdoption({ level: '市政协', mode: '转送采用', issue: '2026年第5期', date: '2026-03-20' }, report, '2026-04-01', 'HQ');
    expect(ok.ok && ok.value).toMatchObject({ level: '市政协', mode: '转送采用', issue: '2026年第5期' });
  });

  it('a 批示 needs the leader and a level', () => {
    const r = checkInstruction({ leader: '', level: '县级', date: '2026-03-20', text: '' }, report, '2026-04-01', 'HQ');
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['leader', 'level']);
  });
});

describe('a proposal turned 转社情民意', () => {
  it('becomes a report of its office with its parts, its lead and signed co-signers, linked to it', () => {
    const f = reportFromProposal(
      { id: 'p1', office: 'ZL-A', title: '关于加装电梯的建议', leadMemberId: 'a', proposerName: '', situation: '情况', analysis: '分析', measures: '建议', category: '社会建设' },
      [{ memberId: 'b', state: 'signed' }, { memberId: 'c', state: 'declined' }], new Map([['a', '张三'], ['b', '李四']]), '2026-03-05',
    );
    expect(f).toMatchObject({ office: 'ZL-A', title: '关于加装电梯的情况反映', situation: '情况', cause: '分析', advice: '建议', origin: { table: 'proposals', id: 'p1' }, date: '2026-03-05' });
    expect(f.reporters.map((r) => r.name)).toEqual(['张三', '李四']);
    expect(f).not.toHaveProperty('adoptions');
  });
});

describe('figures', () => {
  it('count given, adopted at each level and 批示 by office and year', () => {
    const r = (office: string, date: string, adoptions: Report['adoptions'] = [], instructions: Report['instructions'] = []) => ({ office, date, deleted: 0, adoptions, instructions }) as unknown as Report;
    const f = reportFigures([
      r('A', '2025-01-01', [{ level: '区政协', mode: '单篇采用', issue: '', date: '', by: '' }, { level: '市政协', mode: '单篇采用', issue: '', date: '', by: '' }], [{ leader: '', level: '区级', date: '', text: '', by: '' }]),
      r('A', '2026-01-01'), r('B', '2026-02-01', [{ level: '区政协', mode: '转送采用', issue: '', date: '', by: '' }]),
    ], new Map([['A', '甲工委']]));
    expect(f.total).toMatchObject({ given: 3, anyAdopted: 2, instructions: 1, adopted: { 区政协: 2, 市政协: 1, 省政协: 0, 全国政协: 0 } });
    expect(f.byOffice.map((o) => [o.label, o.given])).toEqual([['甲工委', 2], ['B', 1]]);
    expect(f.byYear.map((o) => [o.label, o.given])).toEqual([['2025年', 1], ['2026年', 2]]);
    expect(adoptionText({ adoptions: [{ level: '区政协', mode: '单篇采用', issue: '', date: '', by: '' }, { level: '市政协', mode: '转送采用', issue: '', date: '', by: '' }] })).toBe('市政协转送采用 等 2 级');
  });
});
