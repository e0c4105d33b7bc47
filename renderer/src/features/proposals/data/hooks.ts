import { useMemo } from 'react';
import { ProposalIndex } from '../../../../../shared/proposals/similar';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../../../shared/domain/member';
import { numberText, type CoSignature, type Proposal, type ProposalRevision, type ProposalStep } from '../../../../../shared/domain/proposal';
import { awaitsVerdict, isOverdue } from '../../../../../shared/proposals/workflow';
import { localDate } from '../../../../../shared/attendance/time';
import { repos } from '../../../db';
import { allProposals, coSignersOf, getProposal, revisionsOf, stepsOf } from './proposals';

export function useMembers(): { members: Member[] | undefined; byId: Map<string, Member> } {
  const members = useLiveQuery(() => repos.members.read.orderBy('sortKey').filter((m) => m.deleted === 0).toArray(), []);
  const byId = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  return { members, byId };
}

export function useProposals(): Proposal[] | undefined {
  return useLiveQuery(allProposals, []);
}

export interface ProposalView {
  proposal: Proposal | null | undefined;
  revisions: ProposalRevision[] | undefined;
  coSigners: CoSignature[] | undefined;
  steps: ProposalStep[] | undefined;
}

/** A proposal with its revisions, co-signers and steps, live. `proposal` is null when it does not exist. */
export function useProposalView(id: string | undefined): ProposalView {
  const proposal = useLiveQuery(async () => (id ? ((await getProposal(id)) ?? null) : null), [id]);
  const revisions = useLiveQuery(() => (id ? revisionsOf(id) : Promise.resolve([])), [id]);
  const coSigners = useLiveQuery(() => (id ? coSignersOf(id) : Promise.resolve([])), [id]);
  const steps = useLiveQuery(() => (id ? stepsOf(id) : Promise.resolve([])), [id]);
  return { proposal: proposal && proposal.deleted ? null : proposal, revisions, coSigners, steps };
}

/** Proposals needing attention: handling past its deadline, replies waiting for the member's verdict. */
export function attention(list: readonly Proposal[], today = localDate(new Date())): { overdue: Proposal[]; awaiting: Proposal[] } {
  return { overdue: list.filter((p) => isOverdue(p, today)), awaiting: list.filter((p) => awaitsVerdict(p)) };
}

/** Every proposal on file in the similarity index (shared/proposals/similar.ts), rebuilt when the list changes. */
export function useProposalIndex(list: Proposal[] | undefined): ProposalIndex | undefined {
  return useMemo(() => {
    if (!list) return undefined;
    const index = new ProposalIndex();
    for (const p of list) if (p.status !== 'draft') index.set({ ...p, numberText: numberText(p) });
    return index;
  }, [list]);
}
