import type { AttendanceStatus, AttendeeRule, StudySession } from '../domain/session';

/** The fields of a member that decide whether a session requires them. */
export interface RosterMember {
  id: string;
  committees: string[];
  sector: string;
  status: string;
  deleted: 0 | 1;
}

export const EMPTY_RULE: AttendeeRule = { all: false, committees: [], sectors: [], memberIds: [] };

/**
 * The members a session requires, from the roster as it is now: active
 * members of the chosen committees or sectors (or all), plus the hand-picked
 * ones. A member who changes committee moves with it until the session is
 * closed; after that the attendance records are the list.
 */
export function resolveRequired(rule: AttendeeRule, members: readonly RosterMember[]): Set<string> {
  const committees = new Set(rule.committees);
  const sectors = new Set(rule.sectors);
  const picked = new Set(rule.memberIds);
  const out = new Set<string>();
  for (const m of members) {
    if (m.deleted) continue;
    if (picked.has(m.id)) {
      out.add(m.id);
      continue;
    }
    if (m.status !== '在任') continue;
    if (rule.all || sectors.has(m.sector) || m.committees.some((c) => committees.has(c))) out.add(m.id);
  }
  return out;
}

/**
 * The members a session requires now. Open and never closed: from the roster
 * (resolveRequired). Closed, or reopened by 撤销关闭: the list frozen at
 * closing (requiredAtClose); sessions closed before that list was kept fall
 * back to their records (everyone but walk-ins).
 */
export function sessionRequired(
  session: Pick<StudySession, 'required' | 'closedAt' | 'requiredAtClose'>,
  members: readonly RosterMember[],
  records: Iterable<{ memberId: string; status: AttendanceStatus }>,
): Set<string> {
  if (session.requiredAtClose?.length) return new Set(session.requiredAtClose);
  if (session.closedAt) return new Set([...records].filter((r) => r.status !== 'walkin').map((r) => r.memberId));
  return resolveRequired(session.required, members);
}

/** Whether two rules require the same: changing who is required lets go of the list frozen at closing. */
export function sameRule(a: AttendeeRule, b: AttendeeRule): boolean {
  const set = (x: string[]) => [...x].sort().join('\u0000');
  return a.all === b.all && set(a.committees) === set(b.committees) && set(a.sectors) === set(b.sectors) && set(a.memberIds) === set(b.memberIds);
}

/** "全体委员" or "经济科技委员会、民革界别、另 3 人", for lists and printed headers. */
export function describeRule(rule: AttendeeRule): string {
  if (rule.all) return '全体委员';
  const parts = [...rule.committees, ...rule.sectors.map((s) => `${s}界别`)];
  if (rule.memberIds.length) parts.push(parts.length ? `另 ${rule.memberIds.length} 人` : `指定 ${rule.memberIds.length} 人`);
  return parts.join('、') || '未指定';
}
