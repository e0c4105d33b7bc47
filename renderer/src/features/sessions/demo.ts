import { demoSessions } from '../../../../shared/demo/sessions';
import { localDate } from '../../../../shared/attendance/time';
import type { Member } from '../../../../shared/domain/member';
import { repos } from '../../db';

/** Five years of demo sessions and attendance for the demo members; joins the caller's transaction. */
export async function loadDemoSessions(members: readonly Member[], today = localDate(new Date())): Promise<void> {
  const { sessions, attendance } = demoSessions(members, { today });
  const created = await repos.sessions.bulkCreate(sessions);
  await repos.attendance.bulkCreate(attendance.map((a) => ({ ...a.fields, sessionId: created[a.sessionIndex].id })));
}
