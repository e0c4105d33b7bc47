import { useState } from 'react';
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { ExportResult, SyncStatus } from '../../../../shared/contract/sync';
import { call } from '../../app/api';
import { db } from '../../db';
import type { Progress } from '../../sync/caller';
import { exportBundle } from '../../sync/exchange';
import { ProgressLine } from './ProgressLine';
import { countsText, s } from './strings';

export function ExportCard({ status, onDone }: { status: SyncStatus; onDone: () => void }) {
  const hq = status.me.role === 'hq';
  const offices = status.peers.filter((p) => p.role === 'office');
  const [dest, setDest] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = !!progress;
  const destOffice = hq ? dest || offices[0]?.office || '' : null;

  async function run() {
    setError(null);
    setResult(null);
    try {
      const picked = await call('dialog.pickFolder', { title: s.export.pickTitle });
      if (!picked) return;
      setProgress({ done: 0, total: 0, label: '准备导出' });
      setResult(await exportBundle(db, { destOffice, folder: picked.picked, passphrase: passphrase || null, onProgress: setProgress }));
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  }

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{s.export.title}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{hq ? s.export.hqHint : s.export.officeHint}</Typography>
        <Stack direction="row" spacing={2} sx={{ my: 1.5, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          {hq && (
            <TextField select size="small" label={s.export.dest} value={destOffice ?? ''} onChange={(e) => setDest(e.target.value)} sx={{ minWidth: 220 }} disabled={!offices.length}>
              {offices.map((p) => (
                <MenuItem key={p.node} value={p.office}>{p.name}（{p.office}）</MenuItem>
              ))}
            </TextField>
          )}
          <TextField size="small" type="password" label={s.export.passphrase} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} sx={{ minWidth: 300 }} autoComplete="new-password" />
          <Button variant="contained" onClick={run} disabled={busy || (hq && !offices.length)}>{s.export.button}</Button>
        </Stack>
        {hq && !offices.length && <Alert severity="info">{s.export.noPeers}</Alert>}
        <ProgressLine progress={progress} />
        {result && (
          <Alert severity="success" data-testid="export-result">
            {s.export.done(result.fileName)}
            <br />
            {countsText(result.counts)}
            {result.encrypted ? '（已加密）' : ''}
          </Alert>
        )}
        {result && result.missingAttachments > 0 && (
          <Alert severity="warning" data-testid="export-missing-files" sx={{ mt: 1 }}>{s.export.missingFiles(result.missingAttachments)}</Alert>
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </CardContent>
    </Card>
  );
}
