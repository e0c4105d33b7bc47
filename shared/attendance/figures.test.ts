import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../domain/session';
import { belowRate, computeAttendanceFigures, DEFAULT_RULE, formatRate, liveCounts, rateOf, ruleText, type FigureRow, type FigureSession } from './figures';

const s = (id: string, date: string, closed = true): FigureSession => ({ id, date, closedAt: closed ? `${date}T12:00:00` : '', deleted: 0 });
const r = (sessionId: string, memberId: string, status: AttendanceStatus, makeUp: unknown = null, deleted: 0 | 1 = 0): FigureRow => ({ sessionId, memberId, status, makeUp, deleted });

describe('rate arithmetic', () => {
  it('is (present + late) / required, and nothing when nobody is required', () => {
    expect(rateOf(6, 2, 10)).toBe(0.8);
    expect(rateOf(0, 0, 0)).toBeNull();
    expect(formatRate(0.8)).toBe('80.0%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('figures', () => {
  const sessions = [s('s1', '2026-01-10'), s('s2', '2026-02-10'), s('s3', '2025-12-01'), s('s4', '2026-03-01', false)];
  const rows = [
    r('s1', 'a', 'present'), r('s1', 'b', 'late'), r('s1', 'c', 'leave', { date: '2026-01-20', note: '' }), r('s1', 'd', 'absent'), r('s1', 'x', 'walkin'),
    r('s2', 'a', 'absent', { date: '2026-02-20', note: '' }), r('s2', 'b', 'present'), r('s2', 'c', 'present', null, 1),
    r('s3', 'a', 'absent'),
    r('s4', 'a', 'present'),
  ];

  it('counts per session, with walk-ins apart and make-up beside the status', () => {
    const f = computeAttendanceFigures(sessions, rows, { from: '2026-01-01', to: '2026-02-28' });
    const s1 = f.sessions.find((x) => x.sessionId === 's1')!;
    expect(s1).toMatchObject({ required: 4, present: 1, late: 1, leave: 1, absent: 1, walkin: 1, madeUp: 1, rate: 0.5 });
    const s2 = f.sessions.find((x) => x.sessionId === 's2')!;
    expect(s2).toMatchObject({ required: 2, present: 1, absent: 1, madeUp: 1, rate: 0.5 });
    expect(f.sessions.map((x) => x.sessionId).sort()).toEqual(['s1', 's2']);
    expect(f.total).toMatchObject({ required: 6, present: 2, late: 1, rate: 0.5 });
  });

  it('counts per member over the period', () => {
    const f = computeAttendanceFigures(sessions, rows, { from: '2026-01-01', to: '2026-02-28' });
    const a = f.members.find((x) => x.memberId === 'a')!;
    expect(a).toMatchObject({ required: 2, present: 1, absent: 1, madeUp: 1, rate: 0.5 });
    expect(f.members.find((x) => x.memberId === 'x')).toMatchObject({ required: 0, walkin: 1, rate: null });
    expect(belowRate(f.members, 0.6).map((m) => m.memberId)).toEqual(['c', 'd', 'a']);
  });

  it('counts one record per session and member: of two that sync brought, the newer', () => {
    const dup = [
      { ...r('s1', 'a', 'absent'), _rev: '2026-01-10T12:00:00.000Z-0000-AAAAAAAAAAAAAAAA' },
      { ...r('s1', 'a', 'present'), _rev: '2026-01-10T12:00:01.000Z-0000-BBBBBBBBBBBBBBBB' },
      { ...r('s1', 'a', 'leave', { date: '2026-01-12', note: '' }), _rev: '2026-01-10T11:00:00.000Z-0000-CCCCCCCCCCCCCCCC' },
    ];
    for (const order of [dup, [...dup].reverse(), [dup[1], dup[2], dup[0]]]) {
      const f = computeAttendanceFigures([s('s1', '2026-01-10')], order);
      expect(f.sessions[0]).toMatchObject({ required: 1, present: 1, absent: 0, leave: 0, madeUp: 0, rate: 1 });
      expect(f.members).toHaveLength(1);
    }
  });

  it('counts required members of an open session without a record as pending', () => {
    const f = computeAttendanceFigures(sessions, rows, { from: '2026-03-01', pending: new Map([['s4', 3]]) });
    expect(f.sessions[0]).toMatchObject({ required: 4, present: 1, pending: 3, rate: 0.25 });
  });

  it('property: totals equal the sum of sessions, one record per session and member, and the rate stays within 0..1', () => {
    const row = fc.record({
      sessionId: fc.constantFrom('s1', 's2', 's3'),
      memberId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      status: fc.constantFrom(...ATTENDANCE_STATUSES),
      makeUp: fc.constantFrom(null, { date: '2026-03-01', note: '' }),
      deleted: fc.constantFrom(0 as const, 1 as const),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 200 }), (rs) => {
      const f = computeAttendanceFigures(sessions, rs);
      const sum = (k: 'required' | 'present' | 'late' | 'madeUp') => f.sessions.reduce((t, x) => t + x[k], 0);
      const first = new Map<string, FigureRow>();
      for (const x of rs) if (!x.deleted && !first.has(`${x.sessionId}|${x.memberId}`)) first.set(`${x.sessionId}|${x.memberId}`, x);
      const live = [...first.values()];
      return sum('required') === f.total.required
        && sum('present') === live.filter((x) => x.status === 'present').length
        && f.members.reduce((t, m) => t + m.required, 0) === f.total.required
        && [...f.sessions, ...f.members].every((x) => x.rate === null || (x.rate >= 0 && x.rate <= 1));
    }));
  });
});

describe('live counts at the door', () => {
  it('says 应到, 实到, 请假, 未到 and walk-ins', () => {
    const required = new Set(['a', 'b', 'c', 'd', 'e']);
    const c = liveCounts(required, [
      { memberId: 'a', status: 'present' }, { memberId: 'b', status: 'late' }, { memberId: 'c', status: 'leave' }, { memberId: 'z', status: 'walkin' },
    ]);
    expect(c).toEqual({ required: 5, arrived: 2, late: 1, leave: 1, absent: 0, missing: 2, walkin: 1 });
    const closed = liveCounts(required, [
      { memberId: 'a', status: 'present' }, { memberId: 'b', status: 'absent' }, { memberId: 'c', status: 'absent' },
    ]);
    expect(closed).toMatchObject({ arrived: 1, absent: 2, missing: 2 });
  });
});

describe('the office\'s attendance rule (issue 12: leave made up showed 0.0% and 偏低)', () => {
  const sessions = [s('s1', '2026-01-10'), s('s2', '2026-02-10')];
  // c: on approved leave at s1 and made it up; at s2 on leave without a make-up. d: absent at s1, made up.
  const rows = [
    r('s1', 'c', 'leave', { date: '2026-01-20', note: '观看录像' }), r('s1', 'd', 'absent', { date: '2026-01-21', note: '阅读材料' }), r('s1', 'a', 'present'),
    r('s2', 'c', 'leave'), r('s2', 'a', 'present'),
  ];
  const member = (rule: typeof DEFAULT_RULE, id: string) => computeAttendanceFigures(sessions, rows, { rule }).members.find((m) => m.memberId === id)!;

  it('by default keeps the domain rate: leave among the required, make-up beside it', () => {
    expect(member(DEFAULT_RULE, 'c')).toMatchObject({ required: 2, leave: 2, madeUp: 1, rate: 0 });
    expect(ruleText(DEFAULT_RULE)).toBe('出席率 =（出席 + 迟到）÷ 应到：请假计入应到，补学不计为出席，单独统计');
  });

  it('counts a make-up as attending when the office says so', () => {
    const rule = { leaveInRequired: true, makeUpAttends: true };
    expect(member(rule, 'c').rate).toBe(0.5);
    expect(member(rule, 'd').rate).toBe(1);
    expect(computeAttendanceFigures(sessions, rows, { rule }).sessions[0].rate).toBe(1);
  });

  it('leaves approved leave out of the required when the office says so', () => {
    const rule = { leaveInRequired: false, makeUpAttends: false };
    expect(member(rule, 'c')).toMatchObject({ required: 2, rate: null });
    expect(member(rule, 'd').rate).toBe(0);
    const both = { leaveInRequired: false, makeUpAttends: true };
    expect(member(both, 'c').rate).toBe(1);
    expect(ruleText(both)).toBe('出席率 =（出席 + 迟到 + 补学）÷（应到 − 未补学的请假）：请假不计入应到，补学计为出席');
  });
});
