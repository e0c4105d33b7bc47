import { useState } from 'react';
import { Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { IMPORT_FIELD_LABELS, type ImportField } from '../../../../../shared/members/import/columns';
import type { ImportRow, RowProblem } from '../../../../../shared/members/import/rows';

const LEVEL = { error: { label: '错误', color: 'error' }, warning: { label: '请核对', color: 'warning' }, info: { label: '已处理', color: 'default' } } as const;

function Fix({ row, field, onFix }: { row: ImportRow; field: ImportField; onFix: (row: number, field: ImportField, value: string) => void }) {
  const [value, setValue] = useState(row.raw[field] ?? '');
  const label = `第 ${row.rowNumber} 行${IMPORT_FIELD_LABELS[field]}`;
  return (
    <Stack direction="row" spacing={1} component="form" onSubmit={(e) => { e.preventDefault(); onFix(row.rowNumber, field, value); }}>
      <TextField size="small" value={value} onChange={(e) => setValue(e.target.value)} slotProps={{ htmlInput: { 'aria-label': label } }} />
      <Button type="submit" size="small" variant="outlined">改正</Button>
    </Stack>
  );
}

function ProblemLine({ row, problem, onFix }: { row: ImportRow; problem: RowProblem; onFix: (row: number, field: ImportField, value: string) => void }) {
  const fixable = problem.level === 'error' && problem.field;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.25 }}>
      <Chip size="small" label={LEVEL[problem.level].label} color={LEVEL[problem.level].color} />
      <Typography variant="body2">{problem.message}</Typography>
      {fixable && <Fix row={row} field={problem.field!} onFix={onFix} />}
    </Stack>
  );
}

/** Rows with something to say, by Excel row number; errors can be corrected in place. */
export function ProblemList({ rows, onFix }: { rows: ImportRow[]; onFix: (row: number, field: ImportField, value: string) => void }) {
  const [showInfo, setShowInfo] = useState(false);
  const listed = rows.filter((r) => r.problems.some((p) => showInfo || p.level !== 'info'));
  const infoCount = rows.filter((r) => r.problems.some((p) => p.level === 'info')).length;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">需要处理的行</Typography>
        <Typography color="text.secondary">{listed.length} 行</Typography>
        {infoCount > 0 && (
          <Button size="small" onClick={() => setShowInfo((s) => !s)}>
            {showInfo ? '只看错误和待核对' : `同时显示已自动处理的 ${infoCount} 行`}
          </Button>
        )}
      </Stack>
      <TableContainer component={Paper} sx={{ mb: 2, maxHeight: 420 }}>
        <Table size="small" stickyHeader aria-label="导入问题">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 80, whiteSpace: 'nowrap' }}>行号</TableCell>
              <TableCell sx={{ width: 120 }}>姓名</TableCell>
              <TableCell>问题</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {listed.slice(0, 500).map((row) => (
              <TableRow key={row.rowNumber} data-testid={`problem-row-${row.rowNumber}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>第 {row.rowNumber} 行</TableCell>
                <TableCell>{row.values.name || '（无）'}</TableCell>
                <TableCell>
                  {/* A note row (制表人 …) says only that: its cells are not a member's, so their "errors" would only confuse. */}
                  {(row.noteRow ? row.problems.slice(0, 1) : row.problems.filter((p) => showInfo || p.level !== 'info'))
                    .map((p, i) => <ProblemLine key={`${p.field}-${i}`} row={row} problem={p} onFix={onFix} />)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {!listed.length && <Typography sx={{ p: 2 }} color="text.secondary">没有需要处理的问题。</Typography>}
      </TableContainer>
    </>
  );
}
