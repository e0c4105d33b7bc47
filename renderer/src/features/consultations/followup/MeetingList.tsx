import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useNavigate, useSearchParams } from 'react-router';
import { LOOP_STATES } from '../../../../../shared/consultations/followup';
import { Loading } from '../../sessions/Loading';
import { useConsultData } from '../data/load';
import { cs, STATE_COLORS } from '../strings';
import { useOverview } from './overview';

/** Rows are drawn as they scroll into view: ten years at HQ are 1,200 meetings, and drawing them all is most of the opening time. */
const ROW = 41;

/** The consultation list and its follow-up: each meeting's state, outcome, feedback and measures; overdue ones stand out. */
export function MeetingList() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const data = useConsultData();
  const ov = useOverview(data);
  const [year, setYear] = useState('all');
  const [state, setState] = useState('all');
  const [onlyOverdue, setOnlyOverdue] = useState(params.has('overdue'));
  const years = useMemo(() => [...new Set((ov?.meetings ?? []).map((f) => f.item.date.slice(0, 4)))].sort().reverse(), [ov]);
  const rows = useMemo(() => (ov?.meetings ?? []).filter((f) => (year === 'all' || f.item.date.startsWith(year)) && (state === 'all' || f.state === state) && (!onlyOverdue || f.overdue.length > 0)), [ov, year, state, onlyOverdue]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10, initialRect: { width: 1100, height: 520 } });
  const items = virtual.getVirtualItems();
  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtual.getTotalSize() - items[items.length - 1].end : 0;
  if (!ov) return <Loading />;
  return (
    <>
      {ov.overdue > 0 && <Alert severity="error" sx={{ mb: 1 }} data-testid="consult-overdue">{cs.overdue(ov.overdue)}</Alert>}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <TextField select size="small" label="年度" value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 110 }}>
          <MenuItem value="all">全部</MenuItem>
          {years.map((y) => <MenuItem key={y} value={y}>{y} 年</MenuItem>)}
        </TextField>
        <TextField select size="small" label="状态" value={state} onChange={(e) => setState(e.target.value)} sx={{ width: 130 }}>
          <MenuItem value="all">全部状态</MenuItem>
          {LOOP_STATES.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={onlyOverdue} onChange={(e) => setOnlyOverdue(e.target.checked)} />} label="只看有超期措施的" />
        <Typography variant="body2" color="text.secondary" data-testid="meeting-count">共 {rows.length} 次</Typography>
      </Stack>
      {!ov.meetings.length ? <Typography color="text.secondary" sx={{ mt: 4 }}>{cs.noMeetings}</Typography> : (
        <TableContainer component={Paper} ref={scroller} sx={{ height: 'calc(100vh - 250px)' }}>
          <Table size="small" stickyHeader aria-label="协商议事会列表">
            <TableHead>
              <TableRow>{(['date', 'title', 'state', 'recipient', 'feedback', 'measures', 'overdue'] as const).map((c) => <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>{cs.cols[c]}</TableCell>)}</TableRow>
            </TableHead>
            <TableBody>
              {before > 0 && <tr style={{ height: before }} />}
              {items.map((v) => {
                const f = rows[v.index];
                const m = f.item;
                const fb = m.feedback ?? m.hqFeedback;
                return (
                  <TableRow key={m.id} hover sx={{ cursor: 'pointer', height: ROW, ...(f.overdue.length ? { bgcolor: '#fdecea' } : {}) }} onClick={() => navigate(`/consultations/meetings/${m.id}`)} data-testid="meeting-row">
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.date}</TableCell>
                    <TableCell>{ov.topics.get(m.topicId)?.title ?? m.title}</TableCell>
                    <TableCell><Chip size="small" label={f.state} color={STATE_COLORS[f.state]} /></TableCell>
                    <TableCell>{m.outcome ? `${m.outcome.recipient}（${m.outcome.date}）` : ''}</TableCell>
                    <TableCell>{fb ? fb.adoption : ''}</TableCell>
                    <TableCell>{f.measures.length ? `${f.measures.filter((x) => x.state === '已落实').length}/${f.measures.length}` : ''}</TableCell>
                    <TableCell>{f.overdue.length > 0 && <Chip size="small" color="error" label={`${f.overdue.length} 项超期`} />}</TableCell>
                  </TableRow>
                );
              })}
              {after > 0 && <tr style={{ height: after }} />}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
