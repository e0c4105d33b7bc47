import { useMemo } from 'react';
import { Button, Grid, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useNavigate } from 'react-router';
import { computeFigures, FIGURE_LABELS, type FigureKey, type FigureRow } from '../../../../../shared/suggestions/figures';
import { useOfficeFilter } from '../../../app/officeFilter';
import { useCurrentCampaign, useOffice } from '../hooks';
import { PrintMenu } from './PrintMenu';
import { campaignSuggestions } from './printJobs';
import { useSuggestionData } from '../store';
import { ss } from '../strings';

function CountTable({ label, rows }: { label: string; rows: FigureRow[] }) {
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <Table size="small" aria-label={`按${label}`}>
      <TableHead><TableRow><TableCell>{label}</TableCell><TableCell align="right">条数</TableCell><TableCell align="right">占比</TableCell></TableRow></TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}><TableCell>{r.key}</TableCell><TableCell align="right">{r.count}</TableCell><TableCell align="right">{total ? `${((r.count * 100) / total).toFixed(1)}%` : '—'}</TableCell></TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** 统计: a campaign's suggestions by category, sector, channel, status (and office at HQ), as charts and tables. */
export function FiguresPage() {
  const navigate = useNavigate();
  const data = useSuggestionData();
  const campaign = useCurrentCampaign(data);
  const officeFilter = useOfficeFilter();
  const office = useOffice();
  const f = useMemo(() => (data && campaign ? computeFigures(campaignSuggestions(data, campaign.id, officeFilter), campaign.categories) : undefined), [data, campaign, officeFilter]);
  if (!data || !campaign || !f) return null;
  const keys: FigureKey[] = office.role === 'hq' && !officeFilter ? ['sector', 'channel', 'status', 'office'] : ['sector', 'channel', 'status'];
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{ss.figures}：{campaign.title}</Typography>
        <Button onClick={() => navigate('/suggestions')}>{ss.back}</Button>
        <PrintMenu data={data} campaign={campaign} />
      </Stack>
      <Grid container spacing={1.5} sx={{ mb: 2 }}>
        {[['建议总数', f.total], ['并入后', f.distinct], ['委员提交', f.fromMembers], ['群众提交', f.fromCitizens], ['待审', f.awaitingReview], ['待反馈', f.awaitingFeedback], ['已反馈', f.feedbackGiven]].map(([l, v]) => (
          <Grid key={l} size={{ xs: 6, md: 12 / 7 }}>
            <Paper sx={{ p: 1.5 }}><Typography variant="caption" color="text.secondary">{l}</Typography><Typography variant="h5" data-testid={`fig-${l}`}>{v}</Typography></Paper>
          </Grid>
        ))}
      </Grid>
      <Paper sx={{ p: 2, mb: 2 }}>
        <Typography variant="subtitle1">按类别</Typography>
        <BarChart height={260} dataset={f.by.category as unknown as Array<Record<string, string | number>>}
          xAxis={[{ scaleType: 'band', dataKey: 'key', tickLabelInterval: () => true, height: 40 }]} series={[{ dataKey: 'count', label: '条数', color: '#b71c1c' }]} />
      </Paper>
      <Grid container spacing={2}>
        {keys.map((k) => (
          <Grid key={k} size={{ xs: 12, md: 6 }}>
            <Paper sx={{ p: 2 }}>
              <Typography variant="subtitle1">按{FIGURE_LABELS[k]}</Typography>
              {k !== 'sector' && <PieChart height={180} series={[{ data: f.by[k].map((r, i) => ({ id: i, value: r.count, label: r.key })) }]} />}
              <CountTable label={FIGURE_LABELS[k]} rows={f.by[k]} />
            </Paper>
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 6 }}><Paper sx={{ p: 2 }}><Typography variant="subtitle1">按类别</Typography><CountTable label="类别" rows={f.by.category} /></Paper></Grid>
      </Grid>
    </>
  );
}
