import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { localDate } from '../../../../shared/attendance/time';
import { s } from './strings';

interface Props<T> {
  open: boolean;
  title: string;
  onClose(): void;
  /** Resolve with nothing on success; throw an Error whose message is shown. */
  onSave(value: T): Promise<void>;
}

function useSubmit<T>(onSave: (v: T) => Promise<void>, onClose: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(v: T) {
    setBusy(true);
    setError(null);
    try {
      await onSave(v);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, submit };
}

export function LeaveDialog({ open, title, onClose, onSave, defaultDate }: Props<{ reason: string; approver: string; askedOn: string }> & { defaultDate: string }) {
  const [reason, setReason] = useState('');
  const [approver, setApprover] = useState('');
  const [askedOn, setAskedOn] = useState(defaultDate);
  const { error, busy, submit } = useSubmit(onSave, onClose);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => { e.preventDefault(); void submit({ reason, approver, askedOn }); }}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField label={s.leaveDialog.reason} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
            <TextField label={s.leaveDialog.approver} value={approver} onChange={(e) => setApprover(e.target.value)} />
            <TextField label={s.leaveDialog.askedOn} value={askedOn} onChange={(e) => setAskedOn(e.target.value)} placeholder="2026-03-05" />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{s.form.cancel}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{s.leaveDialog.save}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** 补学: a date from the session (`from`) to today (`to`) and a note; the rule (shared/attendance/status.ts) says what is wrong. */
export function MakeUpDialog({ open, title, onClose, onSave, from, to }: Props<{ date: string; note: string }> & { from: string; to: string }) {
  const [date, setDate] = useState(localDate(new Date()));
  const [note, setNote] = useState('');
  const { error, busy, submit } = useSubmit(onSave, onClose);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => { e.preventDefault(); void submit({ date, note }); }}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField label={s.makeUpDialog.date} value={date} onChange={(e) => setDate(e.target.value)} autoFocus placeholder="2026-03-05"
              helperText={s.makeUpDialog.dateHelp(from, to)} />
            <TextField label={s.makeUpDialog.note} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} required />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{s.form.cancel}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{s.makeUpDialog.save}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog({ open, title, text, onClose, onConfirm, confirm }: {
  open: boolean; title: string; text: string; confirm: string; onClose(): void; onConfirm(): Promise<void>;
}) {
  const { error, busy, submit } = useSubmit(() => onConfirm(), onClose);
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {text}
        {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{s.form.cancel}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit(undefined)}>{confirm}</Button>
      </DialogActions>
    </Dialog>
  );
}
