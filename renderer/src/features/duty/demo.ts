import { localDate } from '../../../../shared/attendance/time';
import { DEMO_SEED } from '../../../../shared/demo/generator';
import { demoDuty } from '../../../../shared/demo/duty';
import type { Member } from '../../../../shared/domain/member';
import { REPORT_HQ_FIELDS } from '../../../../shared/domain/report';
import { repos } from '../../db';
import { identity } from '../../db/identity';

const CHUNK = 3000;

/** The demo's 社情民意, other duties and plenaries (shared/demo/duty.ts), in bulk writes of a few thousand records. */
export async function loadDemoDuty(members: readonly Member[], today = localDate(new Date())): Promise<void> {
  const d = demoDuty(members, { today, seed: DEMO_SEED });
  // HQ's 采用 and 批示 reach an office only in HQ's bundles: an office's own op log may not carry them
  // (its next bundle would be refused), so the demo office has its reports as it sent them; HQ (and the
  // bench, which writes as no role) has the adoptions too.
  if (identity().role === 'office') {
    for (const r of d.reports) for (const f of REPORT_HQ_FIELDS) delete r[f];
  }
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
