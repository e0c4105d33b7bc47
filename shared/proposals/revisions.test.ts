import { describe, expect, it } from 'vitest';
import type { DraftFields } from '../domain/proposal';
import { changeSummary, diffRevisions, diffText, draftOf, newestFirst, sameDraft } from './revisions';

const BASE: DraftFields = {
  title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'individual', leadMemberId: 'm1', proposerName: '', category: '社会建设',
  situation: '我区现有老旧小区146个，多层住宅无电梯，上下楼困难。', analysis: '住户意见难统一，审批流程长。',
  measures: '一是设立一站式审批窗口。二是给予每台15万元补贴。', contact: '李静 13800000000',
};

describe('revisions', () => {
  it('a character-level diff of Chinese: only the changed words, not the whole paragraph', () => {
    const pieces = diffText(BASE.situation, '我区现有老旧小区152个，多层住宅普遍无电梯，上下楼困难。');
    expect(pieces.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain('多层住宅');
    const changed = pieces.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`);
    expect(changed).toEqual(expect.arrayContaining(['added:普遍']));
    expect(changed.join('')).not.toContain('上下楼困难');
    // Put back together, each side is its text.
    expect(pieces.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(BASE.situation);
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('我区现有老旧小区152个，多层住宅普遍无电梯，上下楼困难。');
  });

  it('compares two revisions field by field, with counts and a summary', () => {
    const after = { ...BASE, measures: `${BASE.measures}三是建立低层住户补偿机制。`, title: '关于加快老旧小区加装电梯的建议' };
    const d = diffRevisions(BASE, after);
    expect(d.map((x) => x.label)).toEqual(['案由', '建议']);
    expect(d[1]).toMatchObject({ added: 13, removed: 0 });
    expect(changeSummary(d)).toBe('+15 −0 字（案由、建议）');
    expect(changeSummary(diffRevisions(BASE, BASE))).toBe('无改动');
  });

  it('a restore is a snapshot equal to the old revision; saving the same text again changes nothing', () => {
    const rev = { ...BASE, id: 'p~1', at: '2026-01-01T09:00:00', extra: 1 } as DraftFields & { id: string; at: string };
    expect(draftOf(rev)).toEqual(BASE);
    expect(sameDraft(draftOf(rev), BASE)).toBe(true);
    expect(sameDraft(BASE, { ...BASE, analysis: `${BASE.analysis}。` })).toBe(false);
  });

  it('orders revisions newest first', () => {
    const revs = [{ id: 'p~01', at: '2026-01-01T09:00:00' }, { id: 'p~03', at: '2026-01-01T09:00:05' }, { id: 'p~02', at: '2026-01-01T09:00:05' }];
    expect(newestFirst(revs).map((r) => r.id)).toEqual(['p~03', 'p~02', 'p~01']);
  });
});
