import ExcelJS from 'exceljs';
import type { Figures, ListRow } from './summary';

const COLS: Array<{ header: string; key: keyof ListRow; width: number }> = [
  { header: '编号', key: 'number', width: 22 }, { header: '案由', key: 'title', width: 44 }, { header: '提案者', key: 'proposer', width: 14 },
  { header: '类别', key: 'category', width: 12 }, { header: '状态', key: 'status', width: 16 }, { header: '承办单位', key: 'units', width: 36 },
  { header: '办理期限', key: 'deadline', width: 12 }, { header: '答复类别', key: 'replyClass', width: 9 }, { header: '满意度', key: 'satisfaction', width: 10 },
  { header: '年度', key: 'year', width: 7 }, { header: '标记', key: 'flags', width: 12 },
];

/** Proposals as .xlsx: the list (overdue rows filled red) and a sheet of figures. */
export async function buildProposalWorkbook(rows: readonly ListRow[], figures: Figures, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  wb.created = new Date();
  const ws = wb.addWorksheet('提案', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' } });
  ws.columns = COLS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, COLS.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { size: 15, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  const head = ws.getRow(2);
  COLS.forEach((c, i) => { head.getCell(i + 1).value = c.header; head.getCell(i + 1).font = { bold: true }; });
  for (const r of rows) {
    const row = ws.addRow(COLS.map((c) => r[c.key]));
    if (r.overdue) row.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCDD2' } }; });
  }
  const f = wb.addWorksheet('统计');
  f.columns = [{ width: 24 }, { width: 10 }];
  const block = (name: string, items: Array<{ label: string; count: number }>) => {
    f.addRow([name]).font = { bold: true };
    for (const i of items) f.addRow([i.label, i.count]);
    f.addRow([]);
  };
  block('按状态', figures.byStatus);
  block('按类别', figures.byCategory);
  block('按承办单位', figures.byUnit);
  block('按答复类别', figures.byClass);
  block('按满意度', figures.bySatisfaction);
  f.addRow(['超期未办结', figures.overdue]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
