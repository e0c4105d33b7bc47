import { describe, expect, it } from 'vitest';
import { parsePrintRequest, type PrintRequestInput } from '../../../../shared/print/jobs';
import { renderPrintHtml } from '../render-html';

function html(req: PrintRequestInput): string {
  const parsed = parsePrintRequest(req);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderPrintHtml(parsed.request);
}
const A4 = { paper: 'A4', orientation: 'portrait' } as const;
const SHEET = {
  plenary: '十届四次会议', numberText: '十届四次会议第12号', category: '社会建设', title: '关于老旧小区加装电梯的建议', kindLabel: '委员联名',
  proposer: { name: '王喆', sector: '经济', unit: '区工商联', address: '', phone: '13800000001' }, coSigners: ['李堃', '赵敏'],
  situation: '第一段。\n第二段。', analysis: '审批流程长。', measures: '一是设立窗口。', review: '同意立案', receivedAt: '2026-01-08 10:20',
};

describe('proposal print templates', () => {
  it('提案表: header, the table of 案由/提案者/联名人, the three parts as paragraphs, 审查意见 and 收文时间, on the GB/T 9704 page', () => {
    const out = html({ job: { kind: 'proposal', data: SHEET }, setup: { paper: 'A3', orientation: 'landscape' } });
    for (const t of ['十届四次会议第12号', '类别：社会建设', '关于老旧小区加装电梯的建议', '王喆', '李堃、赵敏', '一、情况', '二、分析', '三、建议', '同意立案', '2026-01-08 10:20']) expect(out).toContain(t);
    expect(out.match(/<p class="formal-para">/g)).toHaveLength(4);
    // The formal layout fixes A4 portrait whatever was chosen, with the 37 mm top margin.
    expect(out).toMatch(/@page\{size:210mm 297mm;margin:37mm/);
  });

  it('refuses a sheet without a title, saying so in Chinese', () => {
    const r = parsePrintRequest({ job: { kind: 'proposal', data: { ...SHEET, title: ' ' } }, setup: A4 });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('案由不能为空') });
  });

  it('the reply sheet and the list', () => {
    const reply = html({ job: { kind: 'proposalReply', data: { title: SHEET.title, numberText: SHEET.numberText, proposer: '王喆', units: '主办：区住建局', replyClass: 'B类（部分解决或列入计划）', date: '2026-03-01', summary: '已列入计划', contact: '张科长', round: 2 } }, setup: A4 });
    for (const t of ['提案办理答复单', '第 2 次答复（重新办理）', 'B类（部分解决或列入计划）', '已列入计划']) expect(reply).toContain(t);
    const list = html({ job: { kind: 'proposalList', data: { title: '提案目录', rows: [{ number: '第1号', title: SHEET.title, proposer: '王喆', category: '社会建设', status: '办结', units: '区住建局', replyClass: 'A', satisfaction: '满意' }] } }, setup: A4 });
    expect(list).toContain('共 1 件');
    expect(list).toMatch(/<thead>.*案由.*<\/thead>/s);
  });
});
