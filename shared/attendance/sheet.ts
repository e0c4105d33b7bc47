import type { LeaveInfo } from '../domain/session';
import { hasArrived, type AttendanceState, type Outcome } from './status';
import { clockOf, parseLocalTime } from './time';

/**
 * 按签到表补录: attendance entered afterwards from the signed paper sheet.
 * One entry per row of the sheet; `recordFromSheet` says what to write for
 * it, like the other rules in status.ts. Leave and make-up data already on a
 * record stay; an entry that matches the record writes nothing, so saving the
 * same sheet twice changes nothing.
 */

/** 出席 / 迟到 / 请假 / 缺席 / 未录. A member who is not required is 列席 when marked present or late. */
export const SHEET_CHOICES = ['present', 'late', 'leave', 'absent', 'none'] as const;
export type SheetChoice = (typeof SHEET_CHOICES)[number];

export const SHEET_LABELS: Record<SheetChoice, string> = { present: '出席', late: '迟到', leave: '请假', absent: '缺席', none: '未录' };

export interface SheetEntry {
  choice: SheetChoice;
  /** Arrival HH:MM (迟到; optional for 出席/列席), as typed. */
  time: string;
  /** 请假事由 and 批准人 (the approver is optional on paper). */
  reason: string;
  approver: string;
}

export interface SheetContext {
  /** Whether the member is among the session's required attendees. */
  required: boolean;
  /** Session start, local YYYY-MM-DDTHH:MM:SS. */
  start: string;
  closed: boolean;
}

export type SheetOutcome = Outcome | { kind: 'remove'; message: string };

/** The row of the sheet as the record stands: what the screen pre-fills. */
export function entryOf(state: AttendanceState | undefined): SheetEntry {
  const leave = { reason: state?.leave?.reason ?? '', approver: state?.leave?.approver ?? '' };
  if (!state) return { choice: 'none', time: '', ...leave };
  const time = state.arrivedAt ? clockOf(state.arrivedAt) : '';
  const choice: SheetChoice = state.status === 'walkin' ? 'present' : state.status;
  return { choice, time: hasArrived(state.status) ? time : '', ...leave };
}

export function sameEntry(a: SheetEntry, b: SheetEntry): boolean {
  if (a.choice !== b.choice) return false;
  if (a.choice === 'late') return a.time.trim() === b.time.trim();
  if (a.choice === 'leave') return a.reason.trim() === b.reason.trim() && a.approver.trim() === b.approver.trim();
  return true;
}

/** The date of the session start with an HH:MM, as a local date-time. */
const at = (start: string, hm: string) => `${start.slice(0, 10)}T${hm}:00`;

type Target = Pick<AttendanceState, 'status' | 'arrivedAt'> & { leave?: LeaveInfo };

/** What the entry asks for, or the message saying what to fix. */
function targetOf(existing: AttendanceState | undefined, e: SheetEntry & { choice: Exclude<SheetChoice, 'none'> }, ctx: SheetContext): Target | { refused: string } {
  const arrived = existing && hasArrived(existing.status) ? existing.arrivedAt : '';
  switch (e.choice) {
    case 'present':
      if (!ctx.required) return { status: 'walkin', arrivedAt: arrived };
      // A door arrival on time keeps its time; a late one marked 出席 on paper has no time any more.
      return { status: 'present', arrivedAt: arrived && arrived <= ctx.start ? arrived : '' };
    case 'late': {
      const t = parseLocalTime(e.time);
      if (!t.ok) return { refused: `到达时间：${t.message}` };
      const when = existing && hasArrived(existing.status) && clockOf(existing.arrivedAt) === t.value ? existing.arrivedAt : at(ctx.start, t.value);
      if (!ctx.required) return { status: 'walkin', arrivedAt: when };
      if (when <= ctx.start) return { refused: `迟到的到达时间应晚于开始时间 ${clockOf(ctx.start)}；按时到会请选“出席”` };
      return { status: 'late', arrivedAt: when };
    }
    case 'leave':
    case 'absent': {
      if (!ctx.required) return { refused: '该委员不是应到人员，只能记为列席或未录' };
      if (e.choice === 'absent') return { status: 'absent', arrivedAt: '' };
      const reason = e.reason.trim();
      const approver = e.approver.trim();
      if (!reason) return { refused: '请假须填写事由' };
      if (reason.length > 200) return { refused: '请假事由不能超过 200 个字' };
      if (approver.length > 40) return { refused: '批准人不能超过 40 个字' };
      // Paper leave has no date of asking: keep the one recorded, else the session date.
      const askedOn = existing?.leave?.askedOn ?? ctx.start.slice(0, 10);
      return { status: 'leave', arrivedAt: '', leave: { reason, approver, askedOn } };
    }
  }
}

const sameLeave = (a: LeaveInfo | null, b: LeaveInfo) => !!a && a.reason === b.reason && a.approver === b.approver && a.askedOn === b.askedOn;

/** What to write for one row of the paper sheet. */
export function recordFromSheet(existing: AttendanceState | undefined, e: SheetEntry, ctx: SheetContext): SheetOutcome {
  if (e.choice === 'none') {
    if (!existing) return { kind: 'unchanged', message: '未录' };
    if (existing.makeUp) return { kind: 'refused', message: '已登记补学，不能改为未录' };
    if (ctx.closed && ctx.required) return { kind: 'refused', message: '活动已关闭，应到委员不能改为未录；请选择出勤状态，或先撤销关闭' };
    return { kind: 'remove', message: '已清除出勤记录' };
  }
  const target = targetOf(existing, { ...e, choice: e.choice }, ctx);
  if ('refused' in target) return { kind: 'refused', message: target.refused };
  const label = SHEET_LABELS[e.choice];
  if (!existing) {
    return { kind: 'create', fields: { status: target.status, arrivedAt: target.arrivedAt, leave: target.leave ?? null, makeUp: null }, message: `已记为${label}` };
  }
  const changes: Partial<AttendanceState> = {};
  if (existing.status !== target.status) changes.status = target.status;
  if (existing.arrivedAt !== target.arrivedAt) changes.arrivedAt = target.arrivedAt;
  if (target.leave && !sameLeave(existing.leave, target.leave)) changes.leave = target.leave;
  if (!Object.keys(changes).length) return { kind: 'unchanged', message: `已是${label}` };
  return { kind: 'update', changes, message: `已改为${label}` };
}
