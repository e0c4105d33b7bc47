import Dexie, { type IndexableType, type Table } from 'dexie';
import type { BackupKind, BackupInfo } from '../../../shared/contract/sync';
import type { FileRef } from '../../../shared/contract/files';
import type { DeskDb } from '../db/db';
import { LATEST_VERSION, rowUpgradesSince, tableUpgradesSince } from '../db/schema';
import { decodeWire, encodeWire } from '../../../shared/contract/wire';
import { authoriseTransaction } from '../db/write-guard';
import { heldVersionVector } from '../db/oplog-store';
import { parseStamp } from '../../../shared/hlc';
import { defaultCaller, type Caller, type OnProgress } from './caller';
import { gunzipText, gzipText } from './gzip';

/** Rows read from a table and sent to main at a time: the renderer never holds more than one page. */
export const ROWS_PER_CHUNK = 5000;
/** An automatic backup is taken at start-up when the newest is older than this. */
export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

/** The primary key of a row (inbound keys only: every table of ours keeps its key in the row). */
function keyOf(table: Table, row: object): IndexableType {
  const kp = table.schema.primKey.keyPath;
  if (!kp) throw new Error(`表 ${table.name} 没有内联主键，无法备份。`);
  return (Array.isArray(kp) ? kp.map((k) => Dexie.getByKeyPath(row, k)) : Dexie.getByKeyPath(row, kp)) as IndexableType;
}

/** A row as one line of JSON; bytes (a chunk of ops, op-chunk.ts) as base64 the way the wire carries them. */
function rowJson(row: unknown): string {
  const hasBytes = Object.values(row as object).some((v) => v instanceof Uint8Array);
  return JSON.stringify(hasBytes ? encodeWire(row) : row);
}

function parseRow(line: string): Record<string, unknown> {
  const row = JSON.parse(line) as Record<string, unknown>;
  return line.includes('"$bytes"') ? (decodeWire(row) as Record<string, unknown>) : row;
}

/** Text sent per chunk at most (about): a table of big rows (a chunk of ops per row, say) gets smaller pages. */
export const CHARS_PER_CHUNK = 8_000_000;
/** The first page of a table is small, until its rows' size is known. */
const FIRST_PAGE = 100;

/**
 * Read a table page by page in primary-key order (no offsets: each page starts
 * above the last key). `fn` returns the page's size in characters, which sets
 * the next page's row count so a page stays near `chars`.
 */
async function forEachPage(table: Table, rows: number, chars: number, fn: (rows: unknown[]) => Promise<number>): Promise<void> {
  let last: IndexableType | undefined;
  let limit = Math.min(FIRST_PAGE, rows);
  for (;;) {
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(limit).toArray();
    if (!page.length) return;
    const size = await fn(page);
    if (page.length < limit) return;
    last = keyOf(table, page[page.length - 1] as object);
    limit = Math.max(1, Math.min(rows, Math.floor((page.length * chars) / Math.max(1, size))));
  }
}

/**
 * A full dump of every table (records, op log, meta, conflicts): the renderer
 * reads each table in pages and sends them gzipped to main, which appends them
 * to a temporary file and renames it into place at the end (automatic ones in
 * the app's 'backups' area, in rotation; manual ones to a picked folder).
 */
export async function backupNow(
  db: DeskDb,
  o: { kind: BackupKind; folder?: string | null; office: string; caller?: Caller; onProgress?: OnProgress; rowsPerChunk?: number; charsPerChunk?: number },
): Promise<{ name: string; path: string; bytes: number; counts: Record<string, number> }> {
  const call = o.caller ?? defaultCaller;
  const size = o.rowsPerChunk ?? ROWS_PER_CHUNK;
  const { token } = await call('backup.begin', { kind: o.kind, folder: o.folder ?? null });
  try {
    const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
    for (const [i, table] of tables.entries()) {
      o.onProgress?.({ done: i, total: tables.length, label: `正在备份 ${table.name}` });
      let sent = 0;
      await forEachPage(table, size, o.charsPerChunk ?? CHARS_PER_CHUNK, async (rows) => {
        const ndjson = rows.map(rowJson).join('\n') + '\n';
        await call('backup.chunk', { token, table: table.name, gz: await gzipText(ndjson), count: rows.length });
        sent += rows.length;
        return ndjson.length;
      });
      // An empty table is recorded too, so a restore knows it was there (and empties it).
      if (!sent) await call('backup.chunk', { token, table: table.name, gz: await gzipText(''), count: 0 });
    }
    o.onProgress?.({ done: tables.length, total: tables.length, label: '备份完成' });
    return await call('backup.finish', { token, schemaVersion: LATEST_VERSION, office: o.office });
  } catch (e) {
    await call('backup.cancel', { token }).catch(() => undefined);
    throw e;
  }
}

