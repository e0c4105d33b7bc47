import { localDate } from '../../../../shared/attendance/time';
import { DEMO_SEED } from '../../../../shared/demo/generator';
import { demoDuty } from '../../../../shared/demo/duty';
import type { Member } from '../../../../shared/domain/member';
import { REPORT_HQ_FIELDS } from '../../../../shared/domain/report';
import { repos } from '../../db';
import { identity } from '../../db/identity';
import { applyFromDemoHq } from '../demo/fromHq';

const CHUNK = 3000;

/** The demo's 社情民意, other duties and plenaries (shared/demo/duty.ts), in bulk writes of a few thousand records. */
export async function loadDemoDuty(members: readonly Member[], today = localDate(new Date())): Promise<void> {
  const d = demoDuty(members, { today, seed: DEMO_SEED });
  // HQ's 采用 and 批示 reach an office only in HQ's bundles: an office's own op log may not carry them
  // (its next bundle would be refused). At the demo office they come as from HQ (demo/fromHq.ts).
  const hqParts: Array<Record<string, unknown>> = [];
  if (identity().role === 'office') {
    for (const r of d.reports) {
      const part: Record<string, unknown> = {};
      for (const f of REPORT_HQ_FIELDS) if (r[f] !== undefined) { part[f] = r[f]; delete r[f]; }
      hqParts.push(part);
    }
  }
  const write = async <T, R>(rows: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> => {
    const out: R[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      out.push(...(await fn(rows.slice(i, i + CHUNK))));
      await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  };
  const reports = await write(d.reports, (c) => repos.reports.bulkCreate(c));
  await applyFromDemoHq('reports', reports.map((r, i) => ({ id: r.id, fields: hqParts[i] ?? {} })).filter((r) => Object.keys(r.fields).length));
  await write(d.activities, (c) => repos.dutyActivities.bulkCreate(c));
  const sessions = await repos.sessions.bulkCreate(d.plenaries);
  await write(d.attendance.map((a) => ({ ...a.fields, sessionId: sessions[a.sessionIndex].id })), (c) => repos.attendance.bulkCreate(c));
}
