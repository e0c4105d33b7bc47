import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import RestoreIcon from '@mui/icons-material/RestoreFromTrashOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { deletedMembers, restoreMember } from './memberOps';
import { ms } from './strings';

/** 已删除的委员: the tombstones of this office's roster, each with 恢复. */
export function DeletedMembersButton({ onMessage }: { onMessage: (m: string) => void }) {
  const [open, setOpen] = useState(false);
  const deleted = useLiveQuery(() => deletedMembers(), []);
  if (!deleted?.length) return null;
  return (
    <>
      <Button startIcon={<RestoreIcon />} onClick={() => setOpen(true)}>{ms.deletedList}（{deleted.length}）</Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{ms.deletedList}</DialogTitle>
        <DialogContent>
          {!deleted.length && <Typography color="text.secondary">{ms.deletedNone}</Typography>}
          <List dense aria-label={ms.deletedList}>
            {deleted.map((m) => (
              <ListItem key={m.id} secondaryAction={
                <Button size="small" onClick={() => void restoreMember(m.id).then(() => onMessage(ms.restored(m.name)))}>{ms.restore}</Button>
              }>
                <ListItemText primary={`${m.name}${m.memberNo ? `（${m.memberNo}）` : ''}`} secondary={[m.sector, m.unitAndPost].filter(Boolean).join(' · ')} />
              </ListItem>
            ))}
          </List>
        </DialogContent>
        <DialogActions><Button onClick={() => setOpen(false)}>{ms.close}</Button></DialogActions>
      </Dialog>
    </>
  );
}
