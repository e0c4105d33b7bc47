import ExcelJS from 'exceljs';
import type { Period } from './engine';
import type { RankingRow } from './ranking';
import type { RecordMember } from './output';
import type { RuleTable } from './rules';
import { missingText, periodLabel } from './summary';

/**
 * The ranking as .xlsx: one row per member with the points of each rule of
 * the table as columns (so the office can check a total by hand), and every
 * item that earned them on a second sheet.
 */
export async function buildDutyWorkbook<M extends RecordMember & { id: string }>(rows: readonly RankingRow<M>[], period: Period, table: RuleTable, o: { title: string; officeName: (code: string) => string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政协工委助手';
  const used = table.rules.filter((r) => rows.some((row) => row.duty.byRule.some((l) => l.rule === r.key)));
  const ws = wb.addWorksheet('履职排名', { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  const head = ['名次', '姓名', '委员编号', '界别', '办公室', '积分', ...(period.kind === 'year' ? ['等次'] : []), '未达到的基本要求', ...used.map((r) => r.label)];
  ws.mergeCells(1, 1, 1, Math.min(head.length, 12));
  ws.getCell(1, 1).value = `${o.title}（${periodLabel(period)}）`;
  ws.getCell(1, 1).font = { size: 15, bold: true };
  ws.getRow(2).values = head;
  ws.getRow(2).font = { bold: true };
  ws.columns = head.map((h) => ({ width: Math.max(8, Math.min(24, h.length * 2 + 2)) }));
  for (const r of rows) {
    const by = new Map(r.duty.byRule.map((l) => [l.rule, l.points]));
    ws.addRow([r.rank, r.member.name, r.member.memberNo, r.member.sector, o.officeName(r.member.office), r.duty.total, ...(period.kind === 'year' ? [r.duty.grade] : []), missingText(r.duty), ...used.map((u) => by.get(u.key) ?? 0)]);
  }
  const items = wb.addWorksheet('履职事项', { views: [{ state: 'frozen', ySplit: 1 }] });
  items.columns = [{ width: 10 }, { width: 12 }, { width: 12 }, { width: 24 }, { width: 70 }, { width: 8 }, { width: 24 }];
  items.addRow(['姓名', '委员编号', '日期', '积分项目', '事项', '积分', '说明']).font = { bold: true };
  const label = new Map(table.rules.map((r) => [r.key, r.label]));
  for (const r of rows) for (const it of r.duty.items) items.addRow([r.member.name, r.member.memberNo, it.date, label.get(it.rule) ?? it.rule, it.label, it.points, it.note]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
