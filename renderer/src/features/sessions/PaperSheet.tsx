import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert, Autocomplete, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableContainer,
  TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../../shared/domain/member';
import type { Attendance, StudySession } from '../../../../shared/domain/session';
import { entryOf, recordFromSheet, sameEntry, SHEET_LABELS, SHEET_CHOICES, type SheetEntry } from '../../../../shared/attendance/sheet';
import { sortMembers } from '../../../../shared/print/build';
import { clockOf, sessionStart } from '../../../../shared/attendance/time';
import { stateOf } from './data';
import { Loading } from './Loading';
import { memberFinder } from './memberFinder';
import { PaperSheetRow, type SheetRowProps } from './PaperSheetRow';
import { sectorOrder } from './printing';
import { saveSheet, type SheetRow } from './sheetData';
import { s } from './strings';

interface Props {
  session: StudySession;
  members: Member[];
  records: Attendance[];
  required: ReadonlySet<string>;
  onClose(): void;
  onSaved(written: number): void;
}

/** A row's data; its number and the change handler are added when it is drawn. */
type Line = Omit<SheetRowProps, 'no' | 'onChange'>;

const UNMARKED = entryOf(undefined);

function noteOf(rec: Attendance | undefined): string {
  if (!rec) return '';
  const parts: string[] = [];
  if (rec.arrivedAt) parts.push(s.sheet.signedAtDoor(clockOf(rec.arrivedAt)));
  if (rec.makeUp) parts.push(s.sheet.madeUp);
  return parts.join('，');
}

/**
 * 按签到表补录: the session's required members in the sign-in sheet's order
 * (by sector, then pinyin) with a status each, walk-ins below. Rows show the
 * records as they are; only rows the person changed are saved, in one
 * transaction, when 保存 is pressed.
 */
