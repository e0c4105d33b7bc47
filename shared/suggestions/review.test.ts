import { describe, expect, it } from 'vitest';
import { citizen, campaign, memberSub, suggestion } from './fixtures';
import { awardList, planAward } from './awards';
import { credits, planMerge, planUnmerge } from './merge';
import { awaitingFeedback, awaitingReview, checkFeedback, checkReview, describeChange, planFeedback, planReview, statusOf } from './review';

const who = { by: '李明', at: '2026-03-10T09:00:00' };

describe('review rules', () => {
  it('不予采纳 needs a reason; 转交 a unit and a real date', () => {
    const r = checkReview({ outcome: '不予采纳', reason: ' ', forwardUnit: '', forwardDate: '' }, who);
    expect(!r.ok && r.errors.reason).toBe('理由：不予采纳时必须写明理由');
    const f = checkReview({ outcome: '转交', reason: '', forwardUnit: '', forwardDate: '2026-02-31' }, who);
    expect(!f.ok && f.errors.forwardUnit).toContain('转交单位');
    expect(!f.ok && f.errors.forwardDate).toContain('2 月只有 28 天');
    expect(checkReview({ outcome: '并入', reason: '', forwardUnit: '', forwardDate: '' }, who).ok).toBe(false);
    const ok = checkReview({ outcome: '转交', reason: '', forwardUnit: '区城市管理局', forwardDate: '2026-03-09' }, who);
    expect(ok.ok && ok.value).toMatchObject({ outcome: '转交', forwardUnit: '区城市管理局', forwardDate: '2026-03-09', by: '李明' });
  });

  it('a batch writes the office field at an office and HQ\'s own at HQ, keeping the earlier value, and leaves merged ones out', () => {
    const earlier = { outcome: '留作参考' as const, reason: '', forwardUnit: '', forwardDate: '', by: '王', at: '2026-03-01T10:00:00' };
    const a = suggestion({ review: earlier });
    const b = suggestion();
    const m = suggestion({ mergedInto: a.id });
    const review = checkReview({ outcome: '采纳', reason: '', forwardUnit: '', forwardDate: '' }, who);
    if (!review.ok) throw new Error('expected ok');
    const office = planReview([a, b, m], review.value, 'office');
    expect(office.writes.map((w) => [w.id, Object.keys(w.changes)])).toEqual([[a.id, ['review']], [b.id, ['review']]]);
    expect(office.writes[0].history).toEqual({ kind: 'review', before: earlier, after: review.value });
    expect(office.skipped.map((x) => x.id)).toEqual([m.id]);
    const hq = planReview([a], review.value, 'hq');
    expect(hq.writes[0].changes).toEqual({ hqReview: review.value });
    expect(hq.writes[0].history.before).toBeNull();
  });

  it('HQ\'s decision counts over the office\'s; waiting for review, then for feedback', () => {
    const r = (outcome: '采纳' | '不予采纳') => ({ outcome, reason: 'x', forwardUnit: '', forwardDate: '', by: '', at: '' });
    const s = suggestion({ review: r('不予采纳') });
    expect(statusOf(s)).toBe('不予采纳');
    expect(statusOf({ ...s, hqReview: r('采纳') })).toBe('采纳');
    expect(statusOf({ ...s, mergedInto: 'x' })).toBe('并入');
    const fresh = suggestion();
    expect([awaitingReview(fresh), awaitingFeedback(fresh)]).toEqual([true, false]);
    expect([awaitingReview(s), awaitingFeedback(s)]).toEqual([false, true]);
    const fb = { date: '2026-03-10', way: '电话' as const, text: '已电话告知', by: '', at: '' };
    expect(awaitingFeedback({ ...s, feedback: fb })).toBe(false);
  });

  it('feedback: a date from receipt to today, a way, a text; only once reviewed', () => {
    const s = suggestion({ receivedOn: '2026-02-01', review: { outcome: '采纳', reason: '', forwardUnit: '', forwardDate: '', by: '', at: '' } });
    const early = checkFeedback({ date: '2026-01-20', way: '电话', text: '已告知' }, s, who);
    expect(!early.ok && early.errors.date).toBe('反馈日期：2026-01-20 早于收到建议的日期 2026-02-01');
    expect(!checkFeedback({ date: '2026-03-10', way: '微信', text: '' }, s, who).ok).toBe(true);
    const pending = checkFeedback({ date: '2026-03-10', way: '电话', text: '已告知' }, suggestion(), who);
    expect(!pending.ok && pending.errors.way).toContain('请先审阅');
    const ok = checkFeedback({ date: '2026/3/10', way: '短信', text: '您的建议已被采纳' }, s, who);
    if (!ok.ok) throw new Error('expected ok');
    expect(planFeedback(s, ok.value).history).toEqual({ kind: 'feedback', before: null, after: ok.value });
    expect(describeChange('feedback', null, ok.value)).toBe('反馈：2026-03-10 短信');
    expect(describeChange('review', null, { outcome: '采纳' })).toBe('审阅：采纳（原：待审）');
  });
});

