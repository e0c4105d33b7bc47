import ExcelJS from 'exceljs';
import { ruleText, type Counts } from './figures';
import type { FigureReport } from './report';

const COUNT_COLS: Array<{ header: string; key: keyof Counts }> = [
  { header: '应到', key: 'required' }, { header: '出席', key: 'present' }, { header: '迟到', key: 'late' }, { header: '请假', key: 'leave' },
  { header: '缺席', key: 'absent' }, { header: '列席', key: 'walkin' }, { header: '补学', key: 'madeUp' },
];

/** Rates are numbers (0.714) shown as 71.4%, so Excel can sort, sum and chart them; no rate (nobody required) is an empty cell. */
const RATE_FORMAT = '0.0%';

function sheet(wb: ExcelJS.Workbook, name: string, title: string, heads: Array<{ header: string; width: number }>) {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  ws.columns = heads.map((h) => ({ width: h.width }));
  ws.mergeCells(1, 1, 1, heads.length);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { size: 15, bold: true };
  t.alignment = { horizontal: 'center' };
  const header = ws.getRow(2);
  heads.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h.header;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  return ws;
}

/** The figures of a period as .xlsx: one sheet per session, one per member; low rates filled amber. */
export async function buildFiguresWorkbook(r: FigureReport, officeName: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  wb.created = new Date();
  const period = `${r.from} 至 ${r.to}`;
  const a = sheet(wb, '按活动', `${officeName} 学习活动出勤统计（${period}）`, [
    { header: '日期', width: 12 }, { header: '活动名称', width: 44 }, { header: '类型', width: 10 },
    ...COUNT_COLS.map((c) => ({ header: c.header, width: 7 })), { header: '出席率', width: 9 },
  ]);
  r.sessions.forEach((l) => a.addRow([l.date, l.title, l.kind, ...COUNT_COLS.map((c) => l[c.key]), l.rate]));
  a.addRow(['合计', `${r.sessions.length} 次活动`, '', ...COUNT_COLS.map((c) => r.total[c.key]), r.total.rate]).font = { bold: true };
  a.getColumn(COUNT_COLS.length + 4).numFmt = RATE_FORMAT;

  const b = sheet(wb, '按委员', `${officeName} 委员出勤统计（${period}，标准 ${Math.round(r.threshold * 100)}%）`, [
    { header: '委员编号', width: 11 }, { header: '姓名', width: 10 }, { header: '界别', width: 14 },
    ...COUNT_COLS.filter((c) => c.key !== 'walkin').map((c) => ({ header: c.header, width: 7 })), { header: '出席率', width: 9 }, { header: '低于标准', width: 9 },
  ]);
  for (const l of r.members) {
    const row = b.addRow([l.memberNo, l.name, l.sector, ...COUNT_COLS.filter((c) => c.key !== 'walkin').map((c) => l[c.key]), l.rate, l.low ? '是' : '']);
    if (l.low) row.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0B2' } }; });
  }
  b.getColumn(3 + COUNT_COLS.length).numFmt = RATE_FORMAT;
  // The rule the rates follow, under each sheet as on the printed figures (an office may count leave or make-up otherwise).
  for (const ws of [a, b]) {
    ws.addRow([]);
    ws.addRow([`计算口径：${ruleText(r.rule)}。补学不改变原出勤状态。`]).font = { italic: true, color: { argb: 'FF555555' } };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
