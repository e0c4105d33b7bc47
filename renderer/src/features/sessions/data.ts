import type { Member } from '../../../../shared/domain/member';
import { attendanceId, attendanceIdPrefix, type Attendance, type LeaveInfo, type MakeUpInfo, type SessionInput, type StudySession } from '../../../../shared/domain/session';
import { SessionInput as SessionInputSchema } from '../../../../shared/domain/session';
import { sameRule, sessionRequired } from '../../../../shared/attendance/required';
import {
  cancelLeave, planClose, recordLeave, recordMakeUp, removeMakeUp, signIn, undoSignIn, type AttendanceState, type Outcome,
} from '../../../../shared/attendance/status';
import { localDate, localDateTime, sessionStart } from '../../../../shared/attendance/time';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';
import { listed } from '../../db/repo';

/** Reads and writes of sessions and attendance, through the repositories; the rules are in shared/attendance. */

export class UserError extends Error {}

export type FieldErrors = Partial<Record<keyof SessionInput | 'form', string>>;

/** Check a plan; returns the normalised fields or the first message per field. */
export function checkSession(input: SessionInput): { ok: true; value: ReturnType<typeof SessionInputSchema.parse> } | { ok: false; errors: FieldErrors } {
  const r = SessionInputSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = (issue.path[0] as keyof SessionInput | undefined) ?? 'form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

export async function saveSession(input: SessionInput, id?: string): Promise<StudySession> {
  const checked = checkSession(input);
  if (!checked.ok) throw new UserError(Object.values(checked.errors)[0]);
  if (id) {
    return loggedTransaction(db, ['sessions'], async () => {
      const current = await repos.sessions.get(id);
      // Changing who is required lets go of the list frozen at closing (kept through 撤销关闭 otherwise).
      const unfreeze = current?.requiredAtClose?.length && !sameRule(current.required, checked.value.required) ? { requiredAtClose: [] } : {};
      return repos.sessions.update(id, { ...checked.value, ...unfreeze });
    });
  }
  return repos.sessions.create({ ...checked.value, materials: [], closedAt: '' });
}

export function activeMembers(): Promise<Member[]> {
  return repos.members.read.orderBy('sortKey').filter((m) => listed(m)).toArray();
}

/** Every record of one session, deleted ones included: one primary-key range (shared/domain/session.ts attendanceId). */
function allOfSession(sessionId: string): Promise<Attendance[]> {
  return repos.attendance.read.where(':id').startsWith(attendanceIdPrefix(sessionId)).toArray();
}

/** Records of one session that are not deleted. */
export async function sessionAttendance(sessionId: string): Promise<Attendance[]> {
  return (await allOfSession(sessionId)).filter((a) => a.deleted === 0);
}

/** Records of several sessions that are not deleted (the list of past sessions with their rates). */
export async function attendanceOfSessions(sessionIds: readonly string[]): Promise<Attendance[]> {
  if (!sessionIds.length) return [];
  const rows = await repos.attendance.read.where(':id').startsWithAnyOf(sessionIds.map(attendanceIdPrefix)).toArray();
  return rows.filter((a) => a.deleted === 0);
}

/**
 * A member's records that are not deleted, with their sessions (not deleted).
 * Attendance has no member index (db/schema.ts v5: an index costs every
 * import a write per row); a record's id is its (session, member) pair, so
 * the member's records are one primary-key get per session: a few thousand
 * gets at HQ, tens of milliseconds.
 */
export async function memberAttendance(memberId: string): Promise<{ rows: Attendance[]; sessions: StudySession[] }> {
  const sessions = await repos.sessions.read.filter((x) => x.deleted === 0).toArray();
  const found = await repos.attendance.read.bulkGet(sessions.map((x) => attendanceId(x.id, memberId)));
  const rows = found.filter((a): a is Attendance => !!a && a.deleted === 0);
  const held = new Set(rows.map((r) => r.sessionId));
  return { rows, sessions: sessions.filter((x) => held.has(x.id)) };
}

/** The record of (session, member), deleted or not: a tombstone is reused, never duplicated. */
function findRecord(sessionId: string, memberId: string): Promise<Attendance | undefined> {
  return repos.attendance.get(attendanceId(sessionId, memberId));
}

export function stateOf(rec: Attendance | undefined): AttendanceState | undefined {
  if (!rec || rec.deleted) return undefined;
  return { status: rec.status, arrivedAt: rec.arrivedAt, leave: rec.leave, makeUp: rec.makeUp };
}

/** Write an outcome for (session, member); returns the record id, or throws the refusal. */
async function apply(sessionId: string, memberId: string, rec: Attendance | undefined, out: Outcome | { kind: 'remove' }): Promise<string | null> {
  switch (out.kind) {
    case 'refused':
      throw new UserError(out.message);
    case 'unchanged':
      return rec?.id ?? null;
    case 'remove':
      if (rec && !rec.deleted) await repos.attendance.remove(rec.id);
      return rec?.id ?? null;
    case 'create': {
      if (rec) {
        await repos.attendance.update(rec.id, { ...out.fields, deleted: 0 } as Partial<Fields<Attendance>>);
        return rec.id;
      }
      const created = await repos.attendance.create({ sessionId, memberId, ...out.fields });
      return created.id;
    }
    case 'update':
      await repos.attendance.update(rec!.id, out.changes);
      return rec!.id;
  }
}

export interface SignInResult {
  outcome: Outcome;
  /** What undo needs: the record and its state before this sign-in. */
  undo: { recordId: string; before: AttendanceState | undefined } | null;
}

export async function signInMember(session: StudySession, memberId: string, required: boolean, now = new Date()): Promise<SignInResult> {
  const rec = await findRecord(session.id, memberId);
  const before = stateOf(rec);
  const outcome = signIn(before, { required, start: sessionStart(session), now: localDateTime(now), closed: !!session.closedAt });
  if (outcome.kind === 'refused' || outcome.kind === 'unchanged') return { outcome, undo: null };
  const recordId = await apply(session.id, memberId, rec, outcome);
  return { outcome, undo: recordId ? { recordId, before } : null };
}

export async function undoLastSignIn(undo: NonNullable<SignInResult['undo']>): Promise<void> {
  const step = undoSignIn(undo.before);
  if (step.kind === 'remove') await repos.attendance.remove(undo.recordId);
  else await repos.attendance.update(undo.recordId, step.changes);
}

export async function saveLeave(session: StudySession, memberId: string, leave: LeaveInfo): Promise<string> {
  const rec = await findRecord(session.id, memberId);
  const out = recordLeave(stateOf(rec), leave, session.date);
  await apply(session.id, memberId, rec, out);
  return out.message;
}

export async function withdrawLeave(session: StudySession, memberId: string): Promise<void> {
  const rec = await findRecord(session.id, memberId);
  await apply(session.id, memberId, rec, cancelLeave(stateOf(rec), !!session.closedAt));
}

export async function saveMakeUp(session: StudySession, memberId: string, makeUp: MakeUpInfo, now = new Date()): Promise<string> {
  const rec = await findRecord(session.id, memberId);
  const out = recordMakeUp(stateOf(rec), makeUp, session.date, localDate(now));
  await apply(session.id, memberId, rec, out);
  return out.message;
}

/** Remove a make-up; returns what undoing the removal writes back. */
export async function deleteMakeUp(session: StudySession, memberId: string): Promise<{ message: string; makeUp: MakeUpInfo }> {
  const rec = await findRecord(session.id, memberId);
  const before = rec?.makeUp;
  const out = removeMakeUp(stateOf(rec));
  await apply(session.id, memberId, rec, out);
  return { message: out.message, makeUp: before! };
}

/** Put back a make-up just removed (the snackbar's 撤销). */
export async function restoreMakeUp(session: StudySession, memberId: string, makeUp: MakeUpInfo): Promise<void> {
  const rec = await findRecord(session.id, memberId);
  if (rec && !rec.deleted) await repos.attendance.update(rec.id, { makeUp });
}

/** How many required members would become absent on closing now. */
export function pendingCount(required: ReadonlySet<string>, records: readonly Attendance[]): number {
  const marked = new Set(records.map((r) => r.memberId));
  let n = 0;
  for (const id of required) if (!marked.has(id)) n++;
  return n;
}

/** Close: absences for unmarked required members, walk-ins now required promoted; one transaction. */
export async function closeSession(sessionId: string, now = new Date()): Promise<number> {
  return loggedTransaction(db, ['sessions', 'attendance', 'members'], async () => {
    const session = await repos.sessions.get(sessionId);
    if (!session || session.deleted) throw new UserError('找不到这次活动');
    if (session.closedAt) throw new UserError('这次活动已经关闭');
    const members = await activeMembers();
    const all = await allOfSession(sessionId);
    const live = new Map(all.filter((r) => !r.deleted).map((r) => [r.memberId, r]));
    // Reopened by 撤销关闭: the list frozen at the first closing, not today's roster.
    const required = sessionRequired(session, members, []);
    const plan = planClose(required, new Map([...live].map(([k, v]) => [k, stateOf(v)!])), sessionStart(session));
    const tombstoned = new Map(all.filter((r) => r.deleted).map((r) => [r.memberId, r]));
    const absent = { status: 'absent' as const, arrivedAt: '', leave: null, makeUp: null };
    const revive = plan.absent.filter((id) => tombstoned.has(id));
    const fresh = plan.absent.filter((id) => !tombstoned.has(id));
    await repos.attendance.bulkCreate(fresh.map((memberId) => ({ sessionId, memberId, ...absent })));
    await repos.attendance.bulkUpdate([
      ...revive.map((id) => ({ id: tombstoned.get(id)!.id, changes: { ...absent, deleted: 0 } as Partial<Fields<Attendance>> })),
      ...plan.promote.map((p) => ({ id: live.get(p.memberId)!.id, changes: { status: p.status } })),
    ]);
    await repos.sessions.update(sessionId, { closedAt: localDateTime(now), requiredAtClose: [...required] });
    return plan.absent.length;
  });
}

/**
 * 撤销关闭: the session is open again. The absences closing wrote stay (they
 * are records now); closing again marks only the members still unmarked. The
 * required list stays as it was at closing (requiredAtClose); a session
 * closed before that list was kept freezes its records' list now.
 */
export async function reopenSession(sessionId: string): Promise<void> {
  await loggedTransaction(db, ['sessions', 'attendance'], async () => {
    const session = await repos.sessions.get(sessionId);
    if (!session || session.deleted) throw new UserError('找不到这次活动');
    if (!session.closedAt) throw new UserError('这次活动没有关闭，无需撤销');
    const frozen = session.requiredAtClose?.length ? session.requiredAtClose : [...sessionRequired(session, [], await sessionAttendance(sessionId))];
    await repos.sessions.update(sessionId, { closedAt: '', requiredAtClose: frozen });
  });
}

/** Plan the next session from this one: same fields and attendees, no date (the form copies the materials when asked: materials.ts). */
export function copyOf(session: StudySession): SessionInput {
  return { ...inputOf(session), date: '' };
}

export function inputOf(session: StudySession): SessionInput {
  return {
    title: session.title, kind: session.kind, date: session.date, startTime: session.startTime, endTime: session.endTime,
    place: session.place, organiser: session.organiser, host: session.host ?? '', topic: session.topic, agenda: session.agenda, required: session.required,
  };
}
