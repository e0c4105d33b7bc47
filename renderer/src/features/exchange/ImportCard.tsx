import { useState } from 'react';
import { Alert, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { BundleListing, BundleSource, SyncStatus } from '../../../../shared/contract/sync';
import { call } from '../../app/api';
import { db } from '../../db';
import { backupNow } from '../../sync/backup';
import type { Progress } from '../../sync/caller';
import { importBundle } from '../../sync/exchange';
import { useAsk } from './ImportDialogs';
import { ProgressLine } from './ProgressLine';
import { countsText, s } from './strings';

interface Outcome {
  severity: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

const IMPORTABLE = new Set(['new', 'unknown-sender']);

/**
 * Import one bundle, answering its questions (enrol, passphrase, mass delete)
 * through the person. Exported for the quarantine's "import anyway".
 */
export async function importWithQuestions(
  source: BundleSource,
  ask: ReturnType<typeof useAsk>['ask'],
  onProgress: (p: Progress) => void,
): Promise<Outcome> {
  const t = s.import;
  const opts: { passphrase: string | null; allowMassDelete: boolean } = { passphrase: null, allowMassDelete: false };
  for (;;) {
    const r = await importBundle(db, source, { ...opts, onProgress });
    if (r.status === 'needs-enrolment') {
      const choice = await ask({ kind: 'enrol', office: r.source.office, name: r.source.name, fingerprint: r.fingerprint, role: r.source.role, replaces: r.replaces, computers: r.computers });
      if (!choice) return { severity: 'info', text: t.skipped };
      await call('sync.enrol', { source, fingerprint: r.fingerprint, as: choice === 'add' || choice === 'replace' ? choice : undefined });
    } else if (r.status === 'needs-passphrase') {
      const p = await ask({ kind: 'passphrase', office: r.source.office });
      if (typeof p !== 'string') return { severity: 'info', text: t.skipped };
      opts.passphrase = p;
    } else if (r.status === 'needs-delete-confirm') {
      if (!(await ask({ kind: 'delete', tables: r.tables }))) return { severity: 'info', text: t.skipped };
      opts.allowMassDelete = true;
    } else if (r.status === 'duplicate') return { severity: 'info', text: t.duplicate };
    else if (r.status === 'quarantined') return { severity: 'warning', text: t.quarantined(r.reason) };
    else {
      const text = t.imported(r.totalOps, r.applied, countsText(r.counts)) + (r.gap ? t.gap : '') + (r.conflicts ? ` ${t.conflicts(r.conflicts)}` : '');
      return { severity: r.conflicts ? 'warning' : 'success', text };
    }
  }
}

export function ImportCard({ status, onDone }: { status: SyncStatus; onDone: () => void }) {
  const [folder, setFolder] = useState<string | null>(null);
  const [files, setFiles] = useState<BundleListing[] | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { ask, dialog } = useAsk();
  const busy = !!progress;

  async function scan(dir: string) {
    setFiles(await call('sync.scanFolder', { folder: dir }));
  }

  async function pick() {
    setError(null);
    try {
      const picked = await call('dialog.pickFolder', { title: s.import.pickTitle });
      if (!picked) return;
      setFolder(picked.picked);
      setOutcomes({});
      await scan(picked.picked);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function run(names: string[]) {
    if (!folder || !names.length) return;
    setError(null);
    try {
      setProgress({ done: 0, total: 0, label: '导入前自动备份' });
      await backupNow(db, { kind: 'before-import', office: status.me.office, onProgress: setProgress });
      for (const name of names) {
        let outcome: Outcome;
        try {
          outcome = await importWithQuestions({ file: { picked: folder, path: name } }, ask, setProgress);
        } catch (e) {
          outcome = { severity: 'error', text: (e as Error).message };
        }
        setOutcomes((o) => ({ ...o, [name]: outcome }));
      }
      await scan(folder);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  }

  const t = s.import;
  const pending = files?.filter((f) => IMPORTABLE.has(f.status)).map((f) => f.name) ?? [];
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t.title}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{t.hint}</Typography>
        <Stack direction="row" spacing={2} sx={{ my: 1.5 }}>
          <Button variant="contained" onClick={pick} disabled={busy}>{t.pick}</Button>
          {files && <Button variant="outlined" onClick={() => run(pending)} disabled={busy || !pending.length}>{t.all}</Button>}
        </Stack>
        <ProgressLine progress={progress} />
        {error && <Alert severity="error">{error}</Alert>}
        {files && !files.length && <Alert severity="info">{t.empty}</Alert>}
        {files && !!files.length && (
          <Table size="small" aria-label="数据包">
            <TableHead>
              <TableRow>
                <TableCell>{t.file}</TableCell>
                <TableCell>{t.from}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.date}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.records}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.state}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {files.map((f) => (
                <TableRow key={f.name} data-testid={`bundle-${f.name}`}>
                  <TableCell sx={{ wordBreak: 'break-all' }}>
                    {f.name}
                    {outcomes[f.name] && (
                      <Alert severity={outcomes[f.name].severity} sx={{ mt: 0.5 }} data-testid="import-outcome">
                        {outcomes[f.name].text}
                      </Alert>
                    )}
                    {f.message && !outcomes[f.name] && <Typography variant="caption" color="error" sx={{ display: 'block' }}>{f.message}</Typography>}
                  </TableCell>
                  <TableCell>{f.source ? `${f.source.name}（${f.source.office}）` : '—'}</TableCell>
                  <TableCell>{f.createdAt ? new Date(f.createdAt).toLocaleString('zh-CN') : '—'}</TableCell>
                  <TableCell>{f.totalOps ?? '—'}{f.encrypted ? '（加密）' : ''}</TableCell>
                  <TableCell>
                    <Chip size="small" label={t.status[f.status]} color={f.status === 'new' ? 'primary' : f.status === 'unreadable' || f.status === 'damaged' ? 'error' : 'default'} />
                  </TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => run([f.name])} disabled={busy || f.status === 'mine' || f.status === 'not-for-me' || f.status === 'damaged'}>
                      {t.one}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {dialog}
      </CardContent>
    </Card>
  );
}
