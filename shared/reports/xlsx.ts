import ExcelJS from 'exceljs';
import { ADOPTION_LEVELS, adoptionsOf, instructionsOf, reporterNames, type Report } from '../domain/report';
import { reportFigures } from './figures';

/** 社情民意 as .xlsx: the list (with what became of each) and the figures by office and year. */
export async function buildReportsWorkbook(list: readonly Report[], o: { title: string; officeNames?: ReadonlyMap<string, string> }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  const ws = wb.addWorksheet('社情民意', { views: [{ state: 'frozen', ySplit: 2 }] });
  const cols = [['序号', 6], ['报送日期', 11], ['标题', 40], ['反映人', 20], ['办公室', 16], ['类别', 10], ['采用情况', 36], ['领导批示', 36], ['情况', 50], ['原因分析', 40], ['意见建议', 40]] as const;
  ws.columns = cols.map(([, width]) => ({ width }));
  ws.mergeCells(1, 1, 1, cols.length);
  ws.getCell(1, 1).value = o.title;
  ws.getCell(1, 1).font = { size: 15, bold: true };
  ws.getRow(2).values = cols.map(([h]) => h);
  ws.getRow(2).font = { bold: true };
  [...list].filter((r) => !r.deleted).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).forEach((r, i) => {
    ws.addRow([
      i + 1, r.date, r.title, reporterNames(r), o.officeNames?.get(r.office) ?? r.office, r.category,
      adoptionsOf(r).map((a) => `${a.level}${a.mode}${a.issue ? `（${a.issue}）` : ''} ${a.date}`).join('；'),
      instructionsOf(r).map((x) => `${x.leader}（${x.level}）${x.date}${x.text ? `：${x.text}` : ''}`).join('；'),
      r.situation, r.cause, r.advice,
    ]);
  });
  const f = reportFigures(list, o.officeNames);
  const fs = wb.addWorksheet('统计');
  fs.columns = [{ width: 20 }, { width: 10 }, ...ADOPTION_LEVELS.map(() => ({ width: 11 })), { width: 12 }, { width: 10 }];
  const head = ['', '报送', ...ADOPTION_LEVELS.map((l) => `${l}采用`), '采用篇数', '批示'];
  const put = (title: string, rows: typeof f.byOffice) => {
    fs.addRow([title]).font = { bold: true };
    fs.addRow(head).font = { bold: true };
    for (const r of [...rows, f.total]) fs.addRow([r.label, r.given, ...ADOPTION_LEVELS.map((l) => r.adopted[l]), r.anyAdopted, r.instructions]);
    fs.addRow([]);
  };
  put('按办公室', f.byOffice);
  put('按年度', f.byYear);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
