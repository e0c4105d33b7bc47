import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normaliseProposal, type CoSignature, type StoredProposal } from '../domain/proposal';
import { proposalDocx } from './docx';
import { proposalSheet } from './printData';

const stored = {
  id: 'p1', office: 'ZL-01', deleted: 0, _stamps: {}, _rev: '', year: 2026, savedAt: '', status: 'accepted', seqKey: '十届四次会议', number: 12, submittedAt: '2026-01-08T10:20:00',
  title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'joint', leadMemberId: 'm1', proposerName: '', category: '社会建设',
  situation: '我区现有老旧小区146个。\n多层住宅无电梯。', analysis: '审批流程长。', measures: '一是设立一站式审批窗口。', contact: '', review: { opinion: '同意立案，交区住建局办理', by: 'HQ', date: '2026-01-10' }, verdicts: [],
} as unknown as StoredProposal;
const members = new Map([
  ['m1', { name: '王喆', sector: '经济', unitAndPost: '区工商联副主席', phone: '13800000001', address: '西林路 8 号' }],
  ['m2', { name: '李堃', sector: '教育', unitAndPost: '区实验小学校长', phone: '13800000002' }],
  ['m3', { name: '赵敏', sector: '农业', unitAndPost: '', phone: '' }],
]);
const co = (memberId: string, state: CoSignature['state']) => ({ proposalId: 'p1', memberId, state, invitedOn: '2026-01-05', answeredOn: '' }) as CoSignature;

describe('the 提案表 data and its .docx', () => {
  it('prints the header, the proposer with address when the member has one, and only co-signers who signed', () => {
    const d = proposalSheet(normaliseProposal(stored), members, [co('m2', 'signed'), co('m3', 'declined')]);
    expect(d).toMatchObject({
      plenary: '十届四次会议', numberText: '十届四次会议第12号', category: '社会建设', kindLabel: '委员联名',
      proposer: { name: '王喆', sector: '经济', unit: '区工商联副主席', address: '西林路 8 号', phone: '13800000001' },
      coSigners: ['李堃'], review: '同意立案，交区住建局办理', receivedAt: '2026-01-08 10:20',
    });
    const noAddress = proposalSheet(normaliseProposal({ ...stored, leadMemberId: 'm2' }), members, []);
    expect(noAddress.proposer.address).toBe('');
  });

  it('the .docx holds every part with the East Asian faces and zh-CN declared', async () => {
    const files = unzipSync(await proposalDocx(proposalSheet(normaliseProposal(stored), members, [co('m2', 'signed')])));
    const xml = strFromU8(files['word/document.xml']);
    for (const t of ['十届四次会议', '提　案', '关于老旧小区加装电梯的建议', '王喆', '西林路 8 号', '李堃', '一、情况', '我区现有老旧小区146个。', '多层住宅无电梯。', '三、建议', '审查意见', '同意立案', '十届四次会议第12号']) {
      expect(xml).toContain(t);
    }
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋_GBK"');
    expect(xml).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });
});
