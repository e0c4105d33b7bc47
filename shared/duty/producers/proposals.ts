import {
  REPLY_CLASS_LABELS, SATISFACTION_LABELS, normaliseProposal, type CoSignature, type StoredProposal,
} from '../../domain/proposal';
import { ROLE_LABELS, type DutyItem } from '../items';

const NOT_SUBMITTED = new Set(['draft', 'withdrawn']);
const ACCEPTED = new Set(['accepted', 'handling', 'replied', 'satisfied', 'closed']);

/** What became of an accepted proposal, for the label: （A类答复，满意）. */
function outcomeText(p: ReturnType<typeof normaliseProposal>): string {
  const reply = p.replies[p.replies.length - 1];
  const verdict = p.verdicts[p.verdicts.length - 1];
  const parts = [reply ? `${REPLY_CLASS_LABELS[reply.replyClass].slice(0, 2)}答复` : '', verdict ? SATISFACTION_LABELS[verdict.satisfaction] : ''].filter(Boolean);
  return parts.length ? `，${parts.join('，')}` : '';
}

/**
 * 提案: the lead (第一提案人) and each co-signer who signed, for submitting,
 * 立案, 重点 and 优秀 (the rule gives lead and co-signers their points). A
 * withdrawn proposal or a draft counts for nothing; a 并案 one counts as submitted.
 */
export function proposalItems(proposals: readonly StoredProposal[], coSigners: readonly CoSignature[]): DutyItem[] {
  const signed = new Map<string, string[]>();
  for (const c of coSigners) {
    if (c.state !== 'signed') continue;
    let list = signed.get(c.proposalId);
    if (!list) signed.set(c.proposalId, (list = []));
    list.push(c.memberId);
  }
  const out: DutyItem[] = [];
  for (const stored of proposals) {
    if (NOT_SUBMITTED.has(stored.status)) continue;
    const p = normaliseProposal(stored);
    const date = p.submittedAt.slice(0, 10) || `${p.year}-01-01`;
    const people: Array<{ memberId: string; role: 'lead' | 'co' }> = [
      ...(p.leadMemberId ? [{ memberId: p.leadMemberId, role: 'lead' as const }] : []),
      ...(signed.get(p.id) ?? []).filter((m) => m !== p.leadMemberId).map((memberId) => ({ memberId, role: 'co' as const })),
    ];
    const accepted = p.number > 0 || ACCEPTED.has(p.status);
    const source = { table: 'proposals', id: p.id };
    const name = `提案《${p.title}》`;
    for (const { memberId, role } of people) {
      const who = `（${ROLE_LABELS[role]}）`;
      out.push({ memberId, role, date, source, rule: 'proposal.submitted', label: `提交${name}${who}` });
      if (!accepted) continue;
      out.push({ memberId, role, date, source, rule: 'proposal.accepted', label: `${name}立案${who.slice(0, -1)}${outcomeText(p)}）` });
      if (p.flags.key) out.push({ memberId, role, date, source, rule: 'proposal.key', label: `${name}列为重点提案${who}` });
      if (p.flags.excellent) out.push({ memberId, role, date, source, rule: 'proposal.excellent', label: `${name}评为优秀提案${who}` });
    }
  }
  return out;
}
