import { localDate } from '../../../../../shared/attendance/time';
import { demoConsultations } from '../../../../../shared/demo/consultations';
import { datasetOffices } from '../../../../../shared/demo/datasets';
import type { DemoSize } from '../../../../../shared/demo/generator';
import type { Member } from '../../../../../shared/domain/member';
import { repos } from '../../../db';

/** Years and meetings a year per office (hq: ten offices, ten years, for the bench's "ten years of hq data"). */
export const DEMO_CONSULTATIONS: Record<DemoSize, { years: number; perYear: number; sessions: boolean }> = {
  demo: { years: 3, perYear: 6, sessions: true },
  office: { years: 3, perYear: 6, sessions: true },
  hq: { years: 10, perYear: 12, sessions: false },
};

const CHUNK = 4000;

/** Three years of the demo office's consultations (shared/demo/consultations.ts), with their 协商议事 sessions and attendance. */
export async function loadDemoConsultations(members: readonly Member[], size: DemoSize, today = localDate(new Date())): Promise<void> {
  // HQ's set spreads the members' consultations over the ten offices of the data set, as 献一计's does.
  const offices = size === 'hq' ? datasetOffices('hq').map((o) => o.code) : null;
  const people = members.filter((m) => m.status === '在任').map((m, i) => ({ id: m.id, office: offices ? offices[i % offices.length] : m.office, name: m.name }));
  const d = demoConsultations(people, { today, ...DEMO_CONSULTATIONS[size] });
  const write = async <T>(rows: T[], fn: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await fn(rows.slice(i, i + CHUNK));
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  await write(d.sessions, (c) => repos.sessions.createWithIds(c));
  await write(d.attendance, (c) => repos.attendance.bulkCreate(c));
  await write(d.topics, (c) => repos.consultTopics.createWithIds(c));
  await write(d.meetings, (c) => repos.consultMeetings.createWithIds(c));
  await write(d.supervisions, (c) => repos.supervisions.createWithIds(c));
  await write(d.measures, (c) => repos.consultMeasures.createWithIds(c));
}
