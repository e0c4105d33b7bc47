import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItemButton, ListItemText, Paper, Stack, TextField, Typography,
} from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { ATTENDANCE_LABELS, type Attendance } from '../../../../shared/domain/session';
import { liveCounts } from '../../../../shared/attendance/figures';
import { clockOf, localDate } from '../../../../shared/attendance/time';
import { signInMember, undoLastSignIn, type SignInResult } from './data';
import { useSessionView } from './hooks';
import { memberFinder } from './memberFinder';
import { CountsBar } from './CountsBar';
import { Loading } from './Loading';
import { s } from './strings';

const SHOWN = 6;

interface Banner {
  tone: 'success' | 'info' | 'warning' | 'error';
  name: string;
  text: string;
}

/**
 * The door's screen: one input for a name, pinyin, initials, a member number
 * or a scanner's keystrokes ending in Enter. Enter signs in the highlighted
 * match; the result is shown large; Ctrl+Z undoes the last sign-in.
 */
export function SignInScreen() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { session, members, byId, records, required } = useSessionView(id);
  const [query, setQuery] = useState('');
  const [sel, setSel] = useState(0);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [last, setLast] = useState<{ undo: NonNullable<SignInResult['undo']>; name: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /** A member who is not required, picked with Enter: asked about before a 列席 is recorded. */
  const [asking, setAsking] = useState<Member | null>(null);

  // Required members first: at the door they are whom the clerk is looking for.
  const finder = useMemo(() => memberFinder(members ?? [], required), [members, required]);
  const matches = useMemo(() => finder.find(query, SHOWN), [finder, query]);
  const recordOf = useMemo(() => new Map((records ?? []).map((r) => [r.memberId, r])), [records]);
  const counts = useMemo(() => liveCounts(required, records ?? []), [required, records]);

  // Sign-ins are written one after another, so a scanner's next code is never dropped while one is saving.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const confirm = useCallback((m: Member) => {
    if (!session) return;
    setQuery('');
    setSel(0);
    input.current?.focus();
    queue.current = queue.current.then(async () => {
      try {
        const r = await signInMember(session, m.id, required.has(m.id));
        const tone = r.outcome.kind === 'unchanged' ? 'warning' : r.outcome.kind === 'refused' ? 'error' : 'success';
        setBanner({ tone, name: m.name, text: r.outcome.message });
        if (r.undo) setLast({ undo: r.undo, name: m.name });
      } catch (e) {
        setBanner({ tone: 'error', name: m.name, text: (e as Error).message });
      }
    });
  }, [session, required]);

  const undo = useCallback(() => {
    if (!last) return;
    setLast(null);
    input.current?.focus();
    queue.current = queue.current.then(async () => {
      await undoLastSignIn(last.undo);
      setBanner({ tone: 'info', name: last.name, text: s.signIn.undone });
    });
  }, [last]);

  if (session === null) return <Alert severity="warning">找不到这次活动</Alert>;
  if (!session || !members) return <Loading />;
  const closed = !!session.closedAt;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSel((i) => Math.min(i + 1, Math.max(0, matches.length - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSel((i) => Math.max(0, i - 1));
    } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !input.current?.value) {
      e.preventDefault();
      undo();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // A scanner types faster than React renders: search what the input holds now.
      const typed = input.current?.value ?? '';
      if (!typed.trim()) return;
      const found = typed === query ? matches : finder.find(typed, SHOWN);
      const pick = found[typed === query ? sel : 0];
      const rec = pick && recordOf.get(pick.id);
      // Enter on someone not required (and not already in) asks first: a 列席 by mistake is the wrong person signed in.
      if (pick && !required.has(pick.id) && !(rec && rec.status !== 'leave')) {
        setQuery('');
        setSel(0);
        setAsking(pick);
      } else if (pick) confirm(pick);
      else {
        setBanner({ tone: 'error', name: '', text: s.signIn.noMatch(typed.trim()) });
        setQuery('');
      }
    }
  }

  const current = matches[sel];
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{s.signIn.title}：{session.title}</Typography>
        <Typography color="text.secondary">{session.date} {session.startTime} 开始</Typography>
        <Button onClick={() => navigate(`/sessions/${session.id}`)}>{s.signIn.back}</Button>
      </Stack>
      <CountsBar counts={counts} closed={closed} large />
      {!closed && session.date !== localDate(new Date()) && (
        <Alert severity="warning" sx={{ mt: 2 }}>{s.signIn.notToday(session.date)}</Alert>
      )}
      {closed ? <Alert severity="info" sx={{ mt: 2 }}>{s.signIn.closed}</Alert> : (
        <Stack direction="row" spacing={3} sx={{ mt: 2 }}>
          <Box sx={{ flex: 3 }}>
            <TextField
              inputRef={input}
              value={query}
              onChange={(e) => { setQuery(e.target.value); setSel(0); }}
              onKeyDown={onKeyDown}
              label={s.signIn.input}
              helperText={s.signIn.hint}
              fullWidth
              autoFocus
              autoComplete="off"
              slotProps={{ htmlInput: { 'aria-label': '签到输入', style: { fontSize: 32 } } }}
            />
            {banner && (
              <Alert severity={banner.tone} sx={{ mt: 2, fontSize: 24, alignItems: 'center' }} data-testid="signin-banner">
                {banner.name && <strong style={{ marginRight: 16 }}>{banner.name}</strong>}{banner.text}
              </Alert>
            )}
            {current && (
              <Paper sx={{ mt: 2, p: 3 }} data-testid="signin-match">
                <Stack sx={{ alignItems: 'baseline' }} direction="row" spacing={3}>
                  <Typography sx={{ fontSize: 56, fontWeight: 600, lineHeight: 1.1 }}>{current.name}</Typography>
                  <Typography variant="h5" color="text.secondary">{current.memberNo}</Typography>
                  <MatchState member={current} required={required.has(current.id)} record={recordOf.get(current.id)} />
                </Stack>
                <Typography variant="h6" color="text.secondary">{current.sector} · {current.unitAndPost}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{required.has(current.id) ? '按回车确认签到' : '按回车后会先询问：不是应到人员，将记为列席'}</Typography>
              </Paper>
            )}
            {matches.length > 1 && (
              <List dense aria-label="其他匹配">
                {matches.map((m, i) => (
                  <ListItemButton key={m.id} selected={i === sel} onClick={() => confirm(m)}>
                    <ListItemText primary={`${m.name}  ${m.memberNo}${required.has(m.id) ? '' : '  （非应到）'}`} secondary={`${m.sector} · ${m.unitAndPost}`} />
                  </ListItemButton>
                ))}
              </List>
            )}
          </Box>
          <Dialog open={!!asking} onClose={() => { setAsking(null); input.current?.focus(); }} data-testid="walkin-confirm"
            slotProps={{ transition: { onExited: () => input.current?.focus() } }}>
            <DialogTitle>{asking?.name} 不是本次活动的应到人员</DialogTitle>
            <DialogContent>
              <DialogContentText>{s.signIn.askWalkin(asking?.name ?? '', asking ? `${asking.sector} · ${asking.unitAndPost}` : '')}</DialogContentText>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setAsking(null)}>{s.signIn.notThisOne}</Button>
              <Button variant="contained" autoFocus onClick={() => { const m = asking!; setAsking(null); confirm(m); }}>{s.signIn.asWalkin}</Button>
            </DialogActions>
          </Dialog>
          <Box sx={{ flex: 2 }}>
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>{s.signIn.recent}</Typography>
              <Button startIcon={<UndoIcon />} disabled={!last} onClick={undo}>{s.signIn.undo}</Button>
            </Stack>
            <Recent records={records ?? []} byId={byId} />
          </Box>
        </Stack>
      )}
    </Box>
  );
}

function MatchState({ required, record }: { member: Member; required: boolean; record: Attendance | undefined }) {
  if (record && (record.status === 'present' || record.status === 'late' || record.status === 'walkin')) {
    return <Chip color="warning" label={`已签到 ${clockOf(record.arrivedAt)}`} />;
  }
  if (record?.status === 'leave') return <Chip color="info" label="已请假" />;
  if (!required) return <Chip label={s.signIn.notRequired} />;
  return <Chip color="success" label="应到" />;
}

const Recent = memo(function Recent({ records, byId }: { records: Attendance[]; byId: Map<string, Member> }) {
  const recent = records.filter((r) => r.arrivedAt).sort((a, b) => (a._rev < b._rev ? 1 : -1)).slice(0, 10);
  return (
    <Paper>
      <List dense aria-label={s.signIn.recent}>
        {recent.map((r) => (
          <ListItemText key={r.id} sx={{ px: 2 }} primary={`${byId.get(r.memberId)?.name ?? ''}  ${ATTENDANCE_LABELS[r.status]}`} secondary={clockOf(r.arrivedAt)} />
        ))}
        {!recent.length && <ListItemText sx={{ px: 2 }} secondary="尚无人签到" />}
      </List>
    </Paper>
  );
});
