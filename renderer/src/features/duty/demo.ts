import { localDate } from '../../../../shared/attendance/time';
import { DEMO_SEED } from '../../../../shared/demo/generator';
import { demoDuty } from '../../../../shared/demo/duty';
import type { Member } from '../../../../shared/domain/member';
import { repos } from '../../db';

const CHUNK = 3000;

/** The demo's 社情民意, other duties and plenaries (shared/demo/duty.ts), in bulk writes of a few thousand records. */
export async function loadDemoDuty(members: readonly Member[], today = localDate(new Date())): Promise<void> {
  const d = demoDuty(members, { today, seed: DEMO_SEED });
  const write = async <T>(rows: T[], fn: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await fn(rows.slice(i, i + CHUNK));
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  await write(d.reports, (c) => repos.reports.bulkCreate(c));
  await write(d.activities, (c) => repos.dutyActivities.bulkCreate(c));
  const sessions = await repos.sessions.bulkCreate(d.plenaries);
  await write(d.attendance.map((a) => ({ ...a.fields, sessionId: sessions[a.sessionIndex].id })), (c) => repos.attendance.bulkCreate(c));
}
