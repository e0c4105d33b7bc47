import { useState } from 'react';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { call } from '../../app/api';
import { importWithQuestions } from './ImportCard';
import { useAsk } from './ImportDialogs';
import { s } from './strings';

export function QuarantineCard({ status, onDone }: { status: SyncStatus; onDone: () => void }) {
  const { ask, dialog } = useAsk();
  const [message, setMessage] = useState<{ severity: 'success' | 'info' | 'warning' | 'error'; text: string } | null>(null);
  if (!status.quarantine.length && !message) return null;
  async function decide(id: string, accept: boolean) {
    try {
      if (accept) setMessage(await importWithQuestions({ quarantine: id }, ask, () => undefined));
      else await call('sync.quarantineDiscard', { id });
    } catch (e) {
      setMessage({ severity: 'error', text: (e as Error).message });
    }
    onDone();
  }
  return (
    <Card sx={{ borderColor: 'warning.main', borderWidth: 1, borderStyle: 'solid' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>{s.quarantine.title}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{s.quarantine.hint}</Typography>
        {status.quarantine.map((q) => (
          <Stack key={q.id} direction="row" spacing={2} sx={{ my: 1, alignItems: 'center' }} data-testid="quarantine-item">
            <Typography sx={{ flexGrow: 1 }}>
              {q.source.name}（{q.source.office}），{q.totalOps} 条记录：{q.reason}
            </Typography>
            <Button color="warning" onClick={() => decide(q.id, true)}>{s.quarantine.accept}</Button>
            <Button onClick={() => decide(q.id, false)}>{s.quarantine.discard}</Button>
          </Stack>
        ))}
        {message && <Alert severity={message.severity}>{message.text}</Alert>}
        {dialog}
      </CardContent>
    </Card>
  );
}
