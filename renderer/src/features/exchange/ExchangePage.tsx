import { useEffect } from 'react';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { OFFICE_ROLE_LABELS } from '../../../../shared/domain/office';
import { BackupCard } from './BackupCard';
import { ConflictsCard } from './ConflictsCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { PeersCard } from './PeersCard';
import { QuarantineCard } from './QuarantineCard';
import { useExchangeStore } from './store';
import { s } from './strings';

/** 数据交换: carry bundles between offices and HQ on a USB stick, and keep backups. */
export function ExchangePage() {
  const { status, error, load } = useExchangeStore();
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!status) return null;
  const reload = () => void load();
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5">{s.title}</Typography>
      <Card>
        <CardContent>
          <Typography variant="body1">
            {s.me}：{status.me.name}（{status.me.office}，{OFFICE_ROLE_LABELS[status.me.role]}）
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {s.fingerprint}：<span data-testid="my-fingerprint" style={{ fontFamily: 'monospace' }}>{status.me.fingerprint}</span>
            {'　'}
            {s.crypto}：{status.crypto === 'node' ? s.cryptoNode : s.cryptoNoble}
          </Typography>
          {status.me.replaces.length > 0 && (
            <Alert severity="info" data-testid="replaces-note" sx={{ mt: 1 }}>
              {status.me.role === 'hq' ? s.computers.hqReplaces(status.me.replaces) : s.computers.replaces(status.me.office, status.me.replaces)}
            </Alert>
          )}
        </CardContent>
      </Card>
      <QuarantineCard status={status} onDone={reload} />
      <ExportCard status={status} onDone={reload} />
      <ImportCard status={status} onDone={reload} />
      <ConflictsCard />
      <PeersCard status={status} />
      <BackupCard status={status} onDone={reload} />
    </Stack>
  );
}
