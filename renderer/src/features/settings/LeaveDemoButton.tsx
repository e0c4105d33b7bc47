import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText } from '@mui/material';
import { call } from '../../app/api';
import { t } from '../../app/strings';
import { db } from '../../db';

/** The way out of the demo office: its data goes, and the first-run setup comes back. */
export function LeaveDemoButton() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function leave() {
    try {
      await call('app.leaveDemo', {});
      await db.delete();
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <>
      <Button variant="outlined" color="warning" onClick={() => setOpen(true)} sx={{ mt: 2 }}>{t.settings.leaveDemo}</Button>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogContent><DialogContentText>{t.settings.leaveDemoConfirm}</DialogContentText></DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>取消</Button>
          <Button color="warning" onClick={() => void leave()}>确定</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
