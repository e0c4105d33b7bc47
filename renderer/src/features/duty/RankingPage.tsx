import { useMemo, useState } from 'react';
import {
  Alert, Box, Button, Checkbox, Chip, FormControlLabel, Link, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, TextField, Typography,
} from '@mui/material';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { matchesFilter, rankGrouped, type RankingRow } from '../../../../shared/duty/ranking';
import { missingText, periodLabel, periodOf } from '../../../../shared/duty/summary';
import { useOfficeFilter } from '../../app/officeFilter';
import { useRankingSnapshot } from './data/kept';
import { useMe, useOfficeNames } from './data/offices';
import { DutyOutputs } from './output/DutyOutputs';
import { PeriodSelect } from './PeriodSelect';
import { useDutyUi } from './store';

const PAGE = 100;

/** The rows of the ranking for the filters on screen (the outputs print and export the same rows). */
export function useRanking() {
  // Opens from the kept items (data/kept.ts) while every source table is read behind it.
  const snap = useRankingSnapshot();
  const ui = useDutyUi();
  const office = useOfficeFilter();
  const period = useMemo(() => (snap ? periodOf(ui.period, snap.table.terms) : null), [snap, ui.period]);
  const all = useMemo(() => {
    if (!snap || !period) return null;
    const members = snap.members.filter((m) => (!ui.status || m.status === ui.status) && matchesFilter(m, { sector: ui.sector, committee: ui.committee, office: office ?? undefined }));
    return rankGrouped(members, snap.byMember, snap.table, period, new Date().getFullYear());
  }, [snap, period, ui.sector, ui.committee, ui.status, office]);
  const rows = useMemo(() => (all && ui.onlyShort ? all.filter((r) => r.duty.belowMinimum) : all), [all, ui.onlyShort]);
  return { snap, period, rows, all };
}

/**
 * 履职排名: every member's points for a year or a term, highest first, with
 * sector, committee and (HQ's app-bar filter) office; members below a yearly
 * minimum stand out. A total opens the member's record, item by item.
 */
export function RankingPage() {
  const navigate = useNavigate();
  const me = useMe();
  const names = useOfficeNames();
  const ui = useDutyUi();
  const { snap, period, rows, all } = useRanking();
  const [page, setPage] = useState(0);
  const sectors = useMemo(() => [...new Set((snap?.members ?? []).map((m) => m.sector).filter(Boolean))].sort(), [snap]);
  const committees = useMemo(() => [...new Set((snap?.members ?? []).flatMap((m) => m.committees))].sort(), [snap]);
  const short = all?.filter((r) => r.duty.belowMinimum).length ?? 0;
  const set = (p: Parameters<typeof ui.set>[0]) => { ui.set(p); setPage(0); };

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>履职档案</Typography>
        <Button onClick={() => navigate('/duty/activities')}>其他履职登记</Button>
        <Button onClick={() => navigate('/duty/rules')}>积分规则</Button>
        {rows && period && snap?.complete && <DutyOutputs rows={rows} period={period} snap={snap} officeNames={names} />}
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <PeriodSelect value={ui.period} onChange={(p) => set({ period: p })} terms={snap?.table.terms ?? []} />
        <TextField select size="small" label="界别" value={ui.sector} onChange={(e) => set({ sector: e.target.value })} sx={{ width: 160 }}>
          <MenuItem value="">全部</MenuItem>
          {sectors.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
        </TextField>
        <TextField select size="small" label="专委会" value={ui.committee} onChange={(e) => set({ committee: e.target.value })} sx={{ width: 200 }}>
          <MenuItem value="">全部</MenuItem>
          {committees.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
        </TextField>
        <TextField select size="small" label="委员" value={ui.status} onChange={(e) => set({ status: e.target.value as '' | '在任' })} sx={{ width: 150 }}>
          <MenuItem value="在任">在任委员</MenuItem>
          <MenuItem value="">全部（含离任）</MenuItem>
        </TextField>
        <FormControlLabel control={<Checkbox checked={ui.onlyShort} onChange={(e) => set({ onlyShort: e.target.checked })} />} label="只看未达到基本要求的" />
        <Box sx={{ flexGrow: 1 }} />
        {snap && !snap.fresh && <Typography variant="caption" color="text.secondary" data-testid="ranking-updating">上次的结果，正在更新…</Typography>}
        {all && <Typography color="text.secondary" data-testid="ranking-summary">{period ? periodLabel(period) : ''} 共 {all.length} 名{ui.status ? '在任' : ''}委员，{short} 名未达到基本要求</Typography>}
      </Stack>
      {!rows ? <Typography color="text.secondary">正在计算…</Typography> : !rows.length ? <Alert severity="info">没有符合条件的委员。</Alert> : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="履职排名" sx={{ '& td, & th': { whiteSpace: 'nowrap' }, '& td:last-of-type': { whiteSpace: 'normal', width: '50%' } }}>
            <TableHead>
              <TableRow>{['名次', '姓名', '界别', ...(me.role === 'hq' ? ['办公室'] : []), '积分', ...(period?.kind === 'year' ? ['等次'] : []), '基本要求'].map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow>
            </TableHead>
            <TableBody>
              {rows.slice(page * PAGE, (page + 1) * PAGE).map((r: RankingRow<Member>) => (
                <TableRow key={r.member.id} hover data-testid="ranking-row" sx={r.duty.belowMinimum ? { bgcolor: '#fff8e1', '& td:first-of-type': { borderLeft: '4px solid', borderLeftColor: 'warning.main' } } : undefined}>
                  <TableCell>{r.rank}</TableCell>
                  <TableCell><Link component="button" onClick={() => navigate(`/duty/member/${r.member.id}`)}>{r.member.name}</Link>{r.member.status === '离任' ? <Typography component="span" variant="caption" color="text.secondary">（离任）</Typography> : null}</TableCell>
                  <TableCell>{r.member.sector}</TableCell>
                  {me.role === 'hq' && <TableCell>{names.get(r.member.office) ?? r.member.office}</TableCell>}
                  <TableCell><Link component="button" data-testid="ranking-total" onClick={() => navigate(`/duty/member/${r.member.id}`)}>{r.duty.total}</Link></TableCell>
                  {period?.kind === 'year' && <TableCell>{r.duty.grade}</TableCell>}
                  <TableCell>{r.duty.belowMinimum ? <Chip size="small" color="warning" label={`未达到：${missingText(r.duty) || '有年度未达到'}`} /> : <Typography variant="body2" color="success.main">已达到</Typography>}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination component="div" count={rows.length} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} onPageChange={(_, p) => setPage(p)} labelDisplayedRows={({ from, to, count }) => `第 ${from}–${to} 名，共 ${count} 名`} />
        </TableContainer>
      )}
    </>
  );
}
