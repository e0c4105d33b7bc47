import { localDate } from '../../../../shared/attendance/time';
import type { DemoSize } from '../../../../shared/demo/generator';
import { DEMO_SEED } from '../../../../shared/demo/generator';
import { demoProposals } from '../../../../shared/demo/proposals';
import type { Member } from '../../../../shared/domain/member';
import { repos } from '../../db';

/** Proposals and revisions per demo size (docs/performance.md: office 400 / 2,000; hq 8,000 / 40,000). */
export const DEMO_PROPOSALS: Record<DemoSize, { count: number; revisions: number }> = {
  demo: { count: 160, revisions: 800 },
  office: { count: 400, revisions: 2_000 },
  hq: { count: 8_000, revisions: 40_000 },
};

const CHUNK = 4000;

/** Four years of demo proposals for the demo members, in bulk writes of a few thousand records each. */
export async function loadDemoProposals(members: readonly Member[], size: DemoSize, today = localDate(new Date())): Promise<void> {
  const d = demoProposals({ ...DEMO_PROPOSALS[size], members: members.map((m) => ({ id: m.id, office: m.office })), today, seed: DEMO_SEED });
  const write = async <T>(rows: T[], fn: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await fn(rows.slice(i, i + CHUNK));
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  await write(d.proposals, (c) => repos.proposals.createWithIds(c));
  await write(d.coSigners, (c) => repos.proposalCoSigners.createWithIds(c));
  await write(d.steps, (c) => repos.proposalSteps.createWithIds(c));
  await write(d.revisions, (c) => repos.proposalRevisions.createWithIds(c));
}