/** Take the start-up backup when the newest automatic one is older than a day. */
export async function backupIfDue(db: DeskDb, office: string, caller: Caller = defaultCaller, now = Date.now()): Promise<boolean> {
  const list = await caller('backup.list', {});
  const newest = list.find((b) => b.kind !== 'manual');
  if (newest && now - Date.parse(newest.createdAt) < BACKUP_EVERY_MS) return false;
  await backupNow(db, { kind: 'auto', office, caller });
  return true;
}

/** The meta row naming the computers of this office this database's computer replaces. */
export const REPLACES_KEY = 'replaces';

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
 * nothing), after an automatic backup of the current state; the chunks are
 * read from main one at a time. This node's seq is
 * kept above what it already sent out, so no op number is issued twice.
 * A backup made on another computer of the office (`node` given: the clock
 * names the one that wrote it) makes this one its replacement: main notes the
 * old node, and this node's seqs start after its own ops (issue 17).
 */
export async function restoreBackup(
  db: DeskDb,
  opened: OpenedBackup,
  o: { office: string; ownSeqSent: number; node?: string; caller?: Caller; onProgress?: OnProgress },
): Promise<Record<string, number>> {
  const call = o.caller ?? defaultCaller;
  let predecessors: string[] = [];
  try {
    if (opened.schemaVersion > LATEST_VERSION) {
      throw new Error(`这个备份来自更新版本的程序（数据结构第 ${opened.schemaVersion} 版），请先升级本程序再恢复。`);
    }
    const known = new Set(db.tables.map((t) => t.name));
    await backupNow(db, { kind: 'before-restore', office: o.office, caller: call });
    const counts: Record<string, number> = {};
    // One transaction (all or nothing): main already checked every chunk at open, and
    // each chunk is fetched while Dexie keeps the transaction alive (waitFor), so only
    // one chunk's rows are in memory at a time.
    await db.transaction('rw', [...known], async (tx) => {
      authoriseTransaction(tx.idbtrans);
      for (const name of known) await db.table(name).clear();
      for (const [i, c] of opened.chunks.entries()) {
        o.onProgress?.({ done: i, total: opened.chunks.length, label: `正在恢复：${c.table}` });
        if (!known.has(c.table)) continue;
        const ndjson = await Dexie.waitFor(call('backup.read', { token: opened.token, index: i }).then((r) => gunzipText(r.gz)));
        const rows: unknown[] = [];
        const upgrades = rowUpgradesSince(opened.schemaVersion, c.table);
        for (const line of ndjson.split('\n')) if (line) rows.push(upgrades.reduce((r, up) => up(r), parseRow(line)));
        if (rows.length) await db.table(c.table).bulkPut(rows);
        counts[c.table] = (counts[c.table] ?? 0) + rows.length;
      }
      // Rows of an older version were brought up row by row above; now the whole-table steps.
      for (const upgrade of tableUpgradesSince(opened.schemaVersion)) await upgrade(tx);
      const clock = (await db.meta.get('clock')) as { key: 'clock'; last: string | null; seq: number } | undefined;
      // The backup names the computer that made it; an older backup is known by its clock's stamp,
      // which ends with the node that wrote it.
      const writer = opened.info.node ?? (clock?.last ? parseStamp(clock.last)?.node ?? null : null);
      if (o.node && writer && writer !== o.node) {
        // The computers that one replaced in turn (kept in the database, so every backup holds them):
        // their ops in the log may not have reached HQ either.
        const row = (await db.meta.get(REPLACES_KEY)) as { nodes?: string[] } | undefined;
        predecessors = [...new Set([...(row?.nodes ?? []), writer])].filter((n) => n !== o.node);
        await db.meta.put({ key: REPLACES_KEY, nodes: predecessors });
        // This node's seqs count on from its own ops in the log (none, on a new PC), not the old computer's.
        const own = (await heldVersionVector(db))[o.node] ?? 0;
        await db.meta.put({ key: 'clock', last: null, ...clock, seq: Math.max(own, o.ownSeqSent) });
      } else if (clock && clock.seq < o.ownSeqSent) await db.meta.put({ ...clock, seq: o.ownSeqSent });
      else if (!clock && o.ownSeqSent) await db.meta.put({ key: 'clock', last: null, seq: o.ownSeqSent });
      await db.meta.delete('sync-apply');
    });
    // Main remembers it: this computer's bundles then carry that computer's ops and say it is replaced.
    for (const node of predecessors) await call('sync.notePredecessor', { node });
    o.onProgress?.({ done: 1, total: 1, label: '恢复完成' });
    return counts;
  } finally {
    await call('backup.close', { token: opened.token }).catch(() => undefined);
  }
}
