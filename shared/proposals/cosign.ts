import type { CoSignState, ProposerKind } from '../domain/proposal';

/**
 * 联名 rules: who may be invited, and how an invitation is answered. Each
 * co-signature is its own record, so two answers at two nodes never clobber
 * a list (db: proposalCoSigners, id = proposal~member).
 */
export type CoSignOutcome =
  | { ok: true; state: CoSignState; answeredOn: string; message: string }
  | { ok: false; message: string };

export function canInvite(o: { kind: ProposerKind; leadMemberId: string; memberId: string; current: CoSignState | undefined; editable: boolean }): string | null {
  if (!o.editable) return '提案已提交，不能再邀请联名人';
  if (o.kind !== 'joint') return '只有“委员联名”提案才有联名人：请先把提案者类别改为委员联名';
  if (o.memberId === o.leadMemberId) return '第一提案人不能同时是联名人';
  if (o.current === 'invited') return '已经邀请过这位委员，等待其答复';
  if (o.current === 'signed') return '这位委员已经签名';
  return null;
}

/** A member answers: signed or declined, dated; a decline may later turn into a signature (or back) while editable. */
export function answer(current: CoSignState | undefined, to: 'signed' | 'declined', date: string, editable: boolean): CoSignOutcome {
  if (!current) return { ok: false, message: '这位委员没有被邀请联名' };
  if (!editable) return { ok: false, message: '提案已提交，联名情况不能再改' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, message: '请填写日期，例如 2026-01-10' };
  if (current === to) return { ok: false, message: to === 'signed' ? '已经签名' : '已经谢绝' };
  return { ok: true, state: to, answeredOn: date, message: to === 'signed' ? '已签名' : '已谢绝' };
}

/** How many have signed, for the list and the print: "2 人签名，1 人谢绝，1 人待答复". */
export function coSignSummary(states: readonly CoSignState[]): string {
  const n = (s: CoSignState) => states.filter((x) => x === s).length;
  return `${n('signed')} 人签名，${n('declined')} 人谢绝，${n('invited')} 人待答复`;
}
