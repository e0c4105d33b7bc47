import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import type { FileRef } from '../../../../shared/contract/files';
import type { BackupInfo, SyncStatus } from '../../../../shared/contract/sync';
import { call } from '../../app/api';
import { db } from '../../db';
import { backupNow, previewBackup, restoreBackup, type OpenedBackup } from '../../sync/backup';
import type { Progress } from '../../sync/caller';
import { rebuildFromArchive } from '../../sync/exchange';
import { ProgressLine } from './ProgressLine';
import { s, tableLabel } from './strings';

type Confirm =
  | { kind: 'restore'; opened: OpenedBackup }
  | { kind: 'rebuild'; bundles: number; counts: Record<string, number> };

const KIND_LABEL: Record<BackupInfo['kind'], string> = { auto: '定时', manual: '手动', 'before-import': '导入前', 'before-restore': '恢复前' };

function Counts({ counts }: { counts: Record<string, number> }) {
  return (
    <Table size="small" aria-label="记录数">
      <TableBody>
        {Object.entries(counts).map(([t, n]) => (
          <TableRow key={t}>
            <TableCell>{tableLabel(t)}</TableCell>
            <TableCell align="right">{n}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function BackupCard({ status, onDone }: { status: SyncStatus; onDone: () => void }) {
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const t = s.backup;
  const reload = () => call('backup.list', {}).then(setList, () => setList([]));
  // Reloaded whenever the page reloads the exchange status (after an import took its backup, say).
  useEffect(() => {
    void reload();
  }, [status]);

  async function guarded(fn: () => Promise<string | void>) {
    setMessage(null);
    try {
      const text = await fn();
      if (text) setMessage({ severity: 'success', text });
    } catch (e) {
      setMessage({ severity: 'error', text: (e as Error).message });
    } finally {
      setProgress(null);
      void reload();
      onDone();
    }
  }

  const manual = () =>
    guarded(async () => {
      const picked = await call('dialog.pickFolder', { title: t.manualPick });
      if (!picked) return;
      const r = await backupNow(db, { kind: 'manual', folder: picked.picked, office: status.me.office, onProgress: setProgress });
      return t.done(r.path);
    });

  const preview = (ref: FileRef) => guarded(async () => setConfirm({ kind: 'restore', opened: await previewBackup(ref) }));

  const previewFromFolder = () =>
    guarded(async () => {
      const picked = await call('dialog.pickFolder', { title: t.fromFolder });
      if (!picked) return;
      const files = (await call('files.list', { ref: { picked: picked.picked } })).filter((f) => f.name.endsWith('.cdbackup'));
      if (!files.length) throw new Error('这个文件夹里没有备份文件（.cdbackup）。');
      const newest = files.sort((a, b) => b.modified.localeCompare(a.modified))[0];
      setConfirm({ kind: 'restore', opened: await previewBackup({ picked: picked.picked, path: newest.name }) });
    });

  const previewRebuild = () =>
    guarded(async () => {
      const bundles = await call('sync.archiveList', {});
      const counts: Record<string, number> = {};
      for (const b of bundles) for (const [k, n] of Object.entries(b.counts)) counts[k] = (counts[k] ?? 0) + n;
      setConfirm({ kind: 'rebuild', bundles: bundles.length, counts });
    });

  const go = () => {
    const c = confirm;
    setConfirm(null);
    if (!c) return;
    if (c.kind === 'restore') {
      void guarded(async () => {
        await restoreBackup(db, c.opened, { office: status.me.office, ownSeqSent: status.ownSeqSent, node: status.me.node, onProgress: setProgress });
        return t.restored;
      });
    } else {
      void guarded(async () => {
        const r = await rebuildFromArchive(db, { onProgress: setProgress });
        return t.rebuilt(r.bundles, r.applied) + (r.skipped.length ? ` 跳过：${r.skipped.join('；')}` : '');
      });
    }
  };

  const cancel = () => {
    if (confirm?.kind === 'restore') void call('backup.close', { token: confirm.opened.token });
    setConfirm(null);
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t.title}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{t.hint}</Typography>
        <Stack direction="row" spacing={2} sx={{ my: 1.5, flexWrap: 'wrap' }} useFlexGap>
          <Button variant="contained" onClick={manual} disabled={!!progress}>{t.manual}</Button>
          <Button variant="outlined" onClick={previewFromFolder} disabled={!!progress}>{t.fromFolder}</Button>
          <Button variant="outlined" onClick={previewRebuild} disabled={!!progress}>{t.rebuild}</Button>
        </Stack>
        <ProgressLine progress={progress} />
        {message && <Alert severity={message.severity} sx={{ wordBreak: 'break-all' }}>{message.text}</Alert>}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>{t.list}</Typography>
        {!list?.length ? (
          <Typography color="text.secondary">{t.none}</Typography>
        ) : (
          <Table size="small" aria-label={t.list}>
            <TableBody>
              {list.map((b) => (
                <TableRow key={b.name}>
                  <TableCell>{new Date(b.createdAt).toLocaleString('zh-CN')}</TableCell>
                  <TableCell>{KIND_LABEL[b.kind]}</TableCell>
                  <TableCell>{(b.bytes / 1024).toFixed(0)} KB</TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => preview({ area: 'backups', path: b.name })} disabled={!!progress}>{t.restore}</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Dialog open={!!confirm} onClose={cancel} maxWidth="xs" fullWidth>
          <DialogTitle>{confirm?.kind === 'rebuild' ? t.rebuildTitle : t.restoreTitle}</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {confirm?.kind === 'rebuild' ? t.rebuildText(confirm.bundles) : confirm ? t.restoreText(new Date(confirm.opened.info.createdAt).toLocaleString('zh-CN')) : ''}
            </DialogContentText>
            {confirm && <Counts counts={confirm.kind === 'rebuild' ? confirm.counts : confirm.opened.info.counts} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={cancel}>{s.import.cancel}</Button>
            <Button variant="contained" color={confirm?.kind === 'restore' ? 'warning' : 'primary'} onClick={go}>
              {confirm?.kind === 'rebuild' ? t.rebuildConfirm : t.restoreConfirm}
            </Button>
          </DialogActions>
        </Dialog>
      </CardContent>
    </Card>
  );
}
