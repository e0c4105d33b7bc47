import type { CoSignature, Proposal } from '../domain/proposal';
import type { Report, Reporter } from '../domain/report';
import type { Fields } from '../sync/record';

/**
 * A proposal not accepted and turned 转社情民意 (shared/proposals/workflow.ts,
 * reject with transfer publicOpinion) becomes a report of the proposal's
 * office: its three parts, its lead and signed co-signers as reporters (or the
 * proposing body), linked to its origin. Made without HQ's fields (an
 * office's bundle never carries them).
 */
export function reportFromProposal(
  p: Pick<Proposal, 'id' | 'office' | 'title' | 'leadMemberId' | 'proposerName' | 'situation' | 'analysis' | 'measures' | 'category'>,
  coSigners: readonly Pick<CoSignature, 'memberId' | 'state'>[],
  names: ReadonlyMap<string, string>,
  today: string,
): Fields<Report> {
  const reporters: Reporter[] = [];
  const ids = [p.leadMemberId, ...coSigners.filter((c) => c.state === 'signed').map((c) => c.memberId)].filter((id, i, a) => id && a.indexOf(id) === i);
  for (const id of ids) reporters.push({ kind: 'member', memberId: id, name: names.get(id) ?? '（名册中已无此人）' });
  if (!reporters.length && p.proposerName) reporters.push({ kind: 'unit', name: p.proposerName });
  return {
    office: p.office,
    title: p.title.replace(/的建议$/, '的情况反映') || p.title,
    reporters,
    date: today,
    situation: p.situation,
    cause: p.analysis,
    advice: p.measures,
    category: '其他',
    attachments: [],
    origin: { table: 'proposals', id: p.id },
  };
}
