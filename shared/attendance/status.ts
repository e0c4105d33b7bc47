import { ATTENDANCE_LABELS, type Attendance, type AttendanceStatus, type LeaveInfo, type MakeUpInfo } from '../domain/session';
import { clockOf, parseLocalDate } from './time';

/**
 * The status rules of attendance, pure: each takes the member's current
 * record (or none) and the facts of the moment, and says what to write.
 * Nothing here touches the database; the sessions feature applies the result.
 */
export type AttendanceState = Pick<Attendance, 'status' | 'arrivedAt' | 'leave' | 'makeUp'>;

export type Outcome =
  | { kind: 'create'; fields: AttendanceState; message: string }
  | { kind: 'update'; changes: Partial<AttendanceState>; message: string }
  | { kind: 'unchanged'; message: string }
  | { kind: 'refused'; message: string };

export interface SignInFacts {
  /** Whether the member is among the session's required attendees. */
  required: boolean;
  /** Session start, local YYYY-MM-DDTHH:MM:SS. */
  start: string;
  /** Arrival, local YYYY-MM-DDTHH:MM:SS. */
  now: string;
  closed: boolean;
}

const ARRIVED: readonly AttendanceStatus[] = ['present', 'late', 'walkin'];

export function hasArrived(status: AttendanceStatus): boolean {
  return ARRIVED.includes(status);
}

/** Status on arrival: not required is a walk-in; required and after the start is late. */
export function arrivalStatus(required: boolean, start: string, now: string): AttendanceStatus {
  if (!required) return 'walkin';
  return now > start ? 'late' : 'present';
}

/**
 * Sign a member in. A second sign-in changes nothing and says so; a member on
 * leave who comes after all is signed in and the leave stays on the record.
 */
export function signIn(existing: AttendanceState | undefined, f: SignInFacts): Outcome {
  if (f.closed) return { kind: 'refused', message: '本次活动已结束（已关闭），不能再签到' };
  if (existing && hasArrived(existing.status)) {
    return { kind: 'unchanged', message: `已于 ${clockOf(existing.arrivedAt)} 签到（${ATTENDANCE_LABELS[existing.status]}），本次不重复记录` };
  }
  const status = arrivalStatus(f.required, f.start, f.now);
  const what = `${ATTENDANCE_LABELS[status]} ${clockOf(f.now)}`;
  if (!existing) {
    return { kind: 'create', fields: { status, arrivedAt: f.now, leave: null, makeUp: null }, message: `签到成功：${what}` };
  }
  const note = existing.status === 'leave' ? '（原已请假，现到会）' : '';
  return { kind: 'update', changes: { status, arrivedAt: f.now }, message: `签到成功：${what}${note}` };
}

/** What undoing a sign-in writes back: the state before it, or removal when there was none. */
export function undoSignIn(before: AttendanceState | undefined): { kind: 'remove' } | { kind: 'update'; changes: AttendanceState } {
  return before ? { kind: 'update', changes: { ...before } } : { kind: 'remove' };
}

/**
 * Check and normalise a leave request; `sessionDate` is YYYY-MM-DD. The
 * approver is kept when known but not required: the paper sheet often does
 * not say (sheet.ts), and the door and the sheet take the same leave.
 */
export function checkLeave(leave: LeaveInfo, sessionDate: string): { ok: true; leave: LeaveInfo } | { ok: false; message: string } {
  const reason = leave.reason.trim();
  const approver = leave.approver.trim();
  if (!reason) return { ok: false, message: '请填写请假事由' };
  if (reason.length > 200) return { ok: false, message: '请假事由不能超过 200 个字' };
  if (approver.length > 40) return { ok: false, message: '批准人不能超过 40 个字' };
  const d = parseLocalDate(leave.askedOn);
  if (!d.ok) return { ok: false, message: `请假日期：${d.message}` };
  if (d.value > sessionDate) return { ok: false, message: '请假应在活动之前提出：请假日期不能晚于活动日期' };
  return { ok: true, leave: { reason, approver, askedOn: d.value } };
}

/**
 * Record leave. A member who already signed in cannot be on leave. A leave
 * entered after closing (asked before the session) replaces the absence.
 */
