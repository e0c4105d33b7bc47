import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftFields } from '../../../../../shared/domain/proposal';
import { PROPOSAL_HQ_FIELDS } from '../../../../../shared/domain/proposal';
import { allOps } from '../../../db/oplog-store';
import { db, repos } from '../../../db';
import { setIdentity } from '../../../db/identity';
import { answerCoSign, coSignedBy, inviteCoSigners } from './cosigners';
import { applyMove, coSignersOf, createProposal, getProposal, restoreRevision, revisionsOf, saveDraft, stepsOf } from './proposals';

const DRAFT: DraftFields = {
  title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'joint', leadMemberId: 'lead', proposerName: '', category: '社会建设',
  situation: '老旧小区多层住宅无电梯。', analysis: '审批流程长。', measures: '一是设立一站式审批窗口。', contact: '',
};
const HQ = { name: '提案委', role: 'hq' as const };
const OFFICE = { name: '工委', role: 'office' as const };

beforeAll(() => setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01' }));

describe('drafting through the repositories', () => {
  it('each save is a revision; the same text again writes nothing; a restore is a new revision with the old text', async () => {
    const p = await createProposal(DRAFT, '工委', 2026);
    expect(p).toMatchObject({ status: 'draft', seqKey: '十届四次会议', number: 0, replies: [] });
    // The office's create carries no HQ-only field.
    const created = (await allOps(db)).filter((o) => o.id === p.id);
    for (const k of PROPOSAL_HQ_FIELDS) expect(created[0].fields).not.toHaveProperty(k);
    await saveDraft(p.id, { ...DRAFT, situation: `${DRAFT.situation}六十岁以上居民占三成。` }, '工委');
    expect(await saveDraft(p.id, { ...DRAFT, situation: `${DRAFT.situation}六十岁以上居民占三成。` }, '工委')).toBeNull();
    const revs = await revisionsOf(p.id);
    expect(revs.map((r) => r.reason)).toEqual(['create', 'save']);
    const first = revs.find((r) => r.reason === 'create')!;
    const restored = await restoreRevision(p.id, first.id, '工委');
    expect(restored).toMatchObject({ reason: 'restore', restoredFrom: first.id, situation: DRAFT.situation });
    expect((await getProposal(p.id))?.situation).toBe(DRAFT.situation);
    expect(await revisionsOf(p.id)).toHaveLength(3);
  });

  it('a joint proposal waits for a signature; submitted, it can no longer be edited; HQ numbers it and the steps are logged', async () => {
    const p = await createProposal(DRAFT, '工委', 2026);
    await inviteCoSigners(p.id, ['m2']);
    await expect(inviteCoSigners(p.id, ['lead'])).rejects.toThrow('第一提案人不能同时是联名人');
    await expect(applyMove(p.id, { type: 'submit' }, OFFICE)).rejects.toThrow('联名提案还没有联名人签名');
    await answerCoSign(p.id, 'm2', 'signed', '2026-01-06');
    expect((await coSignersOf(p.id))[0]).toMatchObject({ state: 'signed', answeredOn: '2026-01-06' });
    expect((await coSignedBy('m2')).map((c) => c.proposalId)).toContain(p.id);
    await applyMove(p.id, { type: 'submit' }, OFFICE);
    await expect(saveDraft(p.id, { ...DRAFT, title: '改' }, '工委')).rejects.toThrow('提案已提交，不能再修改');
    await expect(applyMove(p.id, { type: 'accept', opinion: '' }, OFFICE)).rejects.toThrow('工委不能操作');
    const accepted = await applyMove(p.id, { type: 'accept', opinion: '同意立案' }, HQ);
    const earlier = (await repos.proposals.all()).filter((x) => x.seqKey === '十届四次会议' && x.number).length;
    expect(accepted.number).toBe(earlier);
    expect((await stepsOf(p.id)).map((s) => [s.move, s.by, s.office])).toEqual([['submit', '工委', 'ZL-01'], ['accept', '提案委', 'ZL-01']]);
  });

  it('a reply to a proposal others were merged into replies to each of them', async () => {
    const host = await createProposal({ ...DRAFT, kind: 'individual' }, '工委', 2026);
    const other = await createProposal({ ...DRAFT, kind: 'individual', title: '关于加快加装电梯的建议' }, '工委', 2026);
    for (const id of [host.id, other.id]) await applyMove(id, { type: 'submit' }, OFFICE);
    await applyMove(host.id, { type: 'accept', opinion: '' }, HQ);
    await applyMove(host.id, { type: 'assign', mode: 'lead', lead: '区住房和城乡建设局', units: [] }, HQ);
    await applyMove(other.id, { type: 'merge', into: host.id, intoStatus: 'handling', intoTitle: host.title, why: '' }, HQ);
    const reply = { replyClass: 'A' as const, unit: '区住房和城乡建设局', date: '2026-03-01', summary: '已解决', contact: '', fileName: '', path: '', size: 0 };
    await applyMove(host.id, { type: 'reply', reply }, HQ);
    expect(await getProposal(other.id)).toMatchObject({ status: 'replied', replies: [reply], mergedInto: host.id });
  });
});
