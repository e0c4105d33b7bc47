import { useMemo, useRef, useState } from 'react';
import {
  Alert, Box, Button, Chip, Grid, IconButton, Link, List, ListItem, ListItemText, Paper, Snackbar, Stack, Table, TableBody, TableCell,
  TableContainer, TableHead, TableRow, ToggleButton, ToggleButtonGroup, Tooltip, Typography,
} from '@mui/material';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import type { Attendance, StudySession } from '../../../../shared/domain/session';
import { describeRule } from '../../../../shared/attendance/required';
import { liveCounts } from '../../../../shared/attendance/figures';
import { leaveText, statusText } from '../../../../shared/attendance/status';
import { chineseDate, clockOf, localDate, weekday } from '../../../../shared/attendance/time';
import { repos } from '../../db';
import { closeSession, pendingCount, reopenSession, saveLeave, saveMakeUp, withdrawLeave } from './data';
import { ConfirmDialog, LeaveDialog, MakeUpDialog } from './dialogs';
import { useSessionView } from './hooks';
import { attachMaterial, openMaterial, removeMaterial, sizeText } from './materials';
import { CountsBar } from './CountsBar';
import { Loading } from './Loading';
import { PaperSheetDialog } from './PaperSheet';
import { SessionPrintButtons } from './SessionPrintButtons';
import { sessionState } from './SessionList';
import { s } from './strings';

type Filter = 'all' | 'arrived' | 'leave' | 'absent' | 'missing' | 'walkin';

interface Row {
  member: Member | undefined;
  memberId: string;
  record: Attendance | undefined;
  required: boolean;
}

function rowStatus(r: Row, closed: boolean): string {
  if (r.record) return statusText(r.record);
  return closed ? '—' : s.detail.notYet;
}

function matches(r: Row, f: Filter): boolean {
  const st = r.record?.status;
  switch (f) {
    case 'all': return true;
    case 'arrived': return st === 'present' || st === 'late';
    case 'leave': return st === 'leave';
    case 'absent': return st === 'absent';
    case 'missing': return !r.record && r.required;
    case 'walkin': return st === 'walkin';
  }
}

