import { useMemo, useState } from 'react';
import {
  Box, Button, Chip, MenuItem, Paper, Stack, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BarChartIcon from '@mui/icons-material/BarChartOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import type { StudySession } from '../../../../shared/domain/session';
import { describeRule } from '../../../../shared/attendance/required';
import { computeAttendanceFigures, formatRate } from '../../../../shared/attendance/figures';
import { localDate, weekday } from '../../../../shared/attendance/time';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { repos } from '../../db';
import { attendanceOfSessions } from './data';
import { s } from './strings';

export function sessionState(x: StudySession, today: string): { label: string; color: 'default' | 'warning' | 'success' | 'info' } {
  if (x.closedAt) return { label: s.state.closed, color: 'default' };
  if (x.date < today) return { label: s.state.open, color: 'warning' };
  if (x.date === today) return { label: '今天', color: 'success' };
  return { label: s.state.planned, color: 'info' };
}

/** Sessions still open (planned, or held and not closed yet) soonest first; closed ones of a chosen year, latest first, with their rate. */
export function SessionList() {
  const navigate = useNavigate();
  const today = localDate(new Date());
  const [tab, setTab] = useState<'upcoming' | 'past'>('upcoming');
  const [year, setYear] = useState(today.slice(0, 4));
  const [query, setQuery] = useState('');
  const officeFilter = useOfficeFilter();
  const sessions = useLiveQuery(() => repos.sessions.read.orderBy('date').filter((x) => x.deleted === 0).toArray(), []);
  const years = useMemo(() => [...new Set([today.slice(0, 4), ...(sessions ?? []).map((x) => x.date.slice(0, 4))])].sort().reverse(), [sessions, today]);

  const shown = useMemo(() => {
    const all = (sessions ?? []).filter((x) => matchesOffice(officeFilter, x));
    const q = query.trim();
    const list = tab === 'upcoming'
      ? all.filter((x) => !x.closedAt)
      : all.filter((x) => x.closedAt && x.date.startsWith(year)).reverse();
    return q ? list.filter((x) => x.title.includes(q) || x.kind.includes(q) || x.place.includes(q)) : list;
  }, [sessions, tab, year, query, officeFilter]);

  const pastIds = tab === 'past' ? shown.map((x) => x.id) : [];
  const rates = useLiveQuery(async () => {
    if (!pastIds.length) return new Map<string, string>();
    const rows = await attendanceOfSessions(pastIds);
    const f = computeAttendanceFigures(shown, rows);
    return new Map(f.sessions.map((x) => [x.sessionId, `${formatRate(x.rate)}（${x.present + x.late}/${x.required}）`]));
  }, [pastIds.join()]);

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{s.title}</Typography>
        <Button startIcon={<BarChartIcon />} onClick={() => navigate('/sessions/figures')}>{s.figures}</Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/sessions/new')}>{s.newSession}</Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ flexGrow: 1 }}>
          <Tab value="upcoming" label={s.upcoming} />
          <Tab value="past" label={s.past} />
        </Tabs>
        {tab === 'past' && (
          <TextField select size="small" label="年度" value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 110 }}>
            {years.map((y) => <MenuItem key={y} value={y}>{y} 年</MenuItem>)}
          </TextField>
        )}
        <TextField size="small" label="查找活动" value={query} onChange={(e) => setQuery(e.target.value)} />
      </Stack>
      {sessions && !sessions.length ? (
        <Typography color="text.secondary" sx={{ mt: 4 }}>{s.noSessions}</Typography>
      ) : (
        <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 230px)' }}>
          <Table size="small" stickyHeader aria-label="活动列表">
            <TableHead>
              <TableRow>
                <TableCell>{s.cols.date}</TableCell>
                <TableCell>{s.cols.time}</TableCell>
                <TableCell>{s.cols.title}</TableCell>
                <TableCell>{s.cols.kind}</TableCell>
                <TableCell>{s.cols.place}</TableCell>
                <TableCell>{s.cols.required}</TableCell>
                <TableCell>{tab === 'past' ? s.cols.rate : s.cols.state}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((x) => {
                const st = sessionState(x, today);
                return (
                  <TableRow key={x.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/sessions/${x.id}`)}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.date}<Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>{weekday(x.date)}</Box></TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.startTime}{x.endTime ? `–${x.endTime}` : ''}</TableCell>
                    <TableCell>{x.title}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.kind}</TableCell>
                    <TableCell>{x.place}</TableCell>
                    <TableCell>{describeRule(x.required)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {tab === 'past' ? (rates?.get(x.id) ?? '…') : <Chip size="small" label={st.label} color={st.color} />}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
