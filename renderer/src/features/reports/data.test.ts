import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftFields } from '../../../../shared/domain/proposal';
import { REPORT_HQ_FIELDS } from '../../../../shared/domain/report';
import { allOps } from '../../db/oplog-store';
import { db, repos } from '../../db';
import { setIdentity } from '../../db/identity';
import { answerCoSign, inviteCoSigners } from '../proposals/data/cosigners';
import { applyMove, createProposal } from '../proposals/data/proposals';
import { addAdoption, FieldErrors, saveReport } from './data';

const DRAFT: DraftFields = {
  title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'joint', leadMemberId: 'lead', proposerName: '', category: '社会建设',
  situation: '老旧小区多层住宅无电梯。', analysis: '审批流程长。', measures: '一是设立一站式审批窗口。', contact: '',
};
const input = { title: '关于停车难的情况反映', members: [{ id: 'lead', name: '张三' }], unit: '', date: '2026-03-05', situation: '车位不足。', cause: '规划早。', advice: '建停车库。', category: '城市管理' };

beforeAll(async () => {
  setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01', role: 'office' });
  await repos.members.bulkCreate([{ name: '张三' }, { name: '李四' }].map((m) => ({ ...m, gender: '', ethnicity: '', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '' })) as never);
});

describe('社情民意 through the repositories', () => {
  it('an office saves a report without HQ\'s fields, cannot write an adoption, and a refused form writes nothing', async () => {
    const before = (await allOps(db)).length;
    await expect(saveReport({ ...input, title: '' }, )).rejects.toBeInstanceOf(FieldErrors);
    expect((await allOps(db)).length).toBe(before);
    const { saved } = await saveReport(input);
    const op = (await allOps(db)).find((o) => o.id === saved.id)!;
    for (const f of REPORT_HQ_FIELDS) expect(op.fields).not.toHaveProperty(f);
    await expect(addAdoption(saved.id, { level: '区政协', mode: '单篇采用', issue: '', date: '2026-03-06' }, '工委')).rejects.toThrow(/adoptions.*只能由区政协填写/);
    expect((await repos.reports.get(saved.id))?.adoptions).toBeUndefined();
  });

  it('HQ\'s reject with 转社情民意 makes one report of the proposal\'s office with its lead and signed co-signers, linked to it', async () => {
    const [lead, co] = await repos.members.all();
    const p = await createProposal({ ...DRAFT, leadMemberId: lead.id }, '工委', 2026);
    await inviteCoSigners(p.id, [co.id]);
    await answerCoSign(p.id, co.id, 'signed', '2026-01-06');
    await applyMove(p.id, { type: 'submit' }, { name: '工委', role: 'office' });
    setIdentity({ nodeId: 'FEDCBA9876543210', office: 'HQ', role: 'hq' });
    try {
      await applyMove(p.id, { type: 'reject', reason: '属于个人或家庭事务', transfer: 'publicOpinion', note: '' }, { name: '提案委', role: 'hq' });
    } finally {
      setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01', role: 'office' });
    }
    const made = (await repos.reports.all()).filter((r) => r.origin?.id === p.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ office: 'ZL-01', situation: DRAFT.situation, cause: DRAFT.analysis, advice: DRAFT.measures });
    expect(made[0].reporters.map((r) => r.name)).toEqual([lead.name, co.name]);
  });
});
