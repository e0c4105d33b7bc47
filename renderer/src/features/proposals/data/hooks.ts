import { useEffect, useMemo, useState } from 'react';
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

/**
 * Every proposal on file in the similarity index (shared/proposals/similar.ts),
 * kept between pages and brought up to date by what changed (_rev), in chunks
 * that yield to the page: indexing 8,000 proposals at HQ takes seconds, and
 * typing must not wait for it. Undefined until the first pass is done.
 */
const cache = { index: new ProposalIndex(), revs: new Map<string, string>() };

export function useProposalIndex(list: Proposal[] | undefined): ProposalIndex | undefined {
  const [ready, setReady] = useState<ProposalIndex | undefined>(undefined);
  useEffect(() => {
    if (!list) return;
    let stopped = false;
    const todo = list.filter((p) => cache.revs.get(p.id) !== p._rev);
    const ids = new Set(list.map((p) => p.id));
    for (const id of cache.revs.keys()) if (!ids.has(id)) { cache.index.remove(id); cache.revs.delete(id); }
    const step = (from: number) => {
      if (stopped) return;
      for (const p of todo.slice(from, from + 400)) {
        if (p.status === 'draft') cache.index.remove(p.id);
        else cache.index.set({ ...p, numberText: numberText(p) });
        cache.revs.set(p.id, p._rev);
      }
      if (from + 400 < todo.length) setTimeout(() => step(from + 400), 0);
      else setReady(cache.index);
    };
    step(0);
    return () => { stopped = true; };
  }, [list]);
  return ready;
}
