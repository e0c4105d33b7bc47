import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttendanceStatus } from '../domain/session';
import { recordFromSheet } from './sheet';
import { cancelLeave, planClose, recordLeave, recordMakeUp, removeMakeUp, signIn, statusText, undoSignIn, type AttendanceState } from './status';

const START = '2026-03-05T09:00:00';
const facts = (now: string, required = true, closed = false) => ({ required, start: START, now, closed });
const rec = (status: AttendanceStatus, extra: Partial<AttendanceState> = {}): AttendanceState => ({
  status, arrivedAt: status === 'present' || status === 'late' || status === 'walkin' ? '2026-03-05T08:50:00' : '', leave: null, makeUp: null, ...extra,
});
const LEAVE = { reason: '出差', approver: '王主任', askedOn: '2026-03-03' };

describe('sign-in', () => {
  it('is present at or before the start and late after it', () => {
    expect(signIn(undefined, facts('2026-03-05T08:59:59'))).toMatchObject({ kind: 'create', fields: { status: 'present', arrivedAt: '2026-03-05T08:59:59' } });
    expect(signIn(undefined, facts('2026-03-05T09:00:00'))).toMatchObject({ kind: 'create', fields: { status: 'present' } });
    expect(signIn(undefined, facts('2026-03-05T09:00:01'))).toMatchObject({ kind: 'create', fields: { status: 'late' } });
  });

  it('late exactly when arrival is after the start (property)', () => {
    const hm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }));
    fc.assert(fc.property(hm, ([h, m, s]) => {
      const now = `2026-03-05T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
      const out = signIn(undefined, facts(now));
      const lateExpected = h * 3600 + m * 60 + s > 9 * 3600;
      return out.kind === 'create' && out.fields.status === (lateExpected ? 'late' : 'present');
    }));
  });

  it('records a member who was not required as a walk-in, whatever the time', () => {
    expect(signIn(undefined, facts('2026-03-05T09:30:00', false))).toMatchObject({ kind: 'create', fields: { status: 'walkin' } });
    expect(signIn(undefined, facts('2026-03-05T08:30:00', false))).toMatchObject({ kind: 'create', fields: { status: 'walkin' } });
  });

  it('a second sign-in changes nothing and says when the first was', () => {
    for (const s of ['present', 'late', 'walkin'] as const) {
      const out = signIn(rec(s), facts('2026-03-05T09:10:00'));
      expect(out.kind).toBe('unchanged');
      expect(out.message).toContain('08:50');
    }
  });

  it('a member on leave who comes after all is signed in and the leave stays on the record', () => {
    const out = signIn(rec('leave', { leave: LEAVE }), facts('2026-03-05T09:05:00'));
    expect(out).toMatchObject({ kind: 'update', changes: { status: 'late', arrivedAt: '2026-03-05T09:05:00' } });
    expect(out.kind === 'update' && 'leave' in out.changes).toBe(false);
    expect(out.message).toContain('原已请假');
  });

  it('refuses once the session is closed', () => {
    expect(signIn(undefined, facts('2026-03-05T09:00:00', true, true)).kind).toBe('refused');
  });

  it('undo restores the state before, or removes a record the sign-in created', () => {
    expect(undoSignIn(undefined)).toEqual({ kind: 'remove' });
    const before = rec('leave', { leave: LEAVE });
    expect(undoSignIn(before)).toEqual({ kind: 'update', changes: before });
  });
});

describe('leave', () => {
  it('is recorded with reason, approver and date, and refused without a reason', () => {
    expect(recordLeave(undefined, LEAVE, '2026-03-05')).toMatchObject({ kind: 'create', fields: { status: 'leave', leave: LEAVE } });
    expect(recordLeave(undefined, { ...LEAVE, reason: ' ' }, '2026-03-05')).toMatchObject({ kind: 'refused', message: '请填写请假事由' });
    expect(recordLeave(undefined, { ...LEAVE, approver: 'x'.repeat(41) }, '2026-03-05')).toMatchObject({ kind: 'refused', message: '批准人不能超过 40 个字' });
    expect(recordLeave(undefined, { ...LEAVE, askedOn: '2026-02-30' }, '2026-03-05').message).toContain('2 月只有 28 天');
    expect(recordLeave(undefined, { ...LEAVE, askedOn: '2026-03-06' }, '2026-03-05').kind).toBe('refused');
  });

  it('takes no approver at the door as the paper sheet does (issue 12), keeping one when given', () => {
    expect(recordLeave(undefined, { ...LEAVE, approver: ' ' }, '2026-03-05')).toMatchObject({ kind: 'create', fields: { leave: { ...LEAVE, approver: '' } } });
    const paper = recordFromSheet(undefined, { choice: 'leave', time: '', reason: LEAVE.reason, approver: '' }, { required: true, start: '2026-03-05T09:00:00', closed: false });
    expect(paper.kind).toBe('create');
  });

  it('cannot be asked by a member who already signed in', () => {
    expect(recordLeave(rec('present'), LEAVE, '2026-03-05').kind).toBe('refused');
  });

  it('entered after closing replaces the absence', () => {
    expect(recordLeave(rec('absent'), LEAVE, '2026-03-05')).toMatchObject({ kind: 'update', changes: { status: 'leave' } });
  });

  it('withdrawn before closing removes the record, after closing leaves an absence', () => {
    expect(cancelLeave(rec('leave', { leave: LEAVE }), false)).toEqual({ kind: 'remove' });
    expect(cancelLeave(rec('leave', { leave: LEAVE }), true)).toMatchObject({ kind: 'update', changes: { status: 'absent', leave: null } });
    expect(cancelLeave(rec('present'), false)).toMatchObject({ kind: 'refused' });
  });
});

describe('closing', () => {
  it('makes every required member without a record absent, and nobody else', () => {
    const records = new Map<string, AttendanceState>([
      ['a', rec('present')], ['b', rec('leave', { leave: LEAVE })], ['x', rec('walkin')],
    ]);
    const plan = planClose(['a', 'b', 'c', 'd'], records, START);
    expect(plan.absent.sort()).toEqual(['c', 'd']);
    expect(plan.promote).toEqual([]);
  });

  it('property: absent = required minus recorded', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 40 })), fc.uniqueArray(fc.integer({ min: 0, max: 40 })), (req, have) => {
      const records = new Map(have.map((h) => [String(h), rec('present')] as const));
      const plan = planClose(req.map(String), records, START);
      const expected = req.filter((r) => !have.includes(r)).map(String).sort();
      return JSON.stringify(plan.absent.sort()) === JSON.stringify(expected);
    }));
  });

  it('turns a walk-in who is required by now into present or late by arrival', () => {
    const records = new Map<string, AttendanceState>([
      ['early', rec('walkin', { arrivedAt: '2026-03-05T08:40:00' })],
      ['late', rec('walkin', { arrivedAt: '2026-03-05T09:20:00' })],
    ]);
    expect(planClose(['early', 'late'], records, START).promote).toEqual([
      { memberId: 'early', status: 'present' }, { memberId: 'late', status: 'late' },
    ]);
  });
});

describe('make-up study', () => {
  it('is recorded against an absence or a leave and keeps the original status', () => {
    for (const s of ['absent', 'leave'] as const) {
      const out = recordMakeUp(rec(s), { date: '2026-03-12', note: '观看录像' }, '2026-03-05', '2026-03-20');
      expect(out).toEqual({ kind: 'update', changes: { makeUp: { date: '2026-03-12', note: '观看录像' } }, message: '已登记补学' });
      expect(statusText({ status: s, makeUp: { date: '2026-03-12', note: '' } })).toMatch(/^(缺席|请假)（已补学）$/);
    }
  });

  it('is refused for members who came, and before the session', () => {
    const note = '观看录像';
    expect(recordMakeUp(rec('present'), { date: '2026-03-12', note }, '2026-03-05', '2026-03-20').kind).toBe('refused');
    expect(recordMakeUp(undefined, { date: '2026-03-12', note }, '2026-03-05', '2026-03-20').kind).toBe('refused');
    expect(recordMakeUp(rec('absent'), { date: '2026-03-04', note }, '2026-03-05', '2026-03-20')).toMatchObject({ kind: 'refused', message: '补学日期不能早于活动日期（2026-03-05）' });
    expect(recordMakeUp(rec('absent'), { date: '2026-13-01', note }, '2026-03-05', '2026-03-20').message).toContain('没有 13 月');
  });

  it('needs a note and a date no later than today (issue 12: saved empty, months ahead)', () => {
    expect(recordMakeUp(rec('absent'), { date: '2026-03-12', note: '  ' }, '2026-03-05', '2026-03-20')).toMatchObject({ kind: 'refused', message: expect.stringContaining('请填写补学说明') });
    expect(recordMakeUp(rec('leave'), { date: '2026-07-01', note: '观看录像' }, '2026-03-05', '2026-03-20')).toMatchObject({ kind: 'refused', message: expect.stringContaining('补学日期不能晚于今天（2026-03-20）') });
    expect(recordMakeUp(rec('leave'), { date: '2026-03-20', note: '观看录像' }, '2026-03-05', '2026-03-20').kind).toBe('update');
  });

  it('can be removed, the original status staying', () => {
    const madeUp = rec('absent', { makeUp: { date: '2026-03-12', note: '观看录像' } });
    expect(removeMakeUp(madeUp)).toEqual({ kind: 'update', changes: { makeUp: null }, message: '已删除补学记录' });
    expect(removeMakeUp(rec('absent')).kind).toBe('refused');
  });
});
