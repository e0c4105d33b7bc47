import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import { closeLoop, reopenLoop } from '../data/writes';

/** 闭环 (refused with what is still open) and 撤销闭环. */
export function LoopBar({ table, id, closedAt, readOnly }: { table: 'consultMeetings' | 'supervisions'; id: string; closedAt: string; readOnly: boolean }) {
  const [error, setError] = useState('');
  if (readOnly) return null;
  const run = async (fn: () => Promise<unknown>) => { setError(''); try { await fn(); } catch (e) { setError((e as Error).message); } };
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {closedAt
        ? <Alert severity="success" data-testid="loop-closed" action={<Button color="inherit" size="small" onClick={() => void run(() => reopenLoop(table, id))}>撤销闭环</Button>}>已于 {closedAt.replace('T', ' ').slice(0, 16)} 闭环：所有措施已落实或已说明无法落实的原因。</Alert>
        : <Button variant="contained" color="success" sx={{ alignSelf: 'flex-start' }} onClick={() => void run(() => closeLoop(table, id))}>闭环（全部措施已落实）</Button>}
      {error && <Alert severity="warning" onClose={() => setError('')} data-testid="loop-error">{error}</Alert>}
    </Stack>
  );
}
