import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttendanceStatus } from '../domain/session';
import { entryOf, recordFromSheet, sameEntry, SHEET_CHOICES, type SheetChoice, type SheetContext, type SheetEntry, type SheetOutcome } from './sheet';
import { leaveText, type AttendanceState } from './status';

const START = '2026-03-05T09:00:00';
const ctx = (over: Partial<SheetContext> = {}): SheetContext => ({ required: true, start: START, closed: false, ...over });
const LEAVE = { reason: '出差', approver: '王主任', askedOn: '2026-03-03' };
const MAKE_UP = { date: '2026-03-10', note: '观看录像' };

const STARTS: Record<string, AttendanceState | undefined> = {
  none: undefined,
  present: { status: 'present', arrivedAt: '2026-03-05T08:50:12', leave: null, makeUp: null },
  late: { status: 'late', arrivedAt: '2026-03-05T09:20:31', leave: null, makeUp: null },
  leave: { status: 'leave', arrivedAt: '', leave: LEAVE, makeUp: null },
  absent: { status: 'absent', arrivedAt: '', leave: null, makeUp: null },
  walkin: { status: 'walkin', arrivedAt: '2026-03-05T09:05:00', leave: null, makeUp: null },
  'absent+makeUp': { status: 'absent', arrivedAt: '', leave: null, makeUp: MAKE_UP },
  'leave+makeUp': { status: 'leave', arrivedAt: '', leave: LEAVE, makeUp: MAKE_UP },
};

const entry = (choice: SheetChoice, over: Partial<SheetEntry> = {}): SheetEntry => ({ choice, time: '', reason: '', approver: '', ...over });
const ENTRIES: Record<SheetChoice, SheetEntry> = {
  present: entry('present'),
  late: entry('late', { time: '9:40' }),
  leave: entry('leave', { reason: ' 外地调研 ' }),
  absent: entry('absent'),
  none: entry('none'),
};

/** The record after an outcome, or undefined when there is none. */
function after(before: AttendanceState | undefined, out: SheetOutcome): AttendanceState | undefined {
  switch (out.kind) {
    case 'create': return out.fields;
    case 'update': return { ...before!, ...out.changes };
    case 'remove': return undefined;
    default: return before;
  }
}

/** Status after the entry for a required member of an open session, for every start × choice; a string is a refusal. */
const EXPECTED: Record<string, Record<SheetChoice, AttendanceStatus | 'none' | 'refused'>> = {
  none: { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'none' },
  present: { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'none' },
  late: { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'none' },
  leave: { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'none' },
  absent: { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'none' },
  walkin: { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'none' },
  'absent+makeUp': { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'refused' },
  'leave+makeUp': { present: 'present', late: 'late', leave: 'leave', absent: 'absent', none: 'refused' },
};

describe('recordFromSheet: every start and every choice (required member, open session)', () => {
  for (const [name, before] of Object.entries(STARTS)) {
    for (const choice of SHEET_CHOICES) {
      it(`${name} → ${choice}`, () => {
        const out = recordFromSheet(before, ENTRIES[choice], ctx());
        const want = EXPECTED[name][choice];
        if (want === 'refused') {
          expect(out.kind).toBe('refused');
          expect(out.message).toContain('补学');
          return;
        }
        expect(out.kind).not.toBe('refused');
        const rec = after(before, out);
        expect(rec?.status ?? 'none').toBe(want);
        if (!rec) return;
        // Make-up stays whatever the status becomes; leave data stays unless the entry gives a new one.
        expect(rec.makeUp).toEqual(before?.makeUp ?? null);
        if (choice === 'leave') expect(rec.leave).toEqual({ reason: '外地调研', approver: '', askedOn: before?.leave?.askedOn ?? '2026-03-05' });
        else expect(rec.leave).toEqual(before?.leave ?? null);
        if (choice === 'late') expect(rec.arrivedAt).toBe('2026-03-05T09:40:00');
        if (choice === 'leave' || choice === 'absent') expect(rec.arrivedAt).toBe('');
        // Only what differs is written.
        if (out.kind === 'update') for (const [k, v] of Object.entries(out.changes)) expect(before![k as keyof AttendanceState]).not.toEqual(v);
      });
    }
  }
});

