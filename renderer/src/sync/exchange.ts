import type { BundleSource, ExportResult, VerifyResult } from '../../../shared/contract/sync';
import { formatStamp } from '../../../shared/hlc';
import { decodeOps, encodeOps, summarise } from '../../../shared/sync/ops-codec';
import { attachmentPaths } from '../../../shared/sync/policy';
import type { Op } from '../../../shared/sync/record';
import type { DeskDb } from '../db/db';
import { chunkAttachments, chunkSummary } from '../db/op-chunk';
import { versionVector } from '../db/oplog';
import { LATEST_VERSION, OpUpgrades, SYNCED_TABLES } from '../db/schema';
import { applyChunk, countOwned, finishApply, readCheckpoint } from './apply';
import { defaultCaller, type Caller, type OnProgress } from './caller';
import { gatherOps, pendingCount } from './gather';
import { gunzipText, gzipText } from './gzip';
import { checkOwnership } from './ownership';

/** A bundle deleting more than this share of a table's records (and at least MASS_DELETE_MIN) stops and asks. */
export const MASS_DELETE_SHARE = 0.3;
export const MASS_DELETE_MIN = 20;

export interface ExportOptions {
  /** At HQ: the office the bundle goes to. An office always exports to HQ. */
  destOffice: string | null;
  /** A folder the person picked (dialog.pickFolder). */
  folder: string;
  passphrase?: string | null;
  onProgress?: OnProgress;
  caller?: Caller;
}

/**
 * Export a bundle: every op above what the destination acknowledged (at HQ,
 * only what HQ sends that office), in NDJSON chunks handed to main, which
 * signs, optionally encrypts, writes and archives the file. The files those
 * ops refer to (shared/sync/policy.ts `attachments`) go with them: main adds
 * them from its attachments area, skipping and counting any not on this
 * machine (the result's `missingAttachments`).
 */
export async function exportBundle(db: DeskDb, o: ExportOptions): Promise<ExportResult> {
  const call = o.caller ?? defaultCaller;
  const begin = await call('sync.exportBegin', { destOffice: o.destOffice });
  try {
    const upTo = await versionVector(db);
    const clock = (await db.meta.get('clock')) as { last?: string | null } | undefined;
    const stamp = clock?.last ?? formatStamp({ millis: Date.now(), counter: 0, node: begin.me.node });
    const gather = {
      ack: begin.ack,
      upTo,
      skipOrigin: begin.dest.node,
      // An office sends its own ops and those of the computers it replaces (carried over in a restored backup).
      onlyOrigins: begin.me.role === 'office' ? new Set(begin.me.origins ?? [begin.me.node]) : null,
      hqFilter: begin.me.role === 'hq' && begin.dest.office ? { destOffice: begin.dest.office, hqOffice: begin.me.office } : null,
    };
    const total = pendingCount(gather);
    o.onProgress?.({ done: 0, total, label: '正在收集要发送的记录' });
    // Send chunk i to main while chunk i+1 is read and compressed: the transfer and the
    // IndexedDB read overlap instead of taking turns. Sends stay in order (each waits for
    // the one before), and a failed send stops the export at the next chunk or at the end.
    let sending: Promise<void> = Promise.resolve();
    const attachments = new Set<string>();
    await gatherOps(db, gather, async (piece, read) => {
      // A stored chunk names its files in its row; only ops read one by one are looked at here.
      for (const p of 'chunk' in piece ? chunkAttachments(piece.chunk) : attachmentPaths(piece.ops)) attachments.add(p);
      const args = 'chunk' in piece
        ? { token: begin.token, gz: piece.chunk.gz, summary: chunkSummary(piece.chunk) }
        : { token: begin.token, gz: await gzipText(encodeOps(piece.ops)), summary: summarise(piece.ops) };
      await sending;
      sending = call('sync.exportChunk', args).then(() => o.onProgress?.({ done: read, total, label: '正在收集要发送的记录' }));
      // Handled here so a failure while the next chunk is read is not reported as unhandled; awaited below.
      sending.catch(() => undefined);
    });
    await sending;
    o.onProgress?.({ done: total, total, label: '正在签名并写入文件' });
    return await call('sync.exportFinish', {
      token: begin.token,
      folder: o.folder,
      passphrase: o.passphrase || null,
      covers: upTo,
      stamp,
      schemaVersion: LATEST_VERSION,
      attachments: [...attachments],
    });
  } catch (e) {
    await call('sync.exportCancel', { token: begin.token }).catch(() => undefined);
    throw e;
  }
}

