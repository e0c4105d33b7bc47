import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  childId, normaliseProposal, PROPOSAL_HQ_FIELDS, type HandlingState, type ProposalStep, type Reply, type StoredProposal,
} from '../../../shared/domain/proposal';
import { newId } from '../../../shared/ids';
import { initialState, move, type Actor, type Move } from '../../../shared/proposals/workflow';
import { allOps } from '../../../renderer/src/db/oplog-store';
import { carry, TestNode, tmp } from './harness';
import { craft, stateOf } from './craft';

afterEach(() => vi.restoreAllMocks());

const HQ: Actor = { name: '区政协提案委员会', role: 'hq' };
const OFFICE: Actor = { name: '西林街道政协工委', role: 'office' };

/** A draft as the office's drafting screen creates it: no HQ-only field. */
function draft(): Record<string, unknown> {
  const state = initialState('十届四次会议');
  const fields: Record<string, unknown> = {
    ...state, title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'individual', leadMemberId: 'm1', proposerName: '', category: '社会建设',
    situation: '老旧小区多层住宅无电梯。', analysis: '审批流程长。', measures: '一是设立一站式审批窗口。', contact: '', year: 2026, savedAt: '2026-01-05T09:00:00',
  };
  for (const k of PROPOSAL_HQ_FIELDS) delete fields[k];
  return fields;
}

/** Make a move at a node as the feature does: the proposal's changes and the step, under the proposal's office. */
async function act(n: TestNode, id: string, m: Move, actor: Actor, issued = new Set<number>()): Promise<HandlingState> {
  const p = normaliseProposal((await n.db.synced<StoredProposal>('proposals').get(id))!);
  const r = move(p, m, { actor, now: '2026-01-10T10:00:00', proposal: { kind: p.kind, leadMemberId: p.leadMemberId, proposerName: '', title: p.title, body: p.measures }, coSigners: [], issued });
  if (!r.ok) throw new Error(r.message);
  await n.repo<StoredProposal>('proposals').update(id, r.changes as never);
  await n.repo<ProposalStep>('proposalSteps').createWithIds([{ id: childId(id, newId()), fields: { ...r.step, proposalId: id, office: p.office } as never }]);
  return { ...p, ...r.changes };
}

async function pair() {
  const office = await TestNode.create('ZL-XL');
  const hq = await TestNode.create('HQ', 'hq');
  await carry(office, hq);
  await carry(hq, office);
  return { office, hq };
}

describe('a proposal travels office → HQ → office', () => {
  it('the office drafts and submits; HQ accepts, assigns and replies with a document; the office sees the reply and records the verdict, which reaches HQ', async () => {
    const { office, hq } = await pair();
    const p = await office.repo<StoredProposal>('proposals').create(draft() as never);
    await act(office, p.id, { type: 'submit' }, OFFICE);
    // The office's own ops never carry an HQ-only field.
    const officeOps = (await allOps(office.db)).filter((o) => o.table === 'proposals');
    for (const o of officeOps) for (const k of PROPOSAL_HQ_FIELDS) expect(o.fields).not.toHaveProperty(k);

    expect(await carry(office, hq)).toMatchObject({ status: 'imported' });
    expect(await hq.db.synced<StoredProposal>('proposals').get(p.id)).toMatchObject({ status: 'submitted', office: office.office });

    await act(hq, p.id, { type: 'accept', opinion: '同意立案' }, HQ);
    await act(hq, p.id, { type: 'assign', mode: 'lead', lead: '区住房和城乡建设局', units: ['区财政局'] }, HQ);
    const bytes = new TextEncoder().encode('答复件：关于老旧小区加装电梯的建议的答复');
    const filePath = `proposals/${p.id}/f1/答复件.txt`;
    await hq.call('files.write', { ref: { area: 'attachments', path: filePath }, data: bytes });
    const reply: Reply = { replyClass: 'B', unit: '区住房和城乡建设局', date: '2026-03-01', summary: '已列入明年计划', contact: '张科长 86001234', fileName: '答复件.txt', path: filePath, size: bytes.byteLength };
    await act(hq, p.id, { type: 'reply', reply }, HQ);

    expect(await carry(hq, office)).toMatchObject({ status: 'imported' });
    const atOffice = normaliseProposal((await office.db.synced<StoredProposal>('proposals').get(p.id))!);
    expect(atOffice).toMatchObject({ status: 'replied', number: 1, review: { opinion: '同意立案' }, assignment: { lead: '区住房和城乡建设局' }, replies: [reply] });
    // The reply document came with the bundle.
    expect(new Uint8Array(readFileSync(path.join(office.dataDir, 'attachments', filePath)))).toEqual(bytes);
    // Every step HQ made is in the office's log of the proposal.
    const steps = await office.db.synced<ProposalStep>('proposalSteps').where(':id').startsWith(`${p.id}~`).toArray();
    expect(steps.map((s) => s.move).sort()).toEqual(['accept', 'assign', 'reply', 'submit']);

    await act(office, p.id, { type: 'verdict', satisfaction: 'satisfied', note: '' }, OFFICE);
    expect(await carry(office, hq)).toMatchObject({ status: 'imported' });
    expect(normaliseProposal((await hq.db.synced<StoredProposal>('proposals').get(p.id))!)).toMatchObject({ status: 'satisfied', verdicts: [{ satisfaction: 'satisfied' }] });
  });

  it('the office and HQ moving the status at once keep the loser in the conflicts list', async () => {
    const { office, hq } = await pair();
    const p = await office.repo<StoredProposal>('proposals').create(draft() as never);
    await act(office, p.id, { type: 'submit' }, OFFICE);
    await carry(office, hq);
    await carry(hq, office);
    // Neither has seen the other's move: the office withdraws, HQ (a second later) accepts.
    await act(office, p.id, { type: 'withdraw', why: '委员撤回' }, OFFICE);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
    await act(hq, p.id, { type: 'accept', opinion: '' }, HQ);
    vi.restoreAllMocks();
    await carry(office, hq);
    expect((await hq.db.synced<StoredProposal>('proposals').get(p.id))?.status).toBe('accepted');
    const conflicts = await hq.db.conflicts.toArray();
    expect(conflicts).toEqual([expect.objectContaining({ table: 'proposals', rowId: p.id, field: 'status', kept: 'accepted', lost: 'withdrawn' })]);
  });

  it('a stick carries the office\'s revisions and co-signatures to HQ', async () => {
    const { office, hq } = await pair();
    const p = await office.repo<StoredProposal>('proposals').create({ ...draft(), kind: 'joint' } as never);
    await office.repo('proposalRevisions').createWithIds([{ id: childId(p.id, newId()), fields: { proposalId: p.id, title: 'x', at: '2026-01-05T09:00:00', by: '工委', reason: 'save', restoredFrom: '' } as never }]);
    await office.repo('proposalCoSigners').createWithIds([{ id: childId(p.id, 'm2'), fields: { proposalId: p.id, memberId: 'm2', state: 'signed', invitedOn: '2026-01-05', answeredOn: '2026-01-06' } as never }]);
    const stick = tmp('cd-stick-');
    const res = await office.exportTo(stick);
    expect(res.counts).toMatchObject({ proposals: 1, proposalRevisions: 1, proposalCoSigners: 1 });
    await hq.importFrom(stick, res.fileName);
    expect(await hq.db.synced('proposalCoSigners').get(childId(p.id, 'm2'))).toMatchObject({ state: 'signed', office: office.office });
  });
});

