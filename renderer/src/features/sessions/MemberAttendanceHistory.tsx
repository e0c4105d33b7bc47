import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { computeAttendanceFigures, formatRate } from '../../../../shared/attendance/figures';
import { leaveText, statusText } from '../../../../shared/attendance/status';
import { clockOf } from '../../../../shared/attendance/time';
import { memberAttendance } from './data';
import { s } from './strings';
import { readAttendanceRule } from './attendanceRule';

/** A member's attendance, newest first, with their rate; shown on the member's page (roster). */
export function MemberAttendanceHistory({ member }: { member: Member }) {
  const navigate = useNavigate();
  const data = useLiveQuery(async () => {
    const { rows, sessions } = await memberAttendance(member.id);
    const byId = new Map(sessions.map((x) => [x.id, x]));
    const lines = rows.filter((r) => byId.has(r.sessionId)).map((r) => ({ r, x: byId.get(r.sessionId)! }))
      .sort((a, b) => (a.x.date < b.x.date ? 1 : a.x.date > b.x.date ? -1 : 0));
    // The rate by the office's rule, as on the figures page.
    const fig = computeAttendanceFigures(sessions, rows, { rule: await readAttendanceRule() });
    return { lines, total: fig.total };
  }, [member.id]);
  if (!data) return null;
  if (!data.lines.length) return <Typography color="text.secondary">{s.history.none}</Typography>;
  return (
    <>
      <Typography sx={{ mb: 1 }} data-testid="attendance-summary">{s.history.summary(data.total.required, formatRate(data.total.rate))}</Typography>
      <Table size="small" aria-label={s.history.title}>
        <TableHead>
          <TableRow>
            {[s.cols.date, s.cols.title, s.cols.kind, s.att.status, s.att.arrived, s.att.leave, s.att.makeUp].map((h) => (
              <TableCell key={h} sx={{ whiteSpace: 'nowrap' }}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.lines.slice(0, 200).map(({ r, x }) => (
            <TableRow key={r.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.date}</TableCell>
              <TableCell><Link component="button" onClick={() => navigate(`/sessions/${x.id}`)} sx={{ textAlign: 'left' }}>{x.title}</Link></TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.kind}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{statusText(r)}</TableCell>
              <TableCell>{r.arrivedAt ? clockOf(r.arrivedAt) : ''}</TableCell>
              <TableCell>{r.leave ? leaveText(r.leave) : ''}</TableCell>
              <TableCell>{r.makeUp ? `${r.makeUp.date} ${r.makeUp.note}` : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {data.lines.length > 200 && <Typography variant="body2" color="text.secondary">仅显示最近 200 次</Typography>}
    </>
  );
}