export type ImportOutcome =
  | Exclude<VerifyResult, { status: 'ok' }>
  | { status: 'needs-delete-confirm'; source: Extract<VerifyResult, { status: 'ok' }>['source']; tables: Array<{ table: string; deletes: number; of: number }> }
  | {
      status: 'imported';
      bundleId: string;
      source: Extract<VerifyResult, { status: 'ok' }>['source'];
      totalOps: number;
      counts: Record<string, number>;
      applied: number;
      skipped: number;
      conflicts: number;
      gap: boolean;
      resumedFrom: number;
    };

export interface ImportOptions {
  passphrase?: string | null;
  /** The person confirmed a bundle that deletes a large share of a table. */
  allowMassDelete?: boolean;
  /** Rebuild from the archive: own bundles too, no ledger, no quarantine, no delete guard. */
  rebuild?: boolean;
  onProgress?: OnProgress;
  caller?: Caller;
  /** A rebuild: the op upgrades shared by every bundle it replays (bundles of older versions are brought up to date). */
  opUpgrades?: OpUpgrades;
  /** Tests: called after each chunk commits (throw to simulate a crash). */
  afterChunk?: (index: number) => void;
  /** This node (for the clock); taken from sync.status when not given. */
  node?: string;
  /** This office's code; taken from sync.status when not given. */
  office?: string;
  role?: 'office' | 'hq';
}

/**
 * Import one bundle: main verifies everything first (nothing is applied from a
 * bad file); then the ops are applied in chunks, one transaction each with a
 * checkpoint, so an import cut off midway resumes where it stopped.
 */
export async function importBundle(db: DeskDb, source: BundleSource, o: ImportOptions = {}): Promise<ImportOutcome> {
  const call = o.caller ?? defaultCaller;
  let me = { node: o.node, office: o.office, role: o.role };
  if (!me.node || !me.office || !me.role) {
    const st = await call('sync.status', {});
    me = { node: st.me.node, office: st.me.office, role: st.me.role };
  }
  const v = await call('sync.verify', {
    source,
    passphrase: o.passphrase ?? null,
    schemaVersion: LATEST_VERSION,
    tables: [...SYNCED_TABLES],
    rebuild: !!o.rebuild,
  });
  if (v.status !== 'ok') return v;
  let committed = false;
  try {
    // An office's bundle is judged below on the records it deletes and makes (its chunks are read
    // for the ownership check anyway); HQ's by the signed summary.
    if (!o.rebuild && !o.allowMassDelete && v.source.role !== 'office') {
      const risky: Array<{ table: string; deletes: number; of: number }> = [];
      for (const [table, deletes] of Object.entries(v.summary.deletes)) {
        if (deletes < MASS_DELETE_MIN) continue;
        const existing = await countOwned(db, table, me.role === 'hq' ? v.source.office : null);
        const of = existing + Math.max(0, (v.summary.counts[table] ?? 0) - deletes);
        if (deletes > MASS_DELETE_SHARE * of) risky.push({ table, deletes, of });
      }
      if (risky.length) return { status: 'needs-delete-confirm', source: v.source, tables: risky };
    }
    // Only a rebuild gets an older bundle past main (checkOps); its ops are brought up to date here.
    const upgrade = v.schemaVersion < LATEST_VERSION ? (o.opUpgrades ?? new OpUpgrades()).since(v.schemaVersion) : null;
    const cp = await readCheckpoint(db);
    const start = cp && cp.bundleId === v.bundleId && cp.source === v.source.node ? cp.next : 0;
    let applied = 0;
    let skipped = 0;
    let conflicts = 0;
    let ownSeq = 0;
    // Fetch and decode chunk i+1 from main while chunk i is written: the transfer and
    // the IndexedDB transaction overlap instead of taking turns.
    const fetchChunk = async (index: number) => {
      const { gz } = await call('sync.importChunk', { token: v.token, index });
      return { ops: decodeOps(await gunzipText(gz)), gz };
    };
    // An office's bundle is checked whole against the records it writes before any chunk is
    // applied (shared/sync/authority.ts): its chunks are fetched first and kept for the apply.
    let held: Array<Awaited<ReturnType<typeof fetchChunk>>> | null = null;
    if (v.source.role === 'office' && !o.rebuild) {
      held = [];
      for (let i = start; i < v.chunks; i++) {
        o.onProgress?.({ done: 0, total: v.chunks, label: `正在核对第 ${i + 1}/${v.chunks} 块的权限` });
        held.push(await fetchChunk(i));
      }
      await checkOwnership(db, held.map((c) => c.ops), { office: v.source.office, role: 'office' }, `${v.source.name}（${v.source.office}）`);
      if (!o.allowMassDelete) {
        const risky = await massDeletes(db, held.map((c) => c.ops), v.source.office);
        if (risky.length) return { status: 'needs-delete-confirm', source: v.source, tables: risky };
      }
    }
    const take = (i: number) => {
      if (!held) return fetchChunk(i);
      const chunk = held[i - start];
      // Applied chunks are not needed again: let them go.
      held[i - start] = undefined as never;
      return Promise.resolve(chunk);
    };
    let next = start < v.chunks ? take(start) : null;
    for (let i = start; i < v.chunks; i++) {
      o.onProgress?.({ done: i, total: v.chunks, label: `正在导入第 ${i + 1}/${v.chunks} 块` });
      const fetched = await next!;
      const ops = upgrade ? fetched.ops.map(upgrade) : fetched.ops;
      next = i + 1 < v.chunks ? take(i + 1) : null;
      // A failed prefetch surfaces when it is awaited; never leave it unhandled meanwhile.
      next?.catch(() => undefined);
      const s = await applyChunk(db, ops, {
        covers: v.covers,
        node: me.node!,
        checkpoint: { bundleId: v.bundleId, source: v.source.node, next: i + 1, total: v.chunks },
        // Upgraded ops are no longer the bytes main sent.
        gz: upgrade ? undefined : fetched.gz,
      });
      applied += s.applied;
      skipped += s.skipped;
      conflicts += s.conflicts;
      ownSeq = Math.max(ownSeq, s.ownSeq);
      o.afterChunk?.(i);
    }
    // The whole bundle counts, including chunks applied before a cut-off.
    await finishApply(db, me.node!, v.summary.maxStamp, Math.max(ownSeq, v.summary.ranges[me.node!]?.[1] ?? 0));
    committed = true;
    await call('sync.importDone', { token: v.token });
    o.onProgress?.({ done: v.chunks, total: v.chunks, label: '导入完成' });
    return {
      status: 'imported',
      bundleId: v.bundleId,
      source: v.source,
      totalOps: v.summary.total,
      counts: v.summary.counts,
      applied,
      skipped,
      conflicts,
      gap: v.gap,
      resumedFrom: start,
    };
  } finally {
    if (!committed) await call('sync.importCancel', { token: v.token }).catch(() => undefined);
  }
}

