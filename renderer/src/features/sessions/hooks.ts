import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../../shared/domain/member';
import type { Attendance, StudySession } from '../../../../shared/domain/session';
import { sessionRequired } from '../../../../shared/attendance/required';
import { repos } from '../../db';
import { activeMembers, sessionAttendance } from './data';

export interface SessionView {
  session: StudySession | null | undefined;
  members: Member[] | undefined;
  byId: Map<string, Member>;
  records: Attendance[] | undefined;
  /** Required members: from the roster while open, the list frozen at closing once closed (and after 撤销关闭). */
  required: Set<string>;
}

/** A session with its roster and records, live. `session` is null when it does not exist. */
export function useSessionView(id: string | undefined): SessionView {
  const session = useLiveQuery(async () => (id ? ((await repos.sessions.get(id)) ?? null) : null), [id]);
  const members = useLiveQuery(() => activeMembers(), []);
  const records = useLiveQuery(() => (id ? sessionAttendance(id) : Promise.resolve([])), [id]);
  const byId = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  const required = useMemo(() => {
    if (!session || !members) return new Set<string>();
    return sessionRequired(session, members, records ?? []);
  }, [session, members, records]);
  return { session: session === null || session?.deleted ? null : session, members, byId, records, required };
}