export function recordLeave(existing: AttendanceState | undefined, leave: LeaveInfo, sessionDate: string): Outcome {
  const checked = checkLeave(leave, sessionDate);
  if (!checked.ok) return { kind: 'refused', message: checked.message };
  if (existing && hasArrived(existing.status)) {
    return { kind: 'refused', message: `该委员已签到（${ATTENDANCE_LABELS[existing.status]}），不能再登记请假` };
  }
  if (!existing) {
    return { kind: 'create', fields: { status: 'leave', arrivedAt: '', leave: checked.leave, makeUp: null }, message: '已登记请假' };
  }
  return { kind: 'update', changes: { status: 'leave', leave: checked.leave }, message: '已登记请假' };
}

/** Withdraw a leave: before closing the record goes; after closing the member is absent. */
export function cancelLeave(existing: AttendanceState | undefined, closed: boolean): { kind: 'remove' } | Outcome {
  if (!existing || existing.status !== 'leave') return { kind: 'refused', message: '该委员没有请假记录' };
  if (!closed) return { kind: 'remove' };
  return { kind: 'update', changes: { status: 'absent', leave: null }, message: '已撤销请假，记为缺席' };
}

export interface ClosePlan {
  /** Required members with no record: they become absent. */
  absent: string[];
  /** Walk-ins who are required by now (the roster changed): present or late by their arrival. */
  promote: Array<{ memberId: string; status: AttendanceStatus }>;
}

/**
 * Close a session: every required member without a record is absent. After
 * this the records themselves are the required list, whatever the roster
 * does later.
 */
export function planClose(required: Iterable<string>, records: ReadonlyMap<string, AttendanceState>, start: string): ClosePlan {
  const absent: string[] = [];
  const promote: ClosePlan['promote'] = [];
  for (const id of required) {
    const rec = records.get(id);
    if (!rec) absent.push(id);
    else if (rec.status === 'walkin') promote.push({ memberId: id, status: arrivalStatus(true, start, rec.arrivedAt) });
  }
  return { absent, promote };
}

/**
 * 补学: only against an absence or leave, with a note saying how, dated
 * between the session and today (`today` YYYY-MM-DD); the original status stays.
 */
export function recordMakeUp(existing: AttendanceState | undefined, makeUp: MakeUpInfo, sessionDate: string, today: string): Outcome {
  if (!existing || (existing.status !== 'absent' && existing.status !== 'leave')) {
    return { kind: 'refused', message: '只有缺席或请假的委员才需要登记补学' };
  }
  const d = parseLocalDate(makeUp.date);
  if (!d.ok) return { kind: 'refused', message: `补学日期：${d.message}` };
  if (d.value < sessionDate) return { kind: 'refused', message: `补学日期不能早于活动日期（${sessionDate}）` };
  if (d.value > today) return { kind: 'refused', message: `补学日期不能晚于今天（${today}）：补学完成后再登记` };
  const note = makeUp.note.trim();
  if (!note) return { kind: 'refused', message: '请填写补学说明：如何补学的（例如 观看录像、阅读材料并交心得）' };
  if (note.length > 200) return { kind: 'refused', message: '补学说明不能超过 200 个字' };
  return { kind: 'update', changes: { makeUp: { date: d.value, note } }, message: '已登记补学' };
}

/** Remove a make-up entered by mistake; the status it was recorded against stays. */
export function removeMakeUp(existing: AttendanceState | undefined): Outcome {
  if (!existing?.makeUp) return { kind: 'refused', message: '该委员没有补学记录' };
  return { kind: 'update', changes: { makeUp: null }, message: '已删除补学记录' };
}

/** A leave as shown: the reason, then who approved it (a paper entry may not say) and, if asked, the date it was asked. */
export function leaveText(leave: LeaveInfo, withDate = false): string {
  const parts = [leave.approver ? `${leave.approver}批准` : '', withDate ? leave.askedOn : ''].filter(Boolean);
  return parts.length ? `${leave.reason}（${parts.join('，')}）` : leave.reason;
}

/** The status as shown: the original one, with the make-up beside it. */
export function statusText(rec: Pick<AttendanceState, 'status' | 'makeUp'>): string {
  const base = ATTENDANCE_LABELS[rec.status];
  return rec.makeUp ? `${base}（已补学）` : base;
}
