import ExcelJS from 'exceljs';
import type { Member } from '../domain/member';

/** Columns of the exported roster; headers are the ones the import recognises. */
export const EXPORT_COLUMNS: Array<{ header: string; width: number; value: (m: Member) => string }> = [
  { header: '委员编号', width: 12, value: (m) => m.memberNo },
  { header: '姓名', width: 10, value: (m) => m.name },
  { header: '性别', width: 6, value: (m) => m.gender },
  { header: '民族', width: 8, value: (m) => m.ethnicity },
  { header: '出生年月', width: 10, value: (m) => m.birthMonth ?? '' },
  { header: '党派', width: 10, value: (m) => m.party },
  { header: '界别', width: 14, value: (m) => m.sector },
  { header: '专委会', width: 26, value: (m) => m.committees.join('、') },
  { header: '工作单位及职务', width: 36, value: (m) => m.unitAndPost },
  { header: '学历', width: 10, value: (m) => m.education ?? '' },
  { header: '职称', width: 14, value: (m) => m.proTitle ?? '' },
  { header: '联系电话', width: 15, value: (m) => m.phone },
  { header: '联系地址', width: 30, value: (m) => m.address ?? '' },
  { header: '邮编', width: 8, value: (m) => m.postcode ?? '' },
  { header: '届别', width: 8, value: (m) => m.term },
  { header: '状态', width: 8, value: (m) => m.status },
  { header: '备注', width: 20, value: (m) => m.notes },
];

/**
 * The roster as an .xlsx for Excel and WPS: a merged title row, a header row
 * frozen under it, every cell stored as text (numbers and phones keep their
 * digits and leading zeros), A4 landscape page setup with the header repeated.
 */
export async function buildRosterWorkbook(members: readonly Member[], title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  wb.created = new Date();
  const ws = wb.addWorksheet('委员名册', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  ws.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width, style: { numFmt: '@' } }));
  ws.mergeCells(1, 1, 1, EXPORT_COLUMNS.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center' };
  ws.getRow(1).height = 28;
  const header = ws.getRow(2);
  EXPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  members.forEach((m, r) => {
    const row = ws.getRow(r + 3);
    EXPORT_COLUMNS.forEach((c, i) => {
      row.getCell(i + 1).value = c.value(m);
    });
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
