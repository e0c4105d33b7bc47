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
  TableHead,
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
import { backupContents, backupOffice, backupSummary } from './backupTerms';
import { ProgressLine } from './ProgressLine';
import { s } from './strings';

type Confirm =
  | { kind: 'restore'; opened: OpenedBackup }
  | { kind: 'rebuild'; bundles: number; counts: Record<string, number> };

const KIND_LABEL: Record<BackupInfo['kind'], string> = { auto: '定时', manual: '手动', 'before-import': '导入前', 'before-restore': '恢复前' };

/** What a backup (or the archive) holds, in people's terms: 委员, 学习活动, 签到记录, 名录 (backupTerms.ts). */
function Counts({ counts }: { counts: Record<string, number> }) {
  return (
    <Table size="small" aria-label="记录数">
      <TableBody>
        {backupContents(counts).map((c) => (
          <TableRow key={c.label}>
            <TableCell>{c.label}</TableCell>
            <TableCell align="right">{c.count.toLocaleString('zh-CN')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' });

/** The backups found in a picked folder, newest first: the person chooses which one to preview and restore. */
function FolderBackups({ found, status, onPick, onClose }: {
  found: { picked: string; list: BackupInfo[] } | null;
  status: SyncStatus;
  onPick: (b: BackupInfo) => void;
  onClose: () => void;
}) {
  const t = s.backup;
  return (
    <Dialog open={!!found} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t.chooseTitle}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1, wordBreak: 'break-all' }}>{found ? t.chooseText(found.picked, found.list.length) : ''}</DialogContentText>
        <Table size="small" aria-label={t.chooseTitle}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.colDate}</TableCell>
              <TableCell>{t.colOffice}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.colKind}</TableCell>
              <TableCell>{t.colHolds}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {found?.list.map((b) => (
              <TableRow key={b.name} hover>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(b.createdAt)}</TableCell>
                <TableCell>{backupOffice(b, status)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{KIND_LABEL[b.kind]}</TableCell>
                <TableCell>{backupSummary(b.counts)}</TableCell>
                <TableCell align="right">
                  <Button size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => onPick(b)}>{t.restore}</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{s.import.cancel}</Button>
      </DialogActions>
    </Dialog>
  );
}

export function BackupCard({ status, onDone }: { status: SyncStatus; onDone: () => void }) {
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [found, setFound] = useState<{ picked: string; list: BackupInfo[] } | null>(null);
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
      const list = await call('backup.listFolder', { picked: picked.picked });
      if (!list.length) throw new Error(t.noneInFolder);
      setFound({ picked: picked.picked, list });
    });

  const previewFound = (b: BackupInfo) => {
    const folder = found!.picked;
    setFound(null);
    void preview({ picked: folder, path: b.name });
  };

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
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(b.createdAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{KIND_LABEL[b.kind]}</TableCell>
                  <TableCell>{backupSummary(b.counts)}</TableCell>
                  <TableCell align="right">
                    <Button size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => preview({ area: 'backups', path: b.name })} disabled={!!progress}>{t.restore}</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <FolderBackups found={found} status={status} onPick={previewFound} onClose={() => setFound(null)} />
        <Dialog open={!!confirm} onClose={cancel} maxWidth="xs" fullWidth>
          <DialogTitle>{confirm?.kind === 'rebuild' ? t.rebuildTitle : t.restoreTitle}</DialogTitle>
          <DialogContent>
            <DialogContentText>
              {confirm?.kind === 'rebuild' ? t.rebuildText(confirm.bundles) : confirm ? t.restoreText(when(confirm.opened.info.createdAt), backupOffice(confirm.opened.info, status)) : ''}
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
