import ExcelJS from 'exceljs';
import type { ConsultationListData } from '../print/consultation';
import type { FigureRow } from './figures';

const LIST_COLS: Array<{ header: string; key: keyof ConsultationListData['rows'][number]; width: number }> = [
  { header: '计划月份', key: 'month', width: 9 }, { header: '议题', key: 'title', width: 40 }, { header: '类别', key: 'category', width: 12 },
  { header: '来源', key: 'source', width: 10 }, { header: '协商日期', key: 'meeting', width: 12 }, { header: '状态', key: 'state', width: 9 },
  { header: '报送对象', key: 'recipient', width: 14 }, { header: '采纳情况', key: 'adoption', width: 9 }, { header: '措施落实', key: 'measures', width: 9 },
];

const FIGURE_COLS: Array<[string, keyof FigureRow]> = [
  ['议题', 'topics'], ['列入计划', 'planned'], ['协商议事会', 'meetings'], ['已召开', 'held'], ['成果已报送', 'sent'], ['成果被采纳', 'adopted'],
  ['已闭环', 'closed'], ['措施', 'measures'], ['措施已落实', 'measuresDone'], ['措施超期', 'overdue'], ['民主监督', 'supervisions'], ['民主监督已闭环', 'supervisionsClosed'],
];

/** The list and the figures (per office at HQ, by source and category) as .xlsx. */
export async function buildConsultationWorkbook(list: ConsultationListData, figures: FigureRow[], officeName: (code: string) => string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  wb.created = new Date();
  const ws = wb.addWorksheet('议题和成果', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = LIST_COLS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, LIST_COLS.length);
  ws.getCell(1, 1).value = list.title;
  ws.getCell(1, 1).font = { size: 15, bold: true };
  ws.getRow(2).values = LIST_COLS.map((c) => c.header);
  ws.getRow(2).font = { bold: true };
  for (const r of list.rows) ws.addRow(LIST_COLS.map((c) => r[c.key]));
  const f = wb.addWorksheet('统计');
  f.columns = [{ width: 22 }, ...FIGURE_COLS.map(() => ({ width: 11 }))];
  f.addRow(['办公室', ...FIGURE_COLS.map(([h]) => h)]).font = { bold: true };
  for (const r of figures) f.addRow([officeName(r.office), ...FIGURE_COLS.map(([, k]) => r[k] as number)]);
  const by = wb.addWorksheet('按来源和类别');
  by.columns = [{ width: 22 }, { width: 16 }, { width: 10 }];
  by.addRow(['办公室', '来源或类别', '议题数']).font = { bold: true };
  for (const r of figures) {
    for (const [k, n] of r.bySource) by.addRow([officeName(r.office), `来源：${k}`, n]);
    for (const [k, n] of r.byCategory) by.addRow([officeName(r.office), `类别：${k}`, n]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
