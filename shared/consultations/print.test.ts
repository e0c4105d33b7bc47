import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formalDocx } from '../print/docx/formal-docx';
import { FormalData } from '../print/formal';
import { ConsultationListData } from '../print/consultation';
import { consultationListDocx } from './docx';
import { figuresByOffice } from './figures';
import { measure, meeting, supervision, topic } from './fixtures';
import { meetingRecord, outcomeReport, supervisionReport, yearList } from './print';
import { buildConsultationWorkbook } from './xlsx';

const people = { name: (id: string) => ({ m1: '王喆', m2: '李堃' })[id] ?? '' };
const held = meeting('a', {
  heldAt: '2025-04-10T11:00:00',
  guests: [{ name: '陈科长', unit: '街道城管科', role: '部门' }, { name: '刘阿姨', unit: '幸福小区', role: '居民代表' }],
  agenda: [{ step: '通报', text: '街道通报加装电梯进展' }, { step: '发言', text: '' }],
  speeches: [{ memberId: 'm1', name: '', unit: '', points: '建议先易后难，分批推进。' }, { memberId: '', name: '刘阿姨', unit: '幸福小区', points: '一楼住户担心采光。' }],
  consensus: '分批推进加装电梯，优先条件成熟的楼栋。',
  outcome: { recipient: '街道党工委', date: '2025-04-20', docNo: '西林协〔2025〕3号', text: '建议街道设立加装电梯服务专班。\n对一楼住户给予适当补偿。' },
});
const ms = [measure('a', 1, { text: '设立加装电梯服务专班', due: '2025-05-31', state: '已落实' }), measure('a', 2, { text: '完成首批 6 台加装', owner: '街道城建办', due: '2025-10-31', state: '推进中' })];

describe('consultation documents', () => {
  it('the record names when, where, who, the agenda, each speaker, the consensus and the measures', () => {
    const d = FormalData.parse(meetingRecord(held, topic('t1'), people, ms));
    const text = d.blocks.map((b) => b.text).join('\n');
    expect(d.title).toBe('老旧小区加装电梯协商议事记录');
    for (const t of ['时间：2025年4月10日', '主持人：王主任', '参加委员：王喆、李堃', '列席人员：陈科长（街道城管科）、刘阿姨（幸福小区）', '一、议程', '1．通报：街道通报加装电梯进展', '二、发言要点', '（一）王喆', '（二）刘阿姨（幸福小区）', '三、共识意见', '四、议定措施', '2．完成首批 6 台加装（责任单位：街道城建办；完成时限：2025年10月31日）']) {
      expect(text).toContain(t);
    }
  });

  it('the 专报 goes to its recipient with the text as sent, signed by the office and dated the day sent', () => {
    const d = FormalData.parse(outcomeReport(held, topic('t1'), '西林街道政协工委', ms));
    expect(d.title).toBe('关于“老旧小区加装电梯”的协商成果专报');
    expect(d.blocks[0]).toEqual({ type: 'para', text: '西林协〔2025〕3号' });
    expect(d.blocks[1]).toEqual({ type: 'recipient', text: '街道党工委：' });
    expect(d.blocks[2].text).toContain('2 位政协委员和街道城管科、幸福小区等方面代表参加协商');
    expect(d.blocks.filter((b) => b.type === 'para').map((b) => b.text)).toContain('对一楼住户给予适当补偿。');
    expect(d.blocks.at(-2)).toEqual({ type: 'signature', text: '西林街道政协工委' });
    expect(d.blocks.at(-1)).toEqual({ type: 'date', text: '2025年4月20日' });
  });

  it('the supervision report goes to the department with the visits and findings', () => {
    const s = supervision('s1', { visits: [{ date: '2025-05-06', kind: '视察', sessionId: '', memberIds: ['m1'], note: '' }], findings: '部分摊点无证经营。' });
    const d = FormalData.parse(supervisionReport(s, '西林街道政协工委', []));
    expect(d.blocks[0].text).toBe('区市场监督管理局：');
    expect(d.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['一、发现的问题', '部分摊点无证经营。', '二、意见建议']));
    expect(d.blocks[1].text).toContain('2025年5月6日视察');
  });

  it('the year list: planned topics first by month, with the meeting, the state and measures done', () => {
    const topics = [topic('t9', { title: '背街小巷整治' }), topic('t1', { planned: true, plannedMonth: '2025-04' }), topic('t2', { planned: true, plannedMonth: '2025-03', title: '学校门口交通' })];
    const d = ConsultationListData.parse(yearList('2025年协商议题和成果一览', topics, [held], ms, '2025-06-01'));
    expect(d.rows.map((r) => [r.month, r.title, r.state, r.recipient, r.measures])).toEqual([
      ['3月', '学校门口交通', '待协商', '', ''], ['4月', '老旧小区加装电梯', '落实中', '街道党工委', '1/2'], ['', '背街小巷整治', '备选', '', ''],
    ]);
  });

  it('the .docx files carry the text with the faces declared; the workbook has the list and the figures', async () => {
    const rec = strFromU8(unzipSync(await formalDocx(meetingRecord(held, topic('t1'), people, ms)))['word/document.xml']);
    expect(rec).toContain('建议先易后难，分批推进。');
    expect(rec).toContain('w:eastAsia="仿宋_GB2312"');
    const list = yearList('2025年协商议题和成果一览', [topic('t1', { planned: true, plannedMonth: '2025-04' })], [held], ms, '2025-06-01');
    const xml = strFromU8(unzipSync(await consultationListDocx(list))['word/document.xml']);
    expect(xml).toContain('老旧小区加装电梯');
    expect(xml).toContain('措施落实');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildConsultationWorkbook(list, figuresByOffice({ topics: [topic('t1')], meetings: [held], supervisions: [], measures: ms }, '2025-06-01'), (c) => `${c}办`)) as never);
    expect(wb.getWorksheet('议题和成果')!.getRow(3).getCell(2).value).toBe('老旧小区加装电梯');
    const f = wb.getWorksheet('统计')!;
    expect(f.getRow(2).values).toEqual([undefined, 'ZL-01办', 1, 0, 1, 1, 1, 0, 0, 2, 1, 0, 0, 0]);
  });
});
