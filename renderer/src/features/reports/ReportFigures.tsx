import { useMemo } from 'react';
import { Button, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { ADOPTION_LEVELS } from '../../../../shared/domain/report';
import { reportFigures, type ReportFigureRow } from '../../../../shared/reports/figures';
import { useOfficeNames } from '../duty/data/offices';
import { useReports } from './hooks';

function FigureTable({ title, rows, total }: { title: string; rows: ReportFigureRow[]; total: ReportFigureRow }) {
  return (
    <TableContainer component={Paper} sx={{ mb: 3 }}>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>{[title, '报送', ...ADOPTION_LEVELS.map((l) => `${l}采用`), '采用篇数', '采用率', '领导批示'].map((h) => <TableCell key={h} align={h === title ? 'left' : 'right'}>{h}</TableCell>)}</TableRow>
        </TableHead>
        <TableBody>
          {[...rows, total].map((r) => (
            <TableRow key={r.key} sx={r === total ? { '& td': { fontWeight: 'bold' } } : undefined}>
              <TableCell>{r.label}</TableCell>
              <TableCell align="right">{r.given}</TableCell>
              {ADOPTION_LEVELS.map((l) => <TableCell key={l} align="right">{r.adopted[l]}</TableCell>)}
              <TableCell align="right">{r.anyAdopted}</TableCell>
              <TableCell align="right">{r.given ? `${Math.round((r.anyAdopted / r.given) * 100)}%` : '—'}</TableCell>
              <TableCell align="right">{r.instructions}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** 社情民意 figures: given, adopted at each level, 批示, by office and by year. */
export function ReportFigures() {
  const navigate = useNavigate();
  const reports = useReports();
  const names = useOfficeNames();
  const f = useMemo(() => (reports ? reportFigures(reports, names) : null), [reports, names]);
  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>社情民意统计</Typography>
        <Button onClick={() => navigate('/reports')}>返回列表</Button>
      </Stack>
      {f && <FigureTable title="办公室" rows={f.byOffice} total={f.total} />}
      {f && <FigureTable title="年度" rows={f.byYear} total={f.total} />}
    </>
  );
}