describe('merge and un-merge', () => {
  it('the merged one points to the kept one and keeps its text; the kept one credits every submitter once', () => {
    const kept = suggestion({ submitter: memberSub('m1', '张伟'), receivedOn: '2026-02-01' });
    const dup = suggestion({ submitter: citizen('王秀英'), receivedOn: '2026-02-03', content: '原文' });
    const dup2 = suggestion({ submitter: memberSub('m1', '张伟'), receivedOn: '2026-02-05' });
    const plan = planMerge(dup, kept, [kept, dup, dup2]);
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.writes).toEqual([{ id: dup.id, changes: { mergedInto: kept.id }, history: { kind: 'merge', before: '', after: kept.id } }]);
    const after = [kept, { ...dup, mergedInto: kept.id }, { ...dup2, mergedInto: kept.id }];
    expect(credits(kept, after).map((x) => x.name)).toEqual(['张伟', '王秀英']);
    const undo = planUnmerge(after[1]);
    if ('refused' in undo) throw new Error(undo.refused);
    expect(undo.writes[0]).toEqual({ id: dup.id, changes: { mergedInto: '' }, history: { kind: 'merge', before: kept.id, after: '' } });
    expect(credits(kept, [kept, dup, { ...dup2, mergedInto: kept.id }]).map((x) => x.name)).toEqual(['张伟']);
  });

  it('refuses a merge into itself, into a merged one, of one others were merged into, across campaigns', () => {
    const a = suggestion();
    const b = suggestion();
    const c = suggestion({ mergedInto: a.id });
    const refusal = (p: ReturnType<typeof planMerge>) => ('refused' in p ? p.refused : '');
    expect(refusal(planMerge(a, a, [a]))).toContain('自己');
    expect(refusal(planMerge(b, c, [a, b, c]))).toContain('本身已并入');
    expect(refusal(planMerge(a, b, [a, b, c]))).toContain('已有 1 条建议并入');
    expect(refusal(planMerge(b, { ...a, campaignId: 'other' }, [a, b]))).toContain('同一征集活动');
    expect(refusal(planUnmerge(b))).toContain('没有并入');
  });
});

describe('awards within the campaign\'s numbers', () => {
  it('gives up to the number set, refuses more, and a merged or rejected one', () => {
    const c = campaign();
    const adopted = { outcome: '采纳' as const, reason: '', forwardUnit: '', forwardDate: '', by: '', at: '' };
    const a = suggestion({ review: adopted, award: '一等奖' });
    const b = suggestion({ review: adopted });
    const m = suggestion({ mergedInto: a.id });
    const no = suggestion({ review: { ...adopted, outcome: '不予采纳' } });
    const all = [a, b, m, no];
    const refusal = (p: ReturnType<typeof planAward>) => ('refused' in p ? p.refused : '');
    expect(refusal(planAward(c, all, b, '一等奖'))).toBe('一等奖名额已满（共 1 个），请先取消其中一个');
    expect(refusal(planAward(c, all, b, '特别奖'))).toBe('本次征集没有设特别奖');
    expect(refusal(planAward(c, all, m, '优秀奖'))).toContain('已并入');
    expect(refusal(planAward(c, all, no, '优秀奖'))).toContain('不予采纳');
    expect(planAward(c, all, b, '优秀奖')).toEqual({ id: b.id, changes: { award: '优秀奖' }, history: { kind: 'award', before: '', after: '优秀奖' } });
    expect(planAward(c, all, a, '')).toMatchObject({ changes: { award: '' } });
    expect(awardList([b, a, { ...b, id: 'x', award: '优秀奖' as const }]).map((g) => [g.level, g.items.length])).toEqual([['一等奖', 1], ['优秀奖', 1]]);
  });
});
