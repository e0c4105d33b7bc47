import { localDate } from '../../../../../shared/attendance/time';
import type { Fields } from '../../../../../shared/sync/record';
import { childId, type CoSignature } from '../../../../../shared/domain/proposal';
import { answer, canInvite } from '../../../../../shared/proposals/cosign';
import { db, repos } from '../../../db';
import { loggedTransaction } from '../../../db/oplog';
import { editable, getProposal, UserError } from './proposals';

/** Invite members to co-sign; a member who declined may be invited again. */
export async function inviteCoSigners(proposalId: string, memberIds: readonly string[], today = localDate(new Date())): Promise<void> {
  await loggedTransaction(db, ['proposals', 'proposalCoSigners'], async () => {
    const p = await getProposal(proposalId);
    if (!p) throw new UserError('找不到这件提案');
    for (const memberId of memberIds) {
      const cur = await repos.proposalCoSigners.get(childId(proposalId, memberId));
      const why = canInvite({ kind: p.kind, leadMemberId: p.leadMemberId, memberId, current: cur && !cur.deleted ? cur.state : undefined, editable: editable(p) });
      if (why) throw new UserError(why);
      const fields = { proposalId, memberId, state: 'invited' as const, invitedOn: today, answeredOn: '', office: p.office };
      if (cur) await repos.proposalCoSigners.update(cur.id, { ...fields, deleted: 0 } as Partial<Fields<CoSignature>>);
      else await repos.proposalCoSigners.create(fields);
    }
  });
}

export async function answerCoSign(proposalId: string, memberId: string, to: 'signed' | 'declined', date: string): Promise<CoSignature> {
  return loggedTransaction(db, ['proposals', 'proposalCoSigners'], async () => {
    const p = await getProposal(proposalId);
    if (!p) throw new UserError('找不到这件提案');
    const cur = await repos.proposalCoSigners.get(childId(proposalId, memberId));
    const r = answer(cur && !cur.deleted ? cur.state : undefined, to, date, editable(p));
    if (!r.ok) throw new UserError(r.message);
    return repos.proposalCoSigners.update(cur!.id, { state: r.state, answeredOn: r.answeredOn });
  });
}

/** Withdraw an invitation (while the proposal is a draft). */
export async function removeCoSigner(proposalId: string, memberId: string): Promise<void> {
  const p = await getProposal(proposalId);
  if (!p || !editable(p)) throw new UserError('提案已提交，联名情况不能再改');
  await repos.proposalCoSigners.remove(childId(proposalId, memberId));
}

/** Proposals a member co-signed (any answer), for the member's page. */
export async function coSignedBy(memberId: string): Promise<CoSignature[]> {
  return (await repos.proposalCoSigners.read.where('memberId').equals(memberId).toArray()).filter((c) => c.deleted === 0);
}
