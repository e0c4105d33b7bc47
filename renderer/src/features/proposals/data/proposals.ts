import { localDateTime } from '../../../../../shared/attendance/time';
import {
  childPrefix, normaliseProposal, seqKeyOf,
  type CoSignature, type DraftFields, type Proposal, type ProposalRevision, type ProposalStep, type StoredProposal,
} from '../../../../../shared/domain/proposal';
import { draftOf, sameDraft } from '../../../../../shared/proposals/revisions';
import { initialState, move, type Actor, type Move, type MoveContext } from '../../../../../shared/proposals/workflow';
import { PROPOSAL_HQ_FIELDS } from '../../../../../shared/domain/proposal';
import type { Fields } from '../../../../../shared/sync/record';
import { db, repos } from '../../../db';
import { loggedTransaction } from '../../../db/oplog';
import { UserError } from '../../sessions/data';
import { reportForProposal } from '../../reports/data';

/** Reads and writes of proposals through the repositories; the rules are in shared/proposals. */

export { UserError };

const now = () => localDateTime(new Date());

export async function getProposal(id: string): Promise<Proposal | undefined> {
  const p = await repos.proposals.get(id);
  return p ? normaliseProposal(p) : undefined;
}

export async function allProposals(): Promise<Proposal[]> {
  return (await repos.proposals.all()).map(normaliseProposal);
}

/** The children of a proposal are one key range of each table (db/schema.ts v7). */
type ChildRepo = typeof repos.proposalRevisions | typeof repos.proposalCoSigners | typeof repos.proposalSteps;
function children<T>(repo: ChildRepo, proposalId: string): Promise<T[]> {
  return repo.read.where(':id').startsWith(childPrefix(proposalId)).toArray() as unknown as Promise<T[]>;
}

export async function revisionsOf(proposalId: string): Promise<ProposalRevision[]> {
  return (await children<ProposalRevision>(repos.proposalRevisions, proposalId)).filter((r) => r.deleted === 0);
}

export async function coSignersOf(proposalId: string): Promise<CoSignature[]> {
  return (await children<CoSignature>(repos.proposalCoSigners, proposalId)).filter((r) => r.deleted === 0);
}

export async function stepsOf(proposalId: string): Promise<ProposalStep[]> {
  const steps = (await children<ProposalStep>(repos.proposalSteps, proposalId)).filter((r) => r.deleted === 0);
  return steps.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
}

/** A new draft (at the office or HQ) and its first revision, in one transaction. */
export async function createProposal(draft: DraftFields, by: string, year = new Date().getFullYear()): Promise<Proposal> {
  return loggedTransaction(db, ['proposals', 'proposalRevisions'], async () => {
    const at = now();
    const state = initialState(seqKeyOf(draft.plenary, year));
    // The HQ-only fields are left out: an office's bundle must never carry them (shared/sync/policy.ts).
    const fields = Object.fromEntries(Object.entries({ ...state, ...draft, year, savedAt: at }).filter(([k]) => !(PROPOSAL_HQ_FIELDS as readonly string[]).includes(k)));
    const p = await repos.proposals.create(fields as Fields<StoredProposal>);
    await repos.proposalRevisions.create({ ...draftOf(draft), proposalId: p.id, at, by, reason: 'create', restoredFrom: '', office: p.office });
    return normaliseProposal(p);
  });
}

/** Editable while a draft (a proposal returned for revision is a draft again). */
export function editable(p: Pick<Proposal, 'status'>): boolean {
  return p.status === 'draft';
}

/**
 * Save the draft: the proposal's fields and a revision with the same
 * snapshot, in one transaction. Saving what is already saved writes nothing
 * and returns null.
 */