export function SessionDetail() {
  const { id } = useParams();
  const navigate = useNavigate();
  const view = useSessionView(id);
  const { session, byId, records, required } = view;
  const [filter, setFilter] = useState<Filter>('all');
  const [leaveFor, setLeaveFor] = useState<Row | null>(null);
  const [makeUpFor, setMakeUpFor] = useState<Row | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmReopen, setConfirmReopen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const rows = useMemo<Row[]>(() => {
    if (!session || !view.members) return [];
    const recs = new Map((records ?? []).map((r) => [r.memberId, r]));
    const out: Row[] = [];
    for (const m of view.members) if (required.has(m.id)) out.push({ member: m, memberId: m.id, record: recs.get(m.id), required: true });
    for (const r of records ?? []) {
      if (!required.has(r.memberId)) out.push({ member: byId.get(r.memberId), memberId: r.memberId, record: r, required: false });
    }
    return out;
  }, [session, view.members, records, required, byId]);

  if (session === null) return <Alert severity="warning">找不到这次活动，可能已被删除</Alert>;
  if (!session || !records || !view.members) return <Loading />;

  const closed = !!session.closedAt;
  // At an office, a session HQ planned for the whole district is HQ's: the office records its
  // members' attendance and leave; the plan, its materials and closing are HQ's (shared/sync/authority.ts).
  const locked = repos.sessions.whyReadOnly(session);
  const counts = liveCounts(required, records);
  const pending = pendingCount(required, records);
  const shown = rows.filter((r) => matches(r, filter));
  const today = localDate(new Date());
  const state = sessionState(session, today);
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      setNote({ text: (e as Error).message, error: true });
    }
  };

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }} data-testid="session-title">{session.title}</Typography>
        <Chip label={state.label} color={state.color} />
        {!closed && <Button variant="contained" startIcon={<HowToRegIcon />} onClick={() => navigate(`/sessions/${session.id}/signin`)}>{s.detail.signIn}</Button>}
        <Button startIcon={<FactCheckIcon />} onClick={() => setSheetOpen(true)}>{s.detail.paperSheet}</Button>
        {!closed && !locked && <Button onClick={() => setConfirmClose(true)}>{s.detail.close}</Button>}
        {closed && !locked && <Button onClick={() => setConfirmReopen(true)}>{s.detail.reopen}</Button>}
        {!locked && <Button onClick={() => navigate(`/sessions/${session.id}/edit`)}>{s.detail.edit}</Button>}
        <Button onClick={() => navigate(`/sessions/${session.id}/copy`)}>{s.detail.copy}</Button>
        <SessionPrintButtons view={view} counts={counts} />
      </Stack>

      {locked && <Alert severity="info" sx={{ mb: 2 }} data-testid="session-locked">区政协统一安排的活动：本办公室在这里记录本办公室委员的签到和请假；活动安排、材料和关闭由区政协办理。</Alert>}
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Paper sx={{ p: 2, height: '100%' }}>
            <Info label={s.detail.time} value={`${chineseDate(session.date)} ${weekday(session.date)} ${session.startTime}${session.endTime ? `–${session.endTime}` : ''}`} />
            <Info label={s.cols.kind} value={session.kind} />
            <Info label={s.detail.place} value={session.place} />
            <Info label={s.detail.organiser} value={session.organiser} />
            <Info label={s.detail.required} value={`${describeRule(session.required)}（${required.size} 人）`} />
            {session.topic && <Info label={s.detail.topic} value={session.topic} />}
            {closed && <Info label="状态" value={s.detail.closedAt(session.closedAt.replace('T', ' ').slice(0, 16))} />}
            {session.agenda.length > 0 && (
              <>
                <Typography variant="subtitle2" sx={{ mt: 1 }}>{s.detail.agenda}</Typography>
                <ol style={{ margin: 0, paddingLeft: 24 }}>{session.agenda.map((a, i) => <li key={i}>{a}</li>)}</ol>
              </>
            )}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Paper sx={{ p: 2, height: '100%' }}>
            <Stack sx={{ alignItems: 'center' }} direction="row">
              <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>{s.detail.materials}</Typography>
              {!locked && <Button size="small" startIcon={<AttachFileIcon />} onClick={() => fileInput.current?.click()}>{s.detail.upload}</Button>}
              <input ref={fileInput} type="file" hidden multiple aria-label={s.detail.upload} onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void act(async () => {
                  // One refused file (too big, empty) does not stop the others; each refusal is named.
                  const refused: string[] = [];
                  for (const f of files) {
                    try {
                      await attachMaterial((await repos.sessions.get(session.id))!, f);
                    } catch (err) {
                      refused.push((err as Error).message);
                    }
                  }
                  const added = `已添加 ${files.length - refused.length} 个材料`;
                  setNote(refused.length ? { text: [added, ...refused].join('；'), error: true } : { text: added });
                });
              }} />
            </Stack>
            {session.materials.length ? (
              <List dense aria-label={s.detail.materials}>
                {session.materials.map((m) => (
                  <ListItem key={m.path} secondaryAction={
                    locked ? null : <Tooltip title={s.detail.remove}><IconButton edge="end" aria-label={`${s.detail.remove} ${m.name}`} onClick={() => void act(() => removeMaterial(session, m))}><DeleteIcon /></IconButton></Tooltip>
                  }>
                    <ListItemText primary={<Button size="small" sx={{ textTransform: 'none', p: 0 }} onClick={() => void act(() => openMaterial(m))}>{m.name}</Button>}
                      secondary={sizeText(m.size)} />
                  </ListItem>
                ))}
              </List>
            ) : <Typography color="text.secondary" variant="body2">{s.detail.noMaterials}</Typography>}
          </Paper>
        </Grid>
      </Grid>

      <CountsBar counts={counts} closed={closed} />

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', my: 1 }}>
        <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>{s.detail.attendance}</Typography>
        <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_, v) => v && setFilter(v)} aria-label="筛选">
          <ToggleButton value="all">全部</ToggleButton>
          <ToggleButton value="arrived">已到</ToggleButton>
          <ToggleButton value="leave">请假</ToggleButton>
          {closed ? <ToggleButton value="absent">缺席</ToggleButton> : <ToggleButton value="missing">未到</ToggleButton>}
          <ToggleButton value="walkin">列席</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 200px)' }}>
        <Table size="small" stickyHeader aria-label={s.detail.attendance}>
          <TableHead>
            <TableRow>
              {(['name', 'memberNo', 'sector', 'status', 'arrived', 'leave', 'makeUp', 'actions'] as const).map((c) => <TableCell key={c}>{s.att[c]}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((r) => {
              const st = r.record?.status;
              return (
                <TableRow key={r.memberId} data-member={r.member?.name}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.member ? <Link component="button" onClick={() => navigate(`/members/${r.memberId}`)}>{r.member.name}</Link> : '（已删除的委员）'}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.member?.memberNo}</TableCell>
                  <TableCell>{r.member?.sector}</TableCell>
                  <TableCell data-testid="status">{rowStatus(r, closed)}</TableCell>
                  <TableCell>{r.record?.arrivedAt ? clockOf(r.record.arrivedAt) : ''}</TableCell>
                  <TableCell>{r.record?.leave ? leaveText(r.record.leave, true) : ''}</TableCell>
                  <TableCell>{r.record?.makeUp ? `${r.record.makeUp.date} ${r.record.makeUp.note}` : ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.required && (!st || st === 'absent') && <Button size="small" onClick={() => setLeaveFor(r)}>{s.detail.leave}</Button>}
                    {st === 'leave' && <Button size="small" onClick={() => void act(() => withdrawLeave(session, r.memberId))}>{s.detail.cancelLeave}</Button>}
                    {(st === 'absent' || st === 'leave') && !r.record?.makeUp && <Button size="small" onClick={() => setMakeUpFor(r)}>{s.detail.makeUp}</Button>}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ mt: 2 }}>
        {!locked && <Button color="error" size="small" onClick={() => setConfirmDelete(true)}>{s.detail.deleteSession}</Button>}
      </Box>

      {leaveFor && (
        <LeaveDialog open title={s.leaveDialog.title(leaveFor.member?.name ?? '')} defaultDate={minDate(localDate(new Date()), session)}
          onClose={() => setLeaveFor(null)}
          onSave={async (v) => setNote({ text: await saveLeave(session, leaveFor.memberId, v) })} />
      )}
      {makeUpFor && (
        <MakeUpDialog open title={s.makeUpDialog.title(makeUpFor.member?.name ?? '')} onClose={() => setMakeUpFor(null)}
          onSave={async (v) => setNote({ text: await saveMakeUp(session, makeUpFor.memberId, v) })} />
      )}
      <ConfirmDialog open={confirmClose} title={s.detail.close} text={s.detail.closeConfirm(pending, session.date > today ? session.date : '')} confirm={s.detail.close}
        onClose={() => setConfirmClose(false)}
        onConfirm={async () => { const n = await closeSession(session.id); setNote({ text: s.detail.closed(n) }); }} />
      <ConfirmDialog open={confirmReopen} title={s.detail.reopen} text={s.detail.reopenConfirm} confirm={s.detail.reopen}
        onClose={() => setConfirmReopen(false)}
        onConfirm={async () => { await reopenSession(session.id); setNote({ text: s.detail.reopened }); }} />
      {sheetOpen && (
        <PaperSheetDialog session={session} members={view.members} records={records} required={required}
          onClose={() => setSheetOpen(false)}
          onSaved={(n) => { setSheetOpen(false); setNote({ text: s.detail.sheetSaved(n) }); }} />
      )}
      <ConfirmDialog open={confirmDelete} title={s.detail.deleteSession} text={s.detail.deleteConfirm} confirm={s.detail.deleteSession}
        onClose={() => setConfirmDelete(false)}
        onConfirm={async () => { await repos.sessions.remove(session.id); navigate('/sessions'); }} />
      <Snackbar open={!!note} autoHideDuration={5000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)}>{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}

/** Leave is asked before the session: default to today, or the session date if that is earlier. */
function minDate(today: string, session: StudySession): string {
  return today < session.date ? today : session.date;
}

function Info({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 0.5 }}>
      <Typography color="text.secondary" sx={{ minWidth: 72 }}>{label}</Typography>
      <Typography>{value}</Typography>
    </Stack>
  );
}
