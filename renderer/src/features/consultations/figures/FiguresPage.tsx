import { useMemo, useState } from 'react';
import { Box, Grid, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { localDate } from '../../../../../shared/attendance/time';
import { figuresByOffice, figuresOf, ofYear, type ConsultFigures } from '../../../../../shared/consultations/figures';
import { matchesOffice, useOfficeFilter } from '../../../app/officeFilter';
import { useAppStore } from '../../../app/store';
import { Loading } from '../../sessions/Loading';
import { useConsultData } from '../data/load';
import { YearOutputs } from '../output/YearOutputs';

function Chart({ title, items, testId }: { title: string; items: Array<[string, number]>; testId: string }) {
  const shown = items.map(([label, count]) => ({ label, count }));
  // Room past the longest bar for its value label (a label outside the drawing area is clipped).
  const top = Math.ceil(Math.max(1, ...items.map(([, n]) => n)) * 1.2);
  return (
    <Paper sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="subtitle1">{title}</Typography>
      {!shown.length ? <Typography color="text.secondary">无数据</Typography> : (
        <BarChart height={220} dataset={shown} layout="horizontal" margin={{ left: 8 }} yAxis={[{ scaleType: 'band', dataKey: 'label', width: 110, tickLabelInterval: () => true }]} xAxis={[{ min: 0, max: top, tickMinStep: 1 }]}
          series={[{ dataKey: 'count', label: '议题数', color: '#1976d2', barLabel: 'value', barLabelPlacement: 'outside' }]} hideLegend />
      )}
    </Paper>
  );
}

const COUNTS: Array<[keyof ConsultFigures, string]> = [
  ['topics', '议题'], ['planned', '列入计划'], ['held', '召开协商议事会'], ['sent', '成果已报送'], ['adopted', '成果被采纳'], ['closed', '已闭环'],
  ['measuresDone', '措施已落实'], ['overdue', '措施超期'], ['supervisions', '民主监督'], ['supervisionsClosed', '民主监督已闭环'],
];

/** Figures: topics by source and category, meetings held, outcomes adopted and carried out; by office at HQ; .xlsx from the list menu. */
export function FiguresPage() {
  const data = useConsultData();
  const me = useAppStore((st) => st.info?.office);
  const chosen = useOfficeFilter();
  // An office counts its own records (HQ's district topics are HQ's); HQ the office it chose, or each office.
  const filter = me?.role === 'office' ? me.code : chosen;
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const today = localDate(new Date());
  const scoped = useMemo(() => {
    if (!data) return undefined;
    const mine = <T extends { office: string }>(l: readonly T[]) => l.filter((r) => matchesOffice(filter, r));
    return ofYear({ topics: mine(data.topics), meetings: mine(data.meetings), supervisions: mine(data.supervisions), measures: data.measures }, year);
  }, [data, filter, year]);
  const f = useMemo(() => (scoped ? figuresOf(scoped, today) : undefined), [scoped, today]);
  const byOffice = useMemo(() => (scoped && !filter && me?.role === 'hq' ? figuresByOffice(scoped, today) : []), [scoped, filter, today]);
  const years = useMemo(() => [...new Set([new Date().getFullYear(), ...(data?.meetings ?? []).map((m) => Number(m.date.slice(0, 4)))])].sort().reverse(), [data]);
  if (!data || !f) return <Loading />;
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField select size="small" label="年度" value={year ?? 'all'} onChange={(e) => setYear(e.target.value === 'all' ? null : Number(e.target.value))} sx={{ width: 110 }}>
          <MenuItem value="all">全部</MenuItem>
          {years.map((y) => <MenuItem key={y} value={y}>{y} 年</MenuItem>)}
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        <YearOutputs year={year ?? new Date().getFullYear()} data={data} />
      </Stack>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        {COUNTS.map(([k, label]) => (
          <Grid key={k} size={{ xs: 6, md: 2.4 }}>
            <Paper sx={{ p: 1.5 }}><Typography variant="body2" color="text.secondary">{label}</Typography><Typography variant="h5" data-testid={`fig-${k}`}>{f[k] as number}</Typography></Paper>
          </Grid>
        ))}
      </Grid>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}><Chart title="议题来源" items={f.bySource} testId="by-source" /></Grid>
        <Grid size={{ xs: 12, md: 6 }}><Chart title="议题类别" items={f.byCategory} testId="by-category" /></Grid>
      </Grid>
      {byOffice.length > 1 && (
        <Paper sx={{ mt: 2, p: 1 }}>
          <Table size="small" aria-label="各办公室统计">
            <TableHead><TableRow><TableCell>办公室</TableCell>{COUNTS.map(([, l]) => <TableCell key={l}>{l}</TableCell>)}</TableRow></TableHead>
            <TableBody>{byOffice.map((r) => <TableRow key={r.office}><TableCell>{r.office}</TableCell>{COUNTS.map(([k]) => <TableCell key={k}>{r[k] as number}</TableCell>)}</TableRow>)}</TableBody>
          </Table>
        </Paper>
      )}
    </>
  );
}
