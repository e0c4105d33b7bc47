import { useEffect, useMemo, useState } from 'react';
import {
  Alert, Button, Chip, FormControlLabel, Grid, Paper, Snackbar, Stack, Switch, Tab, Table, TableBody, TableCell, TableContainer,
  TableHead, TableRow, Tabs, TextField, Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { showMonthLabel } from '../../../../shared/attendance/chartTicks';
import { formatRate, type Counts } from '../../../../shared/attendance/figures';
import { monthlyCounts, type FigureReport } from '../../../../shared/attendance/report';
import { addDays, localDate, parseLocalDate } from '../../../../shared/attendance/time';
import { buildFiguresWorkbook } from '../../../../shared/attendance/xlsx';
import { call } from '../../app/api';
import { useOfficeFilter } from '../../app/officeFilter';
import { useAppStore } from '../../app/store';
import { figureVersion } from './figureCache';
import { loadFigureReport } from './figuresData';
import { PeriodReportButton } from './SessionPrintButtons';
import { AttendanceRuleControl } from './AttendanceRuleControl';
import { useAttendanceRule } from './attendanceRule';
import { s } from './strings';

const COUNT_KEYS: Array<keyof Counts> = ['required', 'present', 'late', 'leave', 'absent', 'walkin', 'madeUp'];

export function FiguresPage() {
  const navigate = useNavigate();
  const office = useAppStore((st) => st.info?.office);
  const today = localDate(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [percent, setPercent] = useState('80');
  const [tab, setTab] = useState<'members' | 'sessions'>('members');
  const [onlyLow, setOnlyLow] = useState(false);
  const officeFilter = useOfficeFilter();
  const [note, setNote] = useState<{ text: string; error?: boolean; open?: { picked: string; path: string } } | null>(null);

  const period = useMemo(() => {
    const f = parseLocalDate(from);
    const t = parseLocalDate(to);
    const p = Number(percent);
    if (!f.ok) return { error: `${s.fig.from}：${f.message}` };
    if (!t.ok) return { error: `${s.fig.to}：${t.message}` };
    if (t.value < f.value) return { error: s.fig.badPeriod };
    if (!Number.isFinite(p) || p < 0 || p > 100) return { error: '出席率标准应为 0 到 100 之间的数' };
    return { from: f.value, to: t.value, threshold: p / 100 };
  }, [from, to, percent]);

  // Recompute when any op is written or imported.
  const version = useLiveQuery(() => figureVersion(), []);
  const rule = useAttendanceRule();
  const [report, setReport] = useState<FigureReport | null>(null);
  useEffect(() => {
    if (!('from' in period) || version === undefined || !rule) return;
    let live = true;
    void loadFigureReport(period.from!, period.to!, period.threshold!, officeFilter, rule).then((r) => live && setReport(r));
    return () => { live = false; };
  }, [period, version, officeFilter, rule]);

  const months = useMemo(() => monthlyCounts(report?.sessions ?? []).map((m) => ({ ...m, label: `${m.month.slice(2, 4)}年${Number(m.month.slice(5))}月` })), [report]);
  // Month labels that fit at 1366 px: all of a year, January and July of five (chartTicks.ts).
  const labelled = useMemo(() => new Set(months.filter((m) => showMonthLabel(m.month, months.length)).map((m) => m.label)), [months]);
  const low = report?.members.filter((m) => m.low) ?? [];
  const memberRows = onlyLow ? [...low].sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0)) : (report?.members ?? []);

  function quick(kind: 'this' | 'last' | '12') {
    const y = Number(today.slice(0, 4));
    if (kind === 'this') { setFrom(`${y}-01-01`); setTo(today); }
    if (kind === 'last') { setFrom(`${y - 1}-01-01`); setTo(`${y - 1}-12-31`); }
    if (kind === '12') { setFrom(addDays(today, -365)); setTo(today); }
  }

  async function exportXlsx() {
    if (!report) return;
    try {
      const data = await buildFiguresWorkbook(report, office?.name ?? '');
      // Where to save is the person's choice (the dialog opens at the last folder); an earlier export is never overwritten.
      const folder = await call('dialog.pickFolder', { title: s.fig.exportPick });
      if (!folder) return;
      const written = await call('files.write', { ref: { picked: folder.picked, path: `出勤统计_${report.from}_${report.to}.xlsx` }, data, keepExisting: true });
      setNote({ text: s.fig.exported(written.path), open: { picked: folder.picked, path: written.name } });
    } catch (e) {
      setNote({ text: (e as Error).message, error: true });
    }
  }

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{s.fig.title}</Typography>
        <Button onClick={() => navigate('/sessions')}>返回活动列表</Button>
        {report && <PeriodReportButton report={report} />}
        <Button variant="contained" sx={{ textTransform: 'none' }} startIcon={<DownloadIcon />} disabled={!report} onClick={() => void exportXlsx()}>{s.fig.export}</Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <TextField size="small" label={s.fig.from} value={from} onChange={(e) => setFrom(e.target.value)} sx={{ width: 150 }} />
        <TextField size="small" label={s.fig.to} value={to} onChange={(e) => setTo(e.target.value)} sx={{ width: 150 }} />
        <Button size="small" onClick={() => quick('this')}>{s.fig.thisYear}</Button>
        <Button size="small" onClick={() => quick('last')}>{s.fig.lastYear}</Button>
        <Button size="small" onClick={() => quick('12')}>{s.fig.last12}</Button>
        <TextField size="small" label={s.fig.threshold} value={percent} onChange={(e) => setPercent(e.target.value)} sx={{ width: 140 }} />
      </Stack>
      {'error' in period && <Alert severity="error" sx={{ mb: 2 }}>{period.error}</Alert>}
      {rule && <AttendanceRuleControl rule={rule} />}
      {report && (
        <>
          <Grid container spacing={1.5} sx={{ mb: 2 }}>
            <Figure label={s.fig.sessions} value={String(report.sessions.length)} id="sessions" />
            <Figure label={s.fig.required} value={String(report.total.required)} id="required" />
            <Figure label={s.fig.present} value={String(report.total.present)} id="present" />
            <Figure label={s.fig.late} value={String(report.total.late)} id="late" />
            <Figure label={s.fig.leave} value={String(report.total.leave)} id="leave" />
            <Figure label={s.fig.absent} value={String(report.total.absent)} id="absent" />
            <Figure label={s.fig.madeUp} value={String(report.total.madeUp)} id="madeUp" />
            <Figure label={s.fig.rate} value={formatRate(report.total.rate)} id="rate" />
          </Grid>
          {months.length > 0 && (
            <Paper sx={{ p: 2, mb: 2 }}>
              <Typography variant="subtitle1">{s.fig.chart}</Typography>
              <BarChart
                height={260}
                dataset={months}
                xAxis={[{ scaleType: 'band', dataKey: 'label', tickInterval: (label: string) => labelled.has(label), tickLabelInterval: (label: string) => labelled.has(label), height: 28 }]}
                series={[
                  { dataKey: 'present', label: s.fig.present, stack: 'a', color: '#2e7d32' },
                  { dataKey: 'late', label: s.fig.late, stack: 'a', color: '#f9a825' },
                  { dataKey: 'leave', label: s.fig.leave, stack: 'a', color: '#1976d2' },
                  { dataKey: 'absent', label: `${s.fig.absent}/${s.fig.pending}`, stack: 'a', color: '#c62828' },
                ]}
              />
            </Paper>
          )}
          {low.length > 0 && <Alert severity="warning" sx={{ mb: 1 }} data-testid="low-alert">{s.fig.below(low.length, Math.round(report.threshold * 100))}</Alert>}
          <Stack sx={{ alignItems: 'center' }} direction="row">
            <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ flexGrow: 1 }}>
              <Tab value="members" label={s.fig.perMember} />
              <Tab value="sessions" label={s.fig.perSession} />
            </Tabs>
            {tab === 'members' && <FormControlLabel control={<Switch checked={onlyLow} onChange={(e) => setOnlyLow(e.target.checked)} />} label={s.fig.onlyBelow} />}
          </Stack>
          <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 260px)' }}>
            {tab === 'members' ? (
              <Table size="small" stickyHeader aria-label={s.fig.perMember}>
                <TableHead>
                  <TableRow>
                    <TableCell>委员编号</TableCell><TableCell>姓名</TableCell><TableCell>界别</TableCell>
                    {COUNT_KEYS.filter((k) => k !== 'walkin').map((k) => <TableCell key={k} align="right">{label(k)}</TableCell>)}
                    <TableCell align="right">{s.fig.rate}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {memberRows.map((m) => (
                    <TableRow key={m.memberId} sx={m.low ? { bgcolor: '#fff3e0' } : undefined} data-low={m.low ? 'yes' : 'no'}>
                      <TableCell>{m.memberNo}</TableCell>
                      <TableCell>{m.name}{m.low && <Chip size="small" color="warning" label="偏低" sx={{ ml: 1 }} />}</TableCell>
                      <TableCell>{m.sector}</TableCell>
                      {COUNT_KEYS.filter((k) => k !== 'walkin').map((k) => <TableCell key={k} align="right">{m[k] as number}</TableCell>)}
                      <TableCell align="right">{formatRate(m.rate)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : (
              <Table size="small" stickyHeader aria-label={s.fig.perSession}>
                <TableHead>
                  <TableRow>
                    <TableCell>日期</TableCell><TableCell>活动名称</TableCell>
                    {COUNT_KEYS.map((k) => <TableCell key={k} align="right">{label(k)}</TableCell>)}
                    <TableCell align="right">{s.fig.rate}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.sessions.map((x) => (
                    <TableRow key={x.sessionId} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/sessions/${x.sessionId}`)}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.date}</TableCell>
                      <TableCell>{x.title}</TableCell>
                      {COUNT_KEYS.map((k) => <TableCell key={k} align="right">{x[k] as number}</TableCell>)}
                      <TableCell align="right">{formatRate(x.rate)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </TableContainer>
        </>
      )}
      <Snackbar open={!!note} autoHideDuration={8000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="figures-note"
          action={note.open ? <Button color="inherit" size="small" onClick={() => void call('files.open', { ref: note.open! })}>打开</Button> : undefined}>{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}

function label(k: keyof Counts): string {
  return { required: s.fig.required.replace('人次', ''), present: s.fig.present, late: s.fig.late, leave: s.fig.leave, absent: s.fig.absent, walkin: s.fig.walkin, madeUp: s.fig.madeUp, pending: s.fig.pending, rate: s.fig.rate }[k];
}

function Figure({ label: l, value, id }: { label: string; value: string; id: string }) {
  return (
    <Grid size={{ xs: 3, md: 1.5 }}>
      <Paper sx={{ p: 1.5, textAlign: 'center' }} data-testid={`fig-${id}`}>
        <Typography variant="body2" color="text.secondary">{l}</Typography>
        <Typography variant="h5">{value}</Typography>
      </Paper>
    </Grid>
  );
}

