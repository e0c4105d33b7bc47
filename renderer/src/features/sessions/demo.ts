import { demoSessions } from '../../../../shared/demo/sessions';
import { localDate } from '../../../../shared/attendance/time';
import type { Member } from '../../../../shared/domain/member';
import { repos } from '../../db';

/** Rows per transaction: IndexedDB serves other reads (the roster) between chunks instead of after all of them. */
const CHUNK = 3000;

/**
 * Five years of demo sessions and attendance for the demo members: the
 * sessions in one transaction, then the attendance in chunks of bulk writes.
 */
export async function loadDemoSessions(members: readonly Member[], today = localDate(new Date())): Promise<void> {
  const { sessions, attendance } = demoSessions(members, { today });
  const created = await repos.sessions.bulkCreate(sessions);
  const rows = attendance.map((a) => ({ ...a.fields, sessionId: created[a.sessionIndex].id }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await repos.attendance.bulkCreate(rows.slice(i, i + CHUNK));
    await new Promise((r) => setTimeout(r, 0));
  }
}