export function PaperSheetDialog({ session, members, records, required, onClose, onSaved }: Props) {
  const order = useLiveQuery(() => sectorOrder(), []);
  const [edits, setEdits] = useState<ReadonlyMap<string, SheetEntry>>(new Map());
  const [added, setAdded] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  const recordOf = useMemo(() => new Map(records.map((r) => [r.memberId, r])), [records]);
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const listed = useMemo(() => sortMembers(members.filter((m) => required.has(m.id)), 'sector', order ?? []), [members, required, order]);
  const walkins = useMemo(() => {
    const ids = new Set([...records.filter((r) => !required.has(r.memberId)).map((r) => r.memberId), ...added]);
    return [...ids].map((id) => byId.get(id)).filter((m): m is Member => !!m);
  }, [records, required, added, byId]);

  const ctx = useMemo(() => ({ start: sessionStart(session), closed: !!session.closedAt }), [session]);
  // One entry object per record, so rows that did not change keep their props and skip rendering.
  const baseOf = useMemo(() => new Map(records.map((r) => [r.memberId, entryOf(stateOf(r))])), [records]);
  const lineOf = useCallback((m: Member): Line => {
    const rec = recordOf.get(m.id);
    const state = stateOf(rec);
    const base = baseOf.get(m.id) ?? UNMARKED;
    const edit = edits.get(m.id);
    const isRequired = required.has(m.id);
    const entry = edit ?? (isRequired || rec ? base : { ...base, choice: 'present' as const });
    const changed = !!edit && !sameEntry(edit, base) || (!rec && !isRequired && entry.choice !== 'none');
    const out = changed ? recordFromSheet(state, entry, { ...ctx, required: isRequired }) : null;
    return { member: m, required: isRequired, entry, changed, note: noteOf(rec), error: out?.kind === 'refused' ? out.message : '' };
  }, [recordOf, baseOf, edits, required, ctx]);
  const lines = useMemo(() => listed.map(lineOf), [listed, lineOf]);
  const walkinLines = useMemo(() => walkins.map(lineOf), [walkins, lineOf]);
  const changed = useMemo(() => [...lines, ...walkinLines].filter((l) => l.changed), [lines, walkinLines]);

  const onChange = useCallback((memberId: string, entry: SheetEntry) => {
    setEdits((prev) => new Map(prev).set(memberId, entry));
    setError(null);
  }, []);

  useEffect(() => {
    if (!changed.length) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed.length]);

  function allPresent() {
    setEdits((prev) => {
      const next = new Map(prev);
      for (const l of lines) if (l.entry.choice === 'none') next.set(l.member.id, { ...l.entry, choice: 'present' });
      return next;
    });
  }

  function addWalkin(m: Member) {
    if (required.has(m.id)) {
      setNotice(s.sheet.alreadyRequired(m.name, listed.findIndex((x) => x.id === m.id) + 1));
      document.querySelector<HTMLElement>(`[data-member="${CSS.escape(m.name)}"]`)?.focus();
      return;
    }
    if (walkins.some((x) => x.id === m.id)) {
      setNotice(s.sheet.alreadyListed(m.name));
      return;
    }
    setNotice(null);
    setAdded((a) => [...a, m.id]);
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const rows: SheetRow[] = changed.map((l) => ({ memberId: l.member.id, name: l.member.name, required: l.required, entry: l.entry }));
      onSaved(await saveSheet(session.id, rows));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const leave = () => (changed.length ? setAsking(true) : onClose());
  const tally = SHEET_CHOICES.map((c) => `${SHEET_LABELS[c]} ${lines.filter((l) => l.entry.choice === c).length}`).join(' · ');
  const walkinCount = walkinLines.filter((l) => l.entry.choice !== 'none').length;

  return (
    <Dialog open fullScreen onClose={leave} aria-labelledby="paper-sheet-title">
      <DialogTitle id="paper-sheet-title" sx={{ pb: 1 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Box sx={{ flexGrow: 1 }}>
            {s.sheet.title(session.title)}
            <Typography variant="body2" color="text.secondary">{session.date} {session.startTime} 开始 · {session.place}</Typography>
          </Box>
          <Button variant="outlined" startIcon={<DoneAllIcon />} onClick={allPresent}>{s.sheet.allPresent}</Button>
          <Button onClick={leave}>{s.sheet.close}</Button>
          <Button variant="contained" disabled={busy || !changed.length} onClick={() => void save()}>{s.sheet.save(changed.length)}</Button>
        </Stack>
      </DialogTitle>
      {/* Only the table scrolls: the hint, the tally and the walk-in search stay in view. */}
      <DialogContent dividers sx={{ pt: 1, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        <Alert severity={session.closedAt ? 'warning' : 'info'} sx={{ mb: 1 }}>{session.closedAt ? s.sheet.closedHint : s.sheet.hint}</Alert>
        {error && <Alert severity="error" sx={{ mb: 1 }} data-testid="sheet-error">{error}</Alert>}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography data-testid="sheet-tally">{tally}{walkinCount ? ` · ${s.sheet.walkin} ${walkinCount}` : ''}</Typography>
          <Box sx={{ flexGrow: 1 }} />
          <WalkinSearch members={members} onPick={addWalkin} />
        </Stack>
        {notice && <Alert severity="info" sx={{ mb: 1 }} onClose={() => setNotice(null)}>{notice}</Alert>}
        <TableContainer sx={{ flex: 1, minHeight: 0 }}>
          <Table size="small" stickyHeader aria-label="补录名单">
            <TableHead>
              <TableRow>
                {(['no', 'name', 'sector', 'unit', 'status', 'detail', 'note'] as const).map((c) => <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>{s.sheet.cols[c]}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {/* The rows wait for the sector order, so they never jump from one order to the sheet's. */}
              {!order && <TableRow><TableCell colSpan={7}><Loading /></TableCell></TableRow>}
              {order && lines.map((l, i) => <PaperSheetRow key={l.member.id} no={i + 1} {...l} onChange={onChange} />)}
              {walkinLines.length > 0 && (
                <TableRow><TableCell colSpan={7}><Typography variant="subtitle2">{s.sheet.walkins}</Typography></TableCell></TableRow>
              )}
              {walkinLines.map((l, i) => <PaperSheetRow key={l.member.id} no={lines.length + i + 1} {...l} onChange={onChange} />)}
            </TableBody>
          </Table>
        </TableContainer>
      </DialogContent>
      <Dialog open={asking} onClose={() => setAsking(false)}>
        <DialogTitle>{s.sheet.unsavedTitle}</DialogTitle>
        <DialogContent>{s.sheet.unsaved(changed.length)}</DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)} autoFocus>{s.sheet.keepEditing}</Button>
          <Button color="error" onClick={onClose}>{s.sheet.discard}</Button>
        </DialogActions>
      </Dialog>
    </Dialog>
  );
}

/** Find a member by name, pinyin, initials or number (the sign-in screen's search); Enter adds the highlighted one. */
function WalkinSearch({ members, onPick }: { members: Member[]; onPick(m: Member): void }) {
  const finder = useMemo(() => memberFinder(members), [members]);
  const [text, setText] = useState('');
  const options = useMemo(() => finder.find(text, 8), [finder, text]);
  return (
    <Autocomplete<Member, false, false, false>
      sx={{ width: 360 }}
      size="small"
      options={options}
      value={null}
      inputValue={text}
      onInputChange={(_, v, reason) => { if (reason !== 'reset') setText(v); }}
      filterOptions={(x) => x}
      autoHighlight
      getOptionLabel={(m) => m.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={text.trim() ? `没有找到“${text.trim()}”` : '输入姓名、拼音或委员编号'}
      renderOption={(props, m) => (
        <li {...props} key={m.id}>{m.name}　{m.memberNo}　<Typography component="span" variant="body2" color="text.secondary">{m.sector} · {m.unitAndPost}</Typography></li>
      )}
      onChange={(_, m) => { if (m) { onPick(m); setText(''); } }}
      renderInput={(params) => <TextField {...params} label={s.sheet.addWalkin} />}
    />
  );
}