describe('recordFromSheet: details', () => {
  it('keeps the time a member signed in at the door when the sheet says the same', () => {
    expect(recordFromSheet(STARTS.present, entry('present'), ctx())).toMatchObject({ kind: 'unchanged' });
    expect(recordFromSheet(STARTS.late, entry('late', { time: '09:20' }), ctx())).toMatchObject({ kind: 'unchanged' });
    // A late arrival marked 出席 on paper loses the late time: present with no time.
    expect(recordFromSheet(STARTS.late, entry('present'), ctx())).toEqual({ kind: 'update', changes: { status: 'present', arrivedAt: '' }, message: '已改为出席' });
  });

  it('refuses a late time at or before the start, and a time that does not exist, with what to fix', () => {
    const early = recordFromSheet(undefined, entry('late', { time: '08:55' }), ctx());
    expect(early).toEqual({ kind: 'refused', message: '迟到的到达时间应晚于开始时间 09:00；按时到会请选“出席”' });
    expect(recordFromSheet(undefined, entry('late', { time: '09:00' }), ctx()).kind).toBe('refused');
    expect(recordFromSheet(undefined, entry('late', { time: '9:60' }), ctx()).message).toContain('到达时间：时间不存在');
    expect(recordFromSheet(undefined, entry('late', { time: '' }), ctx()).message).toContain('请填写时间');
    expect(recordFromSheet(undefined, entry('late', { time: '9：01' }), ctx())).toMatchObject({ kind: 'create', fields: { status: 'late', arrivedAt: '2026-03-05T09:01:00' } });
  });

  it('needs a reason for leave; the approver is optional and a recorded date of asking stays', () => {
    expect(recordFromSheet(undefined, entry('leave', { reason: '  ' }), ctx())).toEqual({ kind: 'refused', message: '请假须填写事由' });
    expect(recordFromSheet(undefined, entry('leave', { reason: '病' }), ctx())).toMatchObject({ kind: 'create', fields: { status: 'leave', leave: { reason: '病', approver: '', askedOn: '2026-03-05' } } });
    expect(recordFromSheet(STARTS.leave, entry('leave', { reason: '出差', approver: '王主任' }), ctx()).kind).toBe('unchanged');
    expect(recordFromSheet(STARTS.leave, entry('leave', { reason: '出差', approver: '李主任' }), ctx())).toMatchObject({ kind: 'update', changes: { leave: { ...LEAVE, approver: '李主任' } } });
  });

  it('a member who is not required is 列席 when present or late, and cannot be on leave or absent', () => {
    const walk = ctx({ required: false });
    expect(recordFromSheet(undefined, entry('present'), walk)).toMatchObject({ kind: 'create', fields: { status: 'walkin', arrivedAt: '' } });
    expect(recordFromSheet(undefined, entry('late', { time: '08:30' }), walk)).toMatchObject({ kind: 'create', fields: { status: 'walkin', arrivedAt: '2026-03-05T08:30:00' } });
    expect(recordFromSheet(STARTS.walkin, entry('present'), walk).kind).toBe('unchanged');
    expect(recordFromSheet(STARTS.walkin, entry('none'), walk).kind).toBe('remove');
    for (const c of ['leave', 'absent'] as const) expect(recordFromSheet(undefined, ENTRIES[c], walk)).toMatchObject({ kind: 'refused', message: '该委员不是应到人员，只能记为列席或未录' });
  });

  it('on a closed session a required member cannot go back to 未录; a walk-in can', () => {
    expect(recordFromSheet(STARTS.absent, entry('none'), ctx({ closed: true }))).toMatchObject({ kind: 'refused', message: expect.stringContaining('撤销关闭') });
    expect(recordFromSheet(STARTS.walkin, entry('none'), ctx({ closed: true, required: false })).kind).toBe('remove');
    expect(recordFromSheet(undefined, entry('none'), ctx({ closed: true })).kind).toBe('unchanged');
  });

  it('the pre-filled row of a record writes nothing', () => {
    for (const [name, before] of Object.entries(STARTS)) {
      const required = name !== 'walkin';
      expect([name, recordFromSheet(before, entryOf(before), ctx({ required })).kind]).toEqual([name, 'unchanged']);
    }
    expect(sameEntry(entryOf(STARTS.late), entry('late', { time: '09:20' }))).toBe(true);
    expect(sameEntry(entryOf(STARTS.late), entry('late', { time: '09:21' }))).toBe(false);
  });
});

describe('leaveText', () => {
  it('names the approver only when there is one, and the date when asked', () => {
    expect(leaveText(LEAVE)).toBe('出差（王主任批准）');
    expect(leaveText(LEAVE, true)).toBe('出差（王主任批准，2026-03-03）');
    expect(leaveText({ ...LEAVE, approver: '' })).toBe('出差');
    expect(leaveText({ ...LEAVE, approver: '' }, true)).toBe('出差（2026-03-03）');
  });
});

describe('saving the same sheet twice changes nothing (property)', () => {
  const hm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`);
  const entries = fc.record({
    choice: fc.constantFrom(...SHEET_CHOICES),
    time: hm,
    reason: fc.constantFrom('', '出差', ' 病假 '),
    approver: fc.constantFrom('', '王主任'),
  });
  const starts = fc.constantFrom(...Object.values(STARTS));
  const ctxs = fc.record({ required: fc.boolean(), start: fc.constant(START), closed: fc.boolean() });

  it('applying the result of an entry and the entry again is unchanged', () => {
    fc.assert(fc.property(starts, entries, ctxs, (before, e, c) => {
      const first = recordFromSheet(before, e, c);
      if (first.kind === 'refused') return true;
      return recordFromSheet(after(before, first), e, c).kind === 'unchanged';
    }), { numRuns: 2000 });
  });
});