export async function saveDraft(id: string, draft: DraftFields, by: string, o: { reason?: 'save' | 'restore'; restoredFrom?: string } = {}): Promise<ProposalRevision | null> {
  return loggedTransaction(db, ['proposals', 'proposalRevisions'], async () => {
    const p = await repos.proposals.get(id);
    if (!p || p.deleted) throw new UserError('找不到这件提案');
    if (!editable(p)) throw new UserError('提案已提交，不能再修改；如需修改请由区政协退回修改');
    const snap = draftOf(draft);
    if (o.reason !== 'restore' && sameDraft(draftOf(p), snap)) return null;
    const at = now();
    const seqKey = seqKeyOf(snap.plenary, p.year);
    await repos.proposals.update(id, { ...snap, savedAt: at, ...(p.number ? {} : { seqKey }) });
    return repos.proposalRevisions.create({ ...snap, proposalId: id, at, by, reason: o.reason ?? 'save', restoredFrom: o.restoredFrom ?? '', office: p.office });
  });
}

/** Restore a revision: its text becomes the draft, saved as a new revision. */
export async function restoreRevision(proposalId: string, revisionId: string, by: string): Promise<ProposalRevision> {
  const rev = await repos.proposalRevisions.get(revisionId);
  if (!rev || rev.proposalId !== proposalId) throw new UserError('找不到要恢复的版本');
  return (await saveDraft(proposalId, draftOf(rev), by, { reason: 'restore', restoredFrom: revisionId }))!;
}

/** Every number ever issued in a sequence: from all proposals, deleted ones too (a number stays with its proposal). */
async function issuedNumbers(seqKey: string): Promise<Set<number>> {
  const set = new Set<number>();
  await repos.proposals.read.each((p) => {
    if (p.seqKey === seqKey && p.number) set.add(p.number);
  });
  return set;
}

export function bodyOf(p: Pick<DraftFields, 'situation' | 'analysis' | 'measures'>): string {
  return `${p.situation}${p.analysis}${p.measures}`;
}

/**
 * Make a workflow move: the proposal's new state and the step (who, when,
 * why), in one transaction; a refusal throws its reason. A reply to a
 * proposal others were merged into is a reply to each of them too.
 */
export async function applyMove(id: string, m: Move, actor: Actor): Promise<Proposal> {
  return loggedTransaction(db, ['proposals', 'proposalSteps', 'proposalCoSigners', 'reports', 'members'], async () => {
    const stored = await repos.proposals.get(id);
    if (!stored || stored.deleted) throw new UserError('找不到这件提案');
    const p = normaliseProposal(stored);
    const ctx: MoveContext = {
      actor,
      now: now(),
      proposal: { kind: p.kind, leadMemberId: p.leadMemberId, proposerName: p.proposerName, title: p.title, body: bodyOf(p) },
      coSigners: m.type === 'submit' ? (await coSignersOf(id)).map((c) => c.state) : undefined,
      issued: m.type === 'accept' ? await issuedNumbers(p.seqKey) : undefined,
    };
    const r = move(p, m, ctx);
    if (!r.ok) throw new UserError(r.message);
    const updated = await repos.proposals.update(id, r.changes as Partial<Fields<StoredProposal>>);
    await repos.proposalSteps.create({ ...r.step, proposalId: id, office: p.office });
    // 转社情民意: the proposal becomes a report of its office, linked to it (features/reports).
    if (m.type === 'reject' && m.transfer === 'publicOpinion') await reportForProposal(updated, await coSignersOf(id));
    if (m.type === 'reply' && p.status !== 'merged') {
      const merged = (await repos.proposals.read.filter((x) => x.deleted === 0 && x.mergedInto === id && x.status === 'merged').toArray()).map(normaliseProposal);
      for (const child of merged) await applyMove(child.id, m, actor);
    }
    return normaliseProposal(updated);
  });
}

/** Remove a draft that was never submitted (a submitted one is withdrawn, 撤案, instead). */
export async function deleteDraft(id: string): Promise<void> {
  const p = await repos.proposals.get(id);
  if (!p || p.deleted) return;
  if (p.status !== 'draft' || p.submittedAt) throw new UserError('提交过的提案不能删除，只能撤案');
  await repos.proposals.remove(id);
}
