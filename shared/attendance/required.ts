import type { AttendeeRule } from '../domain/session';

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

/** "全体委员" or "经济科技委员会、民革界别、另 3 人", for lists and printed headers. */
export function describeRule(rule: AttendeeRule): string {
  if (rule.all) return '全体委员';
  const parts = [...rule.committees, ...rule.sectors.map((s) => `${s}界别`)];
  if (rule.memberIds.length) parts.push(parts.length ? `另 ${rule.memberIds.length} 人` : `指定 ${rule.memberIds.length} 人`);
  return parts.join('、') || '未指定';
}
