import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import type { Office } from '../../../../shared/domain/office';
import { call } from '../../app/api';
import { useAppStore } from '../../app/store';
import { t } from '../../app/strings';

/** Change the office's name after setup; the code stays, and the dialog says why. */
export function RenameOffice({ office }: { office: Office }) {
  const setOffice = useAppStore((st) => st.setOffice);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const s = t.settings;
  const close = () => {
    setName(null);
    setError(null);
  };
  async function save() {
    try {
      const renamed = await call('app.renameOffice', { name: name ?? '' });
      setOffice(renamed);
      setDone(s.renamed(renamed.name));
      close();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <>
      <Button size="small" onClick={() => { setDone(null); setName(office.name); }} sx={{ ml: 2 }}>{s.rename}</Button>
      {done && <Alert severity="success" sx={{ mt: 1 }} onClose={() => setDone(null)}>{done}</Alert>}
      <Dialog open={name !== null} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{s.renameTitle}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth label={s.officeName} value={name ?? ''} onChange={(e) => { setName(e.target.value); setError(null); }}
            onKeyDown={(e) => { if (e.key === 'Enter') void save(); }}
            error={!!error} helperText={error ?? ' '} sx={{ mt: 1 }} />
          <DialogContentText>{s.renameWhy(office.code)}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>取消</Button>
          <Button variant="contained" onClick={() => void save()} disabled={!name?.trim() || name.trim() === office.name}>{s.renameSave}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
