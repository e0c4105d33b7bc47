import { localDate } from '../../../../shared/attendance/time';
import type { DemoSize } from '../../../../shared/demo/generator';
import { DEMO_SEED } from '../../../../shared/demo/generator';
import { demoProposals } from '../../../../shared/demo/proposals';
import { PROPOSAL_HQ_FIELDS } from '../../../../shared/domain/proposal';
import type { Member } from '../../../../shared/domain/member';
import { hqStepPart } from '../../../../shared/proposals/workflow';
import { repos } from '../../db';
import { identity } from '../../db/identity';
import { applyFromDemoHq } from '../demo/fromHq';

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
  if (identity().role === 'hq') await write(d.proposals, (c) => repos.proposals.createWithIds(c));
  else {
    // At an office, HQ's fields (number, review, assignment, replies) come from HQ, as by bundle.
    const hqField = new Set<string>(PROPOSAL_HQ_FIELDS);
    const part = (fields: Record<string, unknown>, hq: boolean) => Object.fromEntries(Object.entries(fields).filter(([k]) => hqField.has(k) === hq));
    await write(d.proposals, (c) => repos.proposals.createWithIds(c.map((p) => ({ id: p.id, fields: part(p.fields, false) as typeof p.fields }))));
    await applyFromDemoHq('proposals', d.proposals.map((p) => ({ id: p.id, fields: part(p.fields, true) })).filter((p) => Object.keys(p.fields).length));
  }
  await write(d.coSigners, (c) => repos.proposalCoSigners.createWithIds(c));
  if (identity().role === 'hq') await write(d.steps, (c) => repos.proposalSteps.createWithIds(c));
  else {
    // HQ's steps (立案, 交办, 答复 …) are HQ's to write (shared/sync/policy.ts): they come from HQ too.
    await write(d.steps.filter((x) => !hqStepPart(x.fields)), (c) => repos.proposalSteps.createWithIds(c));
    await applyFromDemoHq('proposalSteps', d.steps.filter((x) => hqStepPart(x.fields)));
  }
  await write(d.revisions, (c) => repos.proposalRevisions.createWithIds(c));
}
