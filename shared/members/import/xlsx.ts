import ExcelJS from 'exceljs';
import type { Cell, Grid } from './columns';

/** One exceljs cell value reduced to text, number, boolean or Date (formulas give their result). */
export function plainValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return null;
    if ('result' in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return plainValue(v.text as ExcelJS.CellValue);
  }
  return String(v);
}

/**
 * The first worksheet with data, as a grid of plain values. Merged cells read
 * as their top-left value (exceljs does this), so a merged title repeats
 * across its row and header detection passes over it.
 */
export async function readXlsxGrid(data: ArrayBuffer | Uint8Array): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data instanceof Uint8Array ? (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer) : data);
  } catch {
    throw new Error('无法读取这个文件：它不是有效的 .xlsx 工作簿（如果是旧的 .xls，请在 Excel 或 WPS 中另存为 .xlsx）');
  }
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new Error('这个工作簿是空的：没有找到有数据的工作表');
  const grid: Grid = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(plainValue(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}
