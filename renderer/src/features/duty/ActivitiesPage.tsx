import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert, Button, IconButton, MenuItem, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useSearchParams } from 'react-router';
import { localDate } from '../../../../shared/attendance/time';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, ONE_OFF_KINDS, SPEECH_MODES, type ActivityKind, type DutyActivity } from '../../../../shared/domain/duty';
import { ACTIVITY_TEXT, type ActivityField } from '../../../../shared/duty/activities';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { NewRecordOfficeNote } from '../../app/NewRecordOfficeNote';
import { repos } from '../../db';
import { useActiveMembers } from '../reports/hooks';
import { ActivityErrors, deleteActivity, restoreActivity, saveActivity } from './data/activities';
import { MembersPicker } from './MembersPicker';

const SHOWN = 300;

/**
 * 其他履职登记: 大会发言 (口头 or 书面, at which meeting), one-off 调研 / 视察 /
 * 考察 / 座谈会 / 民主评议 (the sessions of those kinds in 学习活动 count by
 * themselves), 委员惠民行动 (what, for whom); each for one or more members.
 */
export function ActivitiesPage() {
  const navigate = useNavigate();
  // A record's item opens here with ?show=<id>: that activity is listed first and marked, whatever the filter.
  const [params] = useSearchParams();
  const opened = params.get('show') ?? '';
  const openedRow = useRef<HTMLTableRowElement>(null);
  const today = localDate(new Date());
  const office = useOfficeFilter();
  const members = useActiveMembers();
  const list = useLiveQuery(async () => (await repos.dutyActivities.all()).filter((a) => matchesOffice(office, a)).sort((a, b) => b.date.localeCompare(a.date)), [office]);
  const allMembers = useLiveQuery(() => repos.members.all(), []);
  const names = useMemo(() => new Map((allMembers ?? []).map((m) => [m.id, m.name])), [allMembers]);
  const [kind, setKind] = useState<ActivityKind>('speech');
  const [f, setF] = useState({ date: today, title: '', memberIds: [] as string[], mode: '口头发言', where: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<ActivityField, string>>>({});
  const [note, setNote] = useState<{ text: string; error?: boolean; undo?: () => void } | null>(null);
  const [show, setShow] = useState<'' | ActivityKind>('');
  const text = ACTIVITY_TEXT[kind];
  const byId = new Map((members ?? []).map((m) => [m.id, m]));
  const modes = kind === 'speech' ? SPEECH_MODES : kind === 'activity' ? ONE_OFF_KINDS : [];

  async function save() {
    try {
      const a = await saveActivity({ kind, ...f });
      setErrors({});
      setF({ ...f, title: '', memberIds: [], note: '' });
      setNote({ text: `已登记：${ACTIVITY_KIND_LABELS[a.kind]}「${a.title}」，${a.memberIds.length} 名委员` });
    } catch (e) {
      if (e instanceof ActivityErrors) setErrors(e.errors);
      else setNote({ text: (e as Error).message, error: true });
    }
  }

  const target = opened ? (list ?? []).find((a) => a.id === opened) : undefined;
  // One click deletes (the list stays quick to tidy); the snackbar's 撤销 brings it back.
  function remove(a: DutyActivity) {
    deleteActivity(a.id)
      .then(() => setNote({ text: `已删除：${ACTIVITY_KIND_LABELS[a.kind]}「${a.title}」`, undo: () => { setNote(null); void restoreActivity(a.id).catch((e: Error) => setNote({ text: e.message, error: true })); } }))
      .catch((e: Error) => setNote({ text: e.message, error: true }));
  }

  const shown = [...(target ? [target] : []), ...(list ?? []).filter((a) => a !== target && (!show || a.kind === show))];
  useEffect(() => { openedRow.current?.scrollIntoView({ block: 'center' }); }, [target]);
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>其他履职登记</Typography>
        <Button onClick={() => navigate('/duty')}>返回排名</Button>
      </Stack>
      <NewRecordOfficeNote />
      <Paper sx={{ p: 2, mb: 2 }} component="form" aria-label="登记履职活动" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1.5}>
            <TextField select size="small" label="类别" value={kind} onChange={(e) => { const k = e.target.value as ActivityKind; setKind(k); setF({ ...f, mode: k === 'speech' ? '口头发言' : k === 'activity' ? '调研' : '' }); }} sx={{ width: 180 }}>
              {ACTIVITY_KINDS.map((k) => <MenuItem key={k} value={k}>{ACTIVITY_KIND_LABELS[k]}</MenuItem>)}
            </TextField>
            {modes.length > 0 && (
              <TextField select size="small" label={text.mode} value={f.mode} onChange={(e) => setF({ ...f, mode: e.target.value })} error={!!errors.mode} helperText={errors.mode} sx={{ width: 140 }}>
                {modes.map((m) => <MenuItem key={m} value={m}>{m}</MenuItem>)}
              </TextField>
            )}
            <TextField size="small" label="日期" value={f.date} onChange={(e) => setF({ ...f, date: e.target.value })} error={!!errors.date} helperText={errors.date} sx={{ width: 160 }} />
            <TextField size="small" label={text.title} value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} error={!!errors.title} helperText={errors.title} sx={{ flexGrow: 1 }} />
          </Stack>
          <Stack direction="row" spacing={1.5}>
            <Stack sx={{ flexGrow: 1 }}>
              <MembersPicker members={members ?? []} value={f.memberIds.map((id) => byId.get(id)).filter((m) => !!m)} onChange={(ms) => setF({ ...f, memberIds: ms.map((m) => m.id) })} error={errors.memberIds} label="委员（可多选）" />
            </Stack>
            <TextField size="small" label={text.where} value={f.where} onChange={(e) => setF({ ...f, where: e.target.value })} error={!!errors.where} helperText={errors.where} sx={{ width: 260 }} />
            <Button type="submit" variant="contained">登记</Button>
          </Stack>
        </Stack>
      </Paper>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <TextField select size="small" label="显示" value={show} onChange={(e) => setShow(e.target.value as '' | ActivityKind)} sx={{ width: 180 }}>
          <MenuItem value="">全部</MenuItem>
          {ACTIVITY_KINDS.map((k) => <MenuItem key={k} value={k}>{ACTIVITY_KIND_LABELS[k]}</MenuItem>)}
        </TextField>
        <Typography color="text.secondary">共 {shown.length} 条</Typography>
        {opened && list && !target && <Alert severity="warning" sx={{ py: 0 }}>找不到这条履职活动（可能已删除）。</Alert>}
      </Stack>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="履职活动">
          <TableHead><TableRow>{['日期', '类别', '内容', '委员', '地点 / 会议 / 服务对象', ''].map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow></TableHead>
          <TableBody>
            {shown.slice(0, SHOWN).map((a) => (
              <TableRow key={a.id} data-testid="activity-row" selected={a === target} ref={a === target ? openedRow : undefined} aria-current={a === target ? 'true' : undefined}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.date}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{ACTIVITY_KIND_LABELS[a.kind]}{a.mode ? `·${a.mode}` : ''}</TableCell>
                <TableCell>{a.title}</TableCell>
                <TableCell>{a.memberIds.map((id) => names.get(id) ?? '（已删除）').join('、')}</TableCell>
                <TableCell>{a.where}</TableCell>
                <TableCell>{!repos.dutyActivities.whyReadOnly(a) && <IconButton size="small" aria-label="删除" onClick={() => remove(a)}><DeleteIcon fontSize="small" /></IconButton>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Snackbar open={!!note} autoHideDuration={6000} onClose={() => setNote(null)}>{note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} action={note.undo ? <Button color="inherit" size="small" onClick={note.undo}>撤销</Button> : undefined}>{note.text}</Alert> : undefined}</Snackbar>
    </>
  );
}