describe('a proposal\'s handling steps: the office writes its own, HQ\'s are HQ\'s', () => {
  const step = (p: { id: string }, office: string, fields: Record<string, unknown>) => ({
    proposalId: p.id, from: 'submitted', to: 'accepted', at: '2026-01-10T10:00:00', by: '区政协提案委员会', why: '', number: 0, seqKey: '十届四次会议', office, deleted: 0, ...fields,
  });

  it('an office\'s bundle making a step of HQ\'s (立案 with a number, 交办, 答复) is refused whole', async () => {
    const { office, hq } = await pair();
    const p = await office.repo<StoredProposal>('proposals').create(draft() as never);
    await act(office, p.id, { type: 'submit' }, OFFICE);
    expect(await carry(office, hq)).toMatchObject({ status: 'imported' });
    const before = await stateOf(hq);
    const forged = [
      { move: 'accept', role: 'hq', number: 9 },
      { move: 'assign', role: 'office' },
      { move: 'submit', role: 'office', number: 3 },
      { move: 'submit', role: 'hq' },
    ];
    for (const f of forged) {
      const bad = await craft(office, hq, [{ origin: office.node, table: 'proposalSteps', id: childId(p.id, newId()), fields: step(p, office.office, f) }]);
      await expect(hq.importFrom(bad.stick, bad.fileName), JSON.stringify(f)).rejects.toThrow(/超出了它的权限：「提案办理过程」里.*只能由区政协填写/);
      expect(await stateOf(hq)).toEqual(before);
    }
  });

  it('an office may not change or delete a step HQ made on its proposal, and its own moves still travel', async () => {
    const { office, hq } = await pair();
    const p = await office.repo<StoredProposal>('proposals').create(draft() as never);
    await act(office, p.id, { type: 'submit' }, OFFICE);
    await carry(office, hq);
    await act(hq, p.id, { type: 'accept', opinion: '同意立案' }, HQ);
    expect(await carry(hq, office)).toMatchObject({ status: 'imported' });
    const accepted = (await office.db.synced<ProposalStep>('proposalSteps').where(':id').startsWith(`${p.id}~`).toArray()).find((x) => x.move === 'accept')!;
    expect(accepted).toMatchObject({ role: 'hq', number: 1, office: office.office });
    const before = await stateOf(hq);
    for (const fields of [{ why: '工委改的' }, { deleted: 1 }]) {
      const bad = await craft(office, hq, [{ origin: office.node, table: 'proposalSteps', id: accepted.id, fields }]);
      await expect(hq.importFrom(bad.stick, bad.fileName)).rejects.toThrow(/超出了它的权限：修改了区政协的「提案办理过程」记录：“立案”这一步/);
      expect(await stateOf(hq)).toEqual(before);
    }
    // At the office's keyboard the same write is refused, saying why.
    await expect(office.repo<ProposalStep>('proposalSteps').update(accepted.id, { why: '工委改的' })).rejects.toThrow(/不能保存：修改了区政协的「提案办理过程」记录：“立案”这一步/);
    // The office's own step (撤案) is its to write, and travels.
    await act(office, p.id, { type: 'withdraw', why: '委员撤回' }, OFFICE);
    expect(await carry(office, hq)).toMatchObject({ status: 'imported' });
    const atHq = await hq.db.synced<ProposalStep>('proposalSteps').where(':id').startsWith(`${p.id}~`).toArray();
    expect(atHq.map((x) => x.move).sort()).toEqual(['accept', 'submit', 'withdraw']);
  });
});
