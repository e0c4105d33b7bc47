import { useRef, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Typography } from '@mui/material';
import type { Computer } from '../../../../shared/contract/sync';
import { s, tableLabel } from './strings';

export type Question =
  | { kind: 'enrol'; office: string; name: string; fingerprint: string; role: 'office' | 'hq'; replaces: Computer[]; computers: Computer[] }
  | { kind: 'passphrase'; office: string }
  | { kind: 'delete'; tables: Array<{ table: string; deletes: number; of: number }> };

/** The questions an import may ask a person, as a promise: true/string to go on ('replace'/'add' for a computer of an enrolled office), null to stop. */
export function useAsk() {
  const [q, setQ] = useState<Question | null>(null);
  const resolver = useRef<((v: string | boolean | null) => void) | null>(null);
  const ask = (question: Question) =>
    new Promise<string | boolean | null>((resolve) => {
      resolver.current = resolve;
      setQ(question);
    });
  const answer = (v: string | boolean | null) => {
    setQ(null);
    resolver.current?.(v);
    resolver.current = null;
  };
  return { ask, dialog: <QuestionDialog q={q} answer={answer} /> };
}

function QuestionDialog({ q, answer }: { q: Question | null; answer: (v: string | boolean | null) => void }) {
  const [pass, setPass] = useState('');
  if (!q) return null;
  const t = s.import;
  return (
    <Dialog open onClose={() => answer(null)} maxWidth="sm" fullWidth>
      {q.kind === 'enrol' && (
        <>
          <DialogTitle>{q.replaces.length ? t.enrolReplaceTitle : q.computers.length ? t.enrolAnotherTitle : t.enrolTitle}</DialogTitle>
          <DialogContent>
            <DialogContentText>{q.computers.length ? t.enrolAnotherText(q.office, q.name) : t.enrolText(q.office, q.name)}</DialogContentText>
            <Typography data-testid="enrol-fingerprint" sx={{ fontFamily: 'monospace', fontSize: 28, letterSpacing: 2, textAlign: 'center', my: 2 }}>
              {q.fingerprint}
            </Typography>
            {q.replaces.map((c) => (
              <Typography key={c.node} data-testid="enrol-replaces" sx={{ mt: 1 }}>{t.enrolReplaces(c)}</Typography>
            ))}
            {!q.replaces.length && q.computers.map((c) => (
              <Typography key={c.node} sx={{ mt: 1 }} color="text.secondary">{t.enrolEnrolled(c)}</Typography>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => answer(null)}>{t.cancel}</Button>
            {!q.computers.length && <Button variant="contained" onClick={() => answer(true)}>{t.enrolConfirm}</Button>}
            {q.replaces.length > 0 && <Button variant="contained" onClick={() => answer('replace')}>{t.enrolReplace}</Button>}
            {q.computers.length > 0 && q.role === 'office' && (
              <Button variant={q.replaces.length ? 'outlined' : 'contained'} onClick={() => answer('add')}>{t.enrolAdd}</Button>
            )}
          </DialogActions>
        </>
      )}
      {q.kind === 'passphrase' && (
        <>
          <DialogTitle>{t.passTitle}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t.passText}</DialogContentText>
            <TextField autoFocus fullWidth type="password" label="口令" value={pass} onChange={(e) => setPass(e.target.value)} sx={{ mt: 2 }} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => answer(null)}>{t.cancel}</Button>
            <Button variant="contained" disabled={!pass} onClick={() => { answer(pass); setPass(''); }}>确定</Button>
          </DialogActions>
        </>
      )}
      {q.kind === 'delete' && (
        <>
          <DialogTitle>{t.deleteTitle}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t.deleteText}</DialogContentText>
            {q.tables.map((x) => (
              <Typography key={x.table} sx={{ mt: 1 }}>
                {tableLabel(x.table)}：删除 {x.deletes} 条（共约 {x.of} 条）
              </Typography>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => answer(null)}>{t.cancel}</Button>
            <Button color="error" variant="contained" onClick={() => answer(true)}>{t.deleteConfirm}</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
