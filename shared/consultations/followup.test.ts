import { describe, expect, it } from 'vitest';
import type { Measure } from '../domain/consultation';
import { closeRefusal, followUp, loopState, measureInputRefusal, measureOverdue, progressRefusal, settled, type Loop } from './followup';

const sent = { recipient: '街道党工委', date: '2025-03-01', docNo: '', text: '专报' };
const held: Loop = { held: true, outcome: sent, feedback: null, closedAt: '' };
const m = (state: Measure['state'], reason = '', due = '2025-06-30', parentId = 'p1', text = '增设停车位'): Measure => ({
  id: `${parentId}~${text}${state}`, office: 'X', deleted: 0, _stamps: {}, _rev: '', parentId, parentKind: 'meeting', text, owner: '街道城管科', due, state, reason, progress: [],
});

describe('closing the loop', () => {
  it('closes only when every measure is 已落实, or 无法落实 with a reason', () => {
    expect(closeRefusal(held, [m('已落实'), m('无法落实', '地块规划调整，无法建设')])).toBeNull();
    expect(closeRefusal(held, [m('已落实'), m('推进中')])).toBe('还有 1 项措施没有落实：「增设停车位」（推进中）');
    expect(closeRefusal(held, [m('未启动'), m('已落实')])).toContain('还有 1 项');
    expect(closeRefusal(held, [m('已落实'), m('无法落实', '  ')])).toBe('措施「增设停车位」标为无法落实，但没有写明原因');
  });

  it('needs the meeting held, the outcome sent and at least one measure', () => {
    expect(closeRefusal({ ...held, held: false }, [m('已落实')])).toContain('还没有召开');
    expect(closeRefusal({ ...held, held: false }, [m('已落实')], '民主监督')).toContain('视察或调研');
    expect(closeRefusal({ ...held, outcome: null }, [m('已落实')])).toContain('还没有报送');
    expect(closeRefusal(held, [])).toContain('还没有任何措施');
    expect(closeRefusal({ ...held, closedAt: '2025-07-01T10:00:00' }, [m('已落实')])).toBe('已经闭环');
  });

  it('settled: 无法落实 without a reason is not', () => {
    expect(settled(m('已落实'))).toBe(true);
    expect(settled(m('无法落实', '原因'))).toBe(true);
    expect(settled(m('无法落实'))).toBe(false);
    expect(settled(m('推进中'))).toBe(false);
  });
});

describe('loop state', () => {
  it('moves from planned to closed', () => {
    expect(loopState({ ...held, held: false, outcome: null }, [])).toBe('计划中');
    expect(loopState({ ...held, outcome: null }, [])).toBe('已召开');
    expect(loopState(held, [m('未启动')])).toBe('已报送');
    expect(loopState(held, [m('推进中')])).toBe('落实中');
    expect(loopState({ ...held, feedback: { date: '2025-03-10', adoption: '采纳', text: '', by: '' } }, [m('未启动')])).toBe('落实中');
    expect(loopState({ ...held, hqFeedback: { date: '2025-03-10', adoption: '采纳', text: '', by: '' } }, [])).toBe('落实中');
    expect(loopState({ ...held, closedAt: '2025-07-01T10:00:00' }, [m('推进中')])).toBe('已闭环');
  });
});

describe('overdue', () => {
  it('is a measure past its date, not carried out or given up, on an open loop', () => {
    expect(measureOverdue(m('未启动', '', '2025-06-30'), '2025-07-01', false)).toBe(true);
    expect(measureOverdue(m('推进中', '', '2025-06-30'), '2025-07-01', false)).toBe(true);
    expect(measureOverdue(m('推进中', '', '2025-06-30'), '2025-06-30', false)).toBe(false);
    expect(measureOverdue(m('已落实', '', '2025-06-30'), '2025-07-01', false)).toBe(false);
    expect(measureOverdue(m('无法落实', '原因', '2025-06-30'), '2025-07-01', false)).toBe(false);
    expect(measureOverdue(m('推进中', '', '2025-06-30'), '2025-07-01', true)).toBe(false);
  });

  it('the overview lists each loop with its measures and overdue ones, leaving deleted measures out', () => {
    const items = [{ id: 'p1', loop: held }, { id: 'p2', loop: { ...held, closedAt: '2025-07-01T00:00:00' } }];
    const gone = { ...m('推进中', '', '2025-01-01', 'p1', '已删除的'), deleted: 1 as const };
    const rows = followUp(items, (i) => i.loop, [m('推进中', '', '2025-05-01'), m('已落实', '', '2025-05-01', 'p1', '其他'), m('推进中', '', '2025-05-01', 'p2'), gone], '2025-06-01');
    expect(rows.map((r) => [r.item.id, r.state, r.measures.length, r.overdue.length])).toEqual([['p1', '落实中', 2, 1], ['p2', '已闭环', 1, 0]]);
  });
});

describe('input checks', () => {
  it('says what to fix in a progress entry', () => {
    const ok = { date: '2025-05-01', state: '推进中' as const, note: '', reason: '' };
    expect(progressRefusal(ok, false, '2025-05-02')).toBeNull();
    expect(progressRefusal({ ...ok, state: '无法落实' }, false, '2025-05-02')).toBe('标为无法落实时，必须写明原因');
    expect(progressRefusal({ ...ok, date: '5月1日' }, false, '2025-05-02')).toContain('年-月-日');
    expect(progressRefusal({ ...ok, date: '2025-05-03' }, false, '2025-05-02')).toBe('进展日期不能晚于今天');
    expect(progressRefusal(ok, true, '2025-05-02')).toContain('已经闭环');
  });

  it('says what to fix in a measure', () => {
    expect(measureInputRefusal({ text: '增设临时停车位 80 个', owner: '街道城管科', due: '2025-09-30' })).toBeNull();
    expect(measureInputRefusal({ text: '增设临时停车位', owner: ' ', due: '2025-09-30' })).toContain('没有写责任单位');
    expect(measureInputRefusal({ text: '增设临时停车位', owner: '城管科', due: '' })).toContain('完成时限');
    expect(measureInputRefusal({ text: '增设', owner: '城管科', due: '2025-09-30' })).toContain('至少 4 个字');
  });

  it('refuses a date that does not exist, and a due or progress date before the table sat', () => {
    const m = { text: '增设临时停车位', owner: '城管科', due: '2025-02-30' };
    expect(measureInputRefusal(m)).toBe('措施「增设临时停车位」的完成时限：日期不存在：2025 年 2 月只有 28 天');
    expect(measureInputRefusal({ ...m, due: '2025-04-30' }, '2025-05-01')).toBe('措施「增设临时停车位」的完成时限（2025-04-30）早于会议日期（2025-05-01），请改为会议日期之后的日期');
    expect(measureInputRefusal({ ...m, due: '2025-05-01' }, '2025-05-01')).toBeNull();
    const p = { date: '2025-04-30', state: '推进中' as const, note: '', reason: '' };
    expect(progressRefusal(p, false, '2025-06-01', '2025-05-01', '第一次监督活动的日期')).toBe('进展日期不能早于第一次监督活动的日期（2025-05-01）');
    expect(progressRefusal({ ...p, date: '2025-02-29' }, false, '2025-06-01')).toContain('日期不存在');
  });
});
