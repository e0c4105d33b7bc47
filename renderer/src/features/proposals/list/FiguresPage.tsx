import { useMemo, useState } from 'react';
import { Box, Button, Grid, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import { figuresOf } from '../../../../../shared/proposals/summary';
import { matchesOffice, useOfficeFilter } from '../../../app/officeFilter';
import { useProposals } from '../data/hooks';

function Chart({ title, items, testId }: { title: string; items: Array<{ label: string; count: number }>; testId: string }) {
  const shown = items.filter((i) => i.count > 0).slice(0, 15);
  return (
    <Paper sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="subtitle1">{title}</Typography>
      {!shown.length ? <Typography color="text.secondary">无数据</Typography> : (
        <BarChart height={240} dataset={shown} layout="horizontal" margin={{ left: 8 }}
          yAxis={[{ scaleType: 'band', dataKey: 'label', width: 130, tickLabelInterval: () => true }]}
          series={[{ dataKey: 'count', label: '件数', color: '#1976d2' }]} hideLegend />
      )}
      <Box component="table" sx={{ width: '100%', fontSize: 13, mt: 1 }} aria-label={title}>
        <tbody>{items.map((i) => <tr key={i.label}><td>{i.label}</td><td style={{ textAlign: 'right' }}>{i.count}</td></tr>)}</tbody>
      </Box>
    </Paper>
  );
}

/** Figures by status, category, unit, reply class and satisfaction, for a year or all. */
export function FiguresPage() {
  const navigate = useNavigate();
  const proposals = useProposals();
  const officeFilter = useOfficeFilter();
  const [year, setYear] = useState('all');
  const mine = useMemo(() => (proposals ?? []).filter((p) => matchesOffice(officeFilter, p)), [proposals, officeFilter]);
  const years = useMemo(() => [...new Set(mine.map((p) => String(p.year)))].sort().reverse(), [mine]);
  const f = useMemo(() => figuresOf(mine.filter((p) => year === 'all' || String(p.year) === year), localDate(new Date())), [mine, year]);
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>提案统计</Typography>
        <TextField select size="small" label="年度" value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 110 }}>
          <MenuItem value="all">全部</MenuItem>
          {years.map((y) => <MenuItem key={y} value={y}>{y} 年</MenuItem>)}
        </TextField>
        <Button onClick={() => navigate('/proposals')}>返回提案列表</Button>
      </Stack>
      <Typography sx={{ mb: 2 }} data-testid="fig-total">已提交 {f.total} 件，超期未办结 {f.overdue} 件</Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}><Chart title="按状态" items={f.byStatus} testId="fig-status" /></Grid>
        <Grid size={{ xs: 12, md: 6 }}><Chart title="按类别" items={f.byCategory} testId="fig-category" /></Grid>
        <Grid size={{ xs: 12, md: 6 }}><Chart title="按承办单位" items={f.byUnit} testId="fig-unit" /></Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Paper sx={{ p: 2 }} data-testid="fig-class">
            <Typography variant="subtitle1">按答复类别</Typography>
            <PieChart height={200} series={[{ data: f.byClass.map((c, i) => ({ id: i, value: c.count, label: `${c.label} ${c.count}` })) }]} />
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <Paper sx={{ p: 2 }} data-testid="fig-satisfaction">
            <Typography variant="subtitle1">按满意度</Typography>
            <PieChart height={200} series={[{ data: f.bySatisfaction.map((c, i) => ({ id: i, value: c.count, label: `${c.label} ${c.count}` })) }]} />
          </Paper>
        </Grid>
      </Grid>
    </>
  );
}
