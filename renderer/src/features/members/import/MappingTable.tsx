import { MenuItem, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type Cell, type ColumnMap, type ImportField } from '../../../../../shared/members/import/columns';

function show(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  return c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
}

/** Which column fills which field: detected from the headers, changeable per column. */
export function MappingTable({ headers, sample, columns, onChange }: { headers: string[]; sample: Cell[]; columns: ColumnMap; onChange: (c: ColumnMap) => void }) {
  const width = Math.max(headers.length, sample.length);
  function assign(col: number, field: ImportField | '') {
    const next: ColumnMap = {};
    for (const [c, f] of Object.entries(columns)) if (Number(c) !== col && f !== field) next[Number(c)] = f;
    if (field) next[col] = field;
    onChange(next);
  }
  return (
    <TableContainer component={Paper} sx={{ mb: 2 }}>
      <Table size="small" aria-label="列对应">
        <TableHead>
          <TableRow>
            <TableCell>表格中的列</TableCell>
            <TableCell>导入为</TableCell>
            <TableCell>第一行数据</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {Array.from({ length: width }, (_, col) => (
            <TableRow key={col}>
              <TableCell>{headers[col] || `（第 ${col + 1} 列，无标题）`}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  value={columns[col] ?? ''}
                  onChange={(e) => assign(col, e.target.value as ImportField | '')}
                  sx={{ minWidth: 180 }}
                  slotProps={{ select: { displayEmpty: true } }}
                >
                  <MenuItem value="">不导入</MenuItem>
                  {IMPORT_FIELDS.map((f) => <MenuItem key={f} value={f}>{IMPORT_FIELD_LABELS[f]}</MenuItem>)}
                </TextField>
              </TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>{show(sample[col])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
