import type { Grid } from '../../../../../shared/members/import/columns';
import { decodeCsv, parseCsv } from '../../../../../shared/members/import/csv';
import { readXlsxGrid } from '../../../../../shared/members/import/xlsx';

/** A picked file's cells: .xlsx through exceljs, .csv through the CSV parser. */
export async function readSheet(file: File): Promise<Grid> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (name.endsWith('.csv') || name.endsWith('.txt')) return parseCsv(decodeCsv(bytes));
  if (name.endsWith('.xls')) throw new Error('不能直接读取旧的 .xls 文件：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  if (!name.endsWith('.xlsx')) throw new Error('只能导入 .xlsx 或 .csv 文件');
  return readXlsxGrid(bytes);
}