/**
 * The tables an office's bundle deletes a large share of, counted in records,
 * not ops: the records it tombstones against those HQ holds of the office
 * plus those the bundle makes. Counted in ops (the signed summary), edits of
 * the very records being deleted made the table look bigger than it is, and
 * 300 deletions padded with 800 edits went through without asking.
 */
async function massDeletes(db: DeskDb, chunks: readonly Op[][], office: string): Promise<Array<{ table: string; deletes: number; of: number }>> {
  const byTable = new Map<string, { deleted: Set<string>; made: Set<string> }>();
  for (const ops of chunks) {
    for (const op of ops) {
      let t = byTable.get(op.table);
      if (!t) byTable.set(op.table, (t = { deleted: new Set(), made: new Set() }));
      if (op.fields.deleted === 1) t.deleted.add(op.id);
      // A record an office makes carries its office (authority.ts: else it is refused).
      if ('office' in op.fields) t.made.add(op.id);
    }
  }
  const risky: Array<{ table: string; deletes: number; of: number }> = [];
  for (const [table, { deleted, made }] of byTable) {
    if (deleted.size < MASS_DELETE_MIN) continue;
    const heldAlready = (await db.table(table).where(':id').anyOf([...made]).primaryKeys()).length;
    const of = (await countOwned(db, table, office)) + made.size - heldAlready;
    if (deleted.size > MASS_DELETE_SHARE * of) risky.push({ table, deletes: deleted.size, of });
  }
  return risky;
}

/** Rebuild the database from every archived bundle (exported and imported), oldest first. */
export async function rebuildFromArchive(db: DeskDb, o: { onProgress?: OnProgress; caller?: Caller } = {}): Promise<{ bundles: number; applied: number; skipped: string[] }> {
  const call = o.caller ?? defaultCaller;
  const st = await call('sync.status', {});
  const list = await call('sync.archiveList', {});
  const opUpgrades = new OpUpgrades();
  let applied = 0;
  const skipped: string[] = [];
  for (const [i, b] of list.entries()) {
    o.onProgress?.({ done: i, total: list.length, label: `正在从归档恢复 ${b.path}` });
    try {
      const r = await importBundle(db, { archive: b.path }, { rebuild: true, caller: call, node: st.me.node, office: st.me.office, role: st.me.role, opUpgrades });
      if (r.status === 'imported') applied += r.applied;
      else skipped.push(b.path);
    } catch (e) {
      skipped.push(`${b.path}：${(e as Error).message}`);
    }
  }
  o.onProgress?.({ done: list.length, total: list.length, label: '恢复完成' });
  return { bundles: list.length, applied, skipped };
}
