import type { Member } from '../domain/member';
import { COSIGN_LABELS, numberText, PROPOSER_KIND_LABELS, REPLY_CLASS_LABELS, type CoSignature, type Proposal } from '../domain/proposal';
import type { ProposalSheetData, ReplySheetData } from '../print/proposal';
import { proposerText, unitsText } from './summary';

/** A member as the 提案表 prints them; `address` (联系地址) is printed when the member record has one. */
type Person = Pick<Member, 'name' | 'sector' | 'unitAndPost' | 'phone'> & { address?: string };

export function plenaryHeader(p: Pick<Proposal, 'plenary' | 'year'>): string {
  return p.plenary || `${p.year}年平时提案`;
}

/** The 提案表's data: the signed co-signers only (an invitation is not a signature). */
export function proposalSheet(p: Proposal, members: ReadonlyMap<string, Person>, coSigners: readonly CoSignature[]): ProposalSheetData {
  const lead = p.leadMemberId ? members.get(p.leadMemberId) : undefined;
  const individual = p.kind === 'individual' || p.kind === 'joint';
  return {
    plenary: plenaryHeader(p),
    numberText: numberText(p),
    category: p.category,
    title: p.title.trim() || '（未填案由）',
    kindLabel: PROPOSER_KIND_LABELS[p.kind],
    proposer: individual && lead
      ? { name: lead.name, sector: lead.sector, unit: lead.unitAndPost, address: lead.address ?? '', phone: lead.phone }
      : { name: proposerText(p, (id) => members.get(id)?.name), sector: '', unit: '', address: '', phone: p.contact },
    coSigners: coSigners.filter((c) => c.state === 'signed').map((c) => members.get(c.memberId)?.name ?? '（未知委员）'),
    situation: p.situation,
    analysis: p.analysis,
    measures: p.measures,
    review: p.review?.opinion ?? '',
    receivedAt: p.submittedAt ? p.submittedAt.replace('T', ' ').slice(0, 16) : '',
  };
}

export function replySheet(p: Proposal, round: number, nameOf: (id: string) => string | undefined): ReplySheetData {
  const r = p.replies[round - 1];
  return {
    title: p.title, numberText: numberText(p), proposer: proposerText(p, nameOf), units: unitsText(p) || r.unit,
    replyClass: REPLY_CLASS_LABELS[r.replyClass], date: r.date, summary: r.summary, contact: r.contact, round,
  };
}

export function coSignerLine(c: CoSignature, name: string): string {
  return `${name}　${COSIGN_LABELS[c.state]}${c.answeredOn ? `（${c.answeredOn}）` : `（邀请于 ${c.invitedOn}）`}`;
}
