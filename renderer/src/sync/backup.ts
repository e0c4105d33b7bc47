import type { BackupKind, BackupInfo } from '../../../shared/contract/sync';
import type { FileRef } from '../../../shared/contract/files';
import type { DeskDb } from '../db/db';
import { LATEST_VERSION } from '../db/schema';
import { authoriseTransaction } from '../db/write-guard';
import { defaultCaller, type Caller, type OnProgress } from './caller';

const ROWS_PER_CALL = 5000;
/** An automatic backup is taken at start-up when the newest is older than this. */
export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * A full dump of every table (records, op log, meta, conflicts): the renderer
 * reads, main writes the file atomically (automatic ones in the app's
 * 'backups' area, in rotation; manual ones to a picked folder).
 */
export async function backupNow(
  db: DeskDb,
  o: { kind: BackupKind; folder?: string | null; office: string; caller?: Caller; onProgress?: OnProgress },
): Promise<{ name: string; path: string; bytes: number; counts: Record<string, number> }> {
  const call = o.caller ?? defaultCaller;
  const { token } = await call('backup.begin', { kind: o.kind, folder: o.folder ?? null });
  const tables = db.tables.map((t) => t.name).sort();
  for (const [i, name] of tables.entries()) {
    o.onProgress?.({ done: i, total: tables.length, label: `正在备份 ${name}` });
    const rows = await db.table(name).toArray();
    if (!rows.length) await call('backup.chunk', { token, table: name, ndjson: '', count: 0 });
    for (let at = 0; at < rows.length; at += ROWS_PER_CALL) {
      const part = rows.slice(at, at + ROWS_PER_CALL);
      await call('backup.chunk', { token, table: name, ndjson: part.map((r) => JSON.stringify(r)).join('\n') + '\n', count: part.length });
    }
  }
  o.onProgress?.({ done: tables.length, total: tables.length, label: '备份完成' });
  return call('backup.finish', { token, schemaVersion: LATEST_VERSION, office: o.office });
}

/** Take the start-up backup when the newest automatic one is older than a day. */
export async function backupIfDue(db: DeskDb, office: string, caller: Caller = defaultCaller, now = Date.now()): Promise<boolean> {
  const list = await caller('backup.list', {});
  const newest = list.find((b) => b.kind !== 'manual');
  if (newest && now - Date.parse(newest.createdAt) < BACKUP_EVERY_MS) return false;
  await backupNow(db, { kind: 'auto', office, caller });
  return true;
}

export interface OpenedBackup {
  info: BackupInfo;
  schemaVersion: number;
  token: string;
  chunks: Array<{ table: string; count: number }>;
}

/** Open a backup for a preview: counts per table, before anything changes. */
export async function previewBackup(ref: FileRef, caller: Caller = defaultCaller): Promise<OpenedBackup> {
  return caller('backup.open', { ref });
}

/**
 * Replace the database with the backup's content, in one transaction (all or
 * nothing), after an automatic backup of the current state. This node's seq is
 * kept above what it already sent out, so no op number is issued twice.
 */
export async function restoreBackup(
  db: DeskDb,
  opened: OpenedBackup,
  o: { office: string; ownSeqSent: number; caller?: Caller; onProgress?: OnProgress },
): Promise<Record<string, number>> {
  const call = o.caller ?? defaultCaller;
  try {
    if (opened.schemaVersion > LATEST_VERSION) {
      throw new Error(`这个备份来自更新版本的程序（数据结构第 ${opened.schemaVersion} 版），请先升级本程序再恢复。`);
    }
    const known = new Set(db.tables.map((t) => t.name));
    const rows = new Map<string, unknown[]>();
    for (const [i, c] of opened.chunks.entries()) {
      o.onProgress?.({ done: i, total: opened.chunks.length + 1, label: `正在读取备份：${c.table}` });
      const { table, ndjson } = await call('backup.read', { token: opened.token, index: i });
      if (!known.has(table)) continue;
      const list = rows.get(table) ?? [];
      for (const line of ndjson.split('\n')) if (line) list.push(JSON.parse(line));
      rows.set(table, list);
    }
    await backupNow(db, { kind: 'before-restore', office: o.office, caller: call });
    o.onProgress?.({ done: opened.chunks.length, total: opened.chunks.length + 1, label: '正在写入数据库' });
    await db.transaction('rw', [...known], async (tx) => {
      authoriseTransaction(tx.idbtrans);
      for (const name of known) {
        await db.table(name).clear();
        const list = rows.get(name);
        if (list?.length) await db.table(name).bulkPut(list);
      }
      const clock = (await db.meta.get('clock')) as { key: 'clock'; last: string | null; seq: number } | undefined;
      if (clock && clock.seq < o.ownSeqSent) await db.meta.put({ ...clock, seq: o.ownSeqSent });
      else if (!clock && o.ownSeqSent) await db.meta.put({ key: 'clock', last: null, seq: o.ownSeqSent });
      await db.meta.delete('sync-apply');
    });
    o.onProgress?.({ done: 1, total: 1, label: '恢复完成' });
    return Object.fromEntries([...rows].map(([k, v]) => [k, v.length]));
  } finally {
    await call('backup.close', { token: opened.token }).catch(() => undefined);
  }
}
