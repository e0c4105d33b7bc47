import { describe, expect, it } from 'vitest';
import { answer, canInvite, coSignSummary } from './cosign';

const base = { kind: 'joint' as const, leadMemberId: 'lead', memberId: 'm2', current: undefined, editable: true };

describe('co-signer rules', () => {
  it('invites members of a joint proposal, not the lead, not twice', () => {
    expect(canInvite(base)).toBeNull();
    expect(canInvite({ ...base, memberId: 'lead' })).toBe('第一提案人不能同时是联名人');
    expect(canInvite({ ...base, current: 'invited' })).toContain('已经邀请过');
    expect(canInvite({ ...base, current: 'declined' })).toBeNull();
    expect(canInvite({ ...base, kind: 'individual' })).toContain('委员联名');
    expect(canInvite({ ...base, editable: false })).toContain('已提交');
  });

  it('records signed or declined with the date; not after submission', () => {
    expect(answer('invited', 'signed', '2026-01-12', true)).toEqual({ ok: true, state: 'signed', answeredOn: '2026-01-12', message: '已签名' });
    expect(answer('signed', 'declined', '2026-01-13', true)).toMatchObject({ ok: true, state: 'declined' });
    expect(answer(undefined, 'signed', '2026-01-12', true)).toMatchObject({ ok: false, message: '这位委员没有被邀请联名' });
    expect(answer('invited', 'signed', '1月12日', true)).toMatchObject({ ok: false });
    expect(answer('invited', 'signed', '2026-01-12', false)).toMatchObject({ ok: false, message: '提案已提交，联名情况不能再改' });
  });

  it('summarises', () => {
    expect(coSignSummary(['signed', 'signed', 'declined', 'invited'])).toBe('2 人签名，1 人谢绝，1 人待答复');
  });
});
