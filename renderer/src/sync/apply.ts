import type { Table } from 'dexie';
import { Hlc } from '../../../shared/hlc';
import { applyOpToRecord, type Op, type SyncMeta } from '../../../shared/sync/record';
import { policyOf } from '../../../shared/sync/policy';
import { coversOp, type VersionVector } from '../../../shared/sync/vv';
import type { ConflictRow, DeskDb, MetaRow } from '../db/db';
import { withDerived } from '../db/derive';
import { addChunkedOps, getOp, heldSeqs } from '../db/oplog-store';
import { authoriseTransaction } from '../db/write-guard';

/** The meta row that records how far the apply of a bundle got (a crash resumes from it). */
export const CHECKPOINT_KEY = 'sync-apply';

export interface Checkpoint extends MetaRow {
  key: typeof CHECKPOINT_KEY;
  bundleId: string;
  /** Index of the next chunk to apply. */
  next: number;
  total: number;
}

export interface ApplyStats {
  applied: number;
  skipped: number;
  conflicts: number;
  maxStamp: string;
  /** Highest seq of this node's own ops seen in the chunk (a rebuild brings them back). */
  ownSeq: number;
}

const nodeOf = (stamp: string) => stamp.slice(-16);

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether the sender had seen the local write stamped `stamp`. Stamps and seqs
 * of one origin rise together, so the write is covered exactly when its stamp
 * is no newer than the stamp of the op at the sender's watermark for that
 * origin: one primary-key read per origin (memoised), no stamp index needed.
 * If the local log does not hold that op, the sender knows more of the origin
 * than we do, so every local write of it is covered.
 */
async function senderHadSeen(
  db: DeskDb,
  stamp: string,
  covers: VersionVector,
  inChunk: Map<string, Op>,
  watermarkStamps: Map<string, string | null>,
): Promise<boolean> {
  const own = inChunk.get(stamp);
  if (own) return coversOp(covers, own.origin, own.seq);
  const origin = nodeOf(stamp);
  const seq = covers[origin] ?? 0;
  if (seq === 0) return false;
  if (!watermarkStamps.has(origin)) watermarkStamps.set(origin, (await getOp(db, origin, seq))?.stamp ?? null);
  const top = watermarkStamps.get(origin)!;
  return top === null || stamp <= top;
}

/**
 * The records `ids` name, as bulkGet would return them, but reading values only
 * for ids that exist: a keys-only cursor finds those first (a chunk of a new
 * office's bundle mostly creates records, and thousands of gets that find
 * nothing were a fifth of the apply).
 */
async function currentRecords(t: Table<SyncMeta, string>, ids: string[]): Promise<Array<SyncMeta | undefined>> {
  const held = new Set(await t.where(':id').anyOf(ids).primaryKeys());
  if (!held.size) return new Array<SyncMeta | undefined>(ids.length);
  if (held.size === ids.length) return t.bulkGet(ids);
  const wanted = ids.filter((id) => held.has(id));
  const found = new Map(wanted.map((id, i) => [id, i]));
  const got = await t.bulkGet(wanted);
  return ids.map((id) => (found.has(id) ? got[found.get(id)!] : undefined));
}

/**
 * Apply one chunk of verified ops in one transaction: insert the ops not seen
 * before (insert-or-ignore on [origin+seq]), merge them into their records
 * field by field (last writer wins), keep the losers of concurrent writes to
 * fields that matter in `conflicts`, recompute derived fields, and write the
 * checkpoint in the same transaction.
 *
 * A write is concurrent when the sender had not seen the local write it
 * competes with: the local write's (origin, seq) is not covered by the
 * bundle's version vector.
 */
export async function applyChunk(
  db: DeskDb,
  ops: Op[],
  ctx: { covers: VersionVector; node: string; checkpoint: Omit<Checkpoint, 'key'> | null; gz?: Uint8Array },
): Promise<ApplyStats> {
  const tables = [...new Set(ops.map((o) => o.table))];
  const stats: ApplyStats = { applied: 0, skipped: 0, conflicts: 0, maxStamp: '', ownSeq: 0 };
  await db.transaction('rw', [...tables, 'ops', 'opChunks', 'meta', 'conflicts'], async (tx) => {
    authoriseTransaction(tx.idbtrans);
    // Insert-or-ignore: read the keys already held in each origin's seq range of this chunk.
    const ranges = new Map<string, [number, number]>();
    for (const op of ops) {
      const r = ranges.get(op.origin);
      ranges.set(op.origin, r ? [Math.min(r[0], op.seq), Math.max(r[1], op.seq)] : [op.seq, op.seq]);
    }
    const known = new Set<string>();
    for (const [origin, [lo, hi]] of ranges) {
      for (const seq of await heldSeqs(db, origin, lo, hi)) known.add(`${origin}\u0000${seq}`);
    }
    const fresh: Op[] = [];
    for (const op of ops) {
      const k = `${op.origin}\u0000${op.seq}`;
      if (known.has(k)) stats.skipped++;
      else {
        known.add(k);
        fresh.push(op);
      }
    }
    const byStamp = new Map(fresh.map((o) => [o.stamp, o]));
    const watermarkStamps = new Map<string, string | null>();
    const conflicts: ConflictRow[] = [];
    for (const table of tables) {
      const list = fresh.filter((o) => o.table === table).sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0));
      if (!list.length) continue;
      const t = db.synced<SyncMeta>(table);
      const ids = [...new Set(list.map((o) => o.id))];
      const current = await currentRecords(t, ids);
      const recs = new Map<string, SyncMeta | undefined>(ids.map((id, i) => [id, current[i]]));
      // Conflicts are judged against the local state before this chunk, not against ops of the same bundle.
      const original = new Map(recs);
      const changed = new Set<string>();
      const { conflictFields: matter, authority } = policyOf(table);
      for (const op of list) {
        const before = recs.get(op.id);
        // A default entry made again (policy.ts `seeded`) says nothing new about one held here.
        if (before && authority.seeded?.create(op)) continue;
        const local = original.get(op.id);
        if (local) {
          for (const field of matter) {
            if (!(field in op.fields)) continue;
            const localStamp = local._stamps[field];
            const localValue = (local as unknown as Record<string, unknown>)[field];
            if (!localStamp || localStamp === op.stamp || nodeOf(localStamp) === nodeOf(op.stamp) || same(localValue, op.fields[field])) continue;
            if (await senderHadSeen(db, localStamp, ctx.covers, byStamp, watermarkStamps)) continue;
            const incomingWins = op.stamp > localStamp;
            conflicts.push({
              id: `${table}:${op.id}:${field}:${incomingWins ? localStamp : op.stamp}`,
              table,
              rowId: op.id,
              field,
              kept: incomingWins ? op.fields[field] : localValue,
              keptStamp: incomingWins ? op.stamp : localStamp,
              lost: incomingWins ? localValue : op.fields[field],
              lostStamp: incomingWins ? localStamp : op.stamp,
              resolved: 0,
            });
          }
        }
        const { record } = applyOpToRecord(before, op);
        if (record) {
          recs.set(op.id, record);
          changed.add(op.id);
        }
      }
      if (changed.size) {
        await t.bulkPut([...changed].map((id) => withDerived(table, recs.get(id) as SyncMeta & Record<string, unknown>)));
      }
    }
    // Imported ops: one row per origin for the whole chunk (oplog-store.ts), not one per op;
    // when every op is new, the row keeps the very bytes main sent.
    if (fresh.length) await addChunkedOps(db, fresh, fresh.length === ops.length ? ctx.gz : undefined);
    if (conflicts.length) await db.conflicts.bulkPut(conflicts);
    if (ctx.checkpoint) await db.meta.put({ key: CHECKPOINT_KEY, ...ctx.checkpoint } as Checkpoint);
    stats.applied = fresh.length;
    stats.conflicts = conflicts.length;
    for (const op of fresh) {
      if (op.stamp > stats.maxStamp) stats.maxStamp = op.stamp;
      if (op.origin === ctx.node && op.seq > stats.ownSeq) stats.ownSeq = op.seq;
    }
  });
  return stats;
}

/**
 * After every chunk committed: let the local clock observe the newest stamp
 * (so later local writes sort after it), keep this node's seq above any of
 * its own ops that came back, and drop the checkpoint.
 */
export async function finishApply(db: DeskDb, node: string, maxStamp: string, ownSeq: number): Promise<void> {
  await db.transaction('rw', ['meta'], async () => {
    const clock = ((await db.meta.get('clock')) as { key: 'clock'; last: string | null; seq: number } | undefined) ?? { key: 'clock', last: null, seq: 0 };
    if (maxStamp) {
      const hlc = new Hlc(node, Date.now, clock.last);
      hlc.recv(maxStamp);
      clock.last = hlc.last();
    }
    clock.seq = Math.max(clock.seq, ownSeq);
    await db.meta.put(clock);
    await db.meta.delete(CHECKPOINT_KEY);
  });
}

export async function readCheckpoint(db: DeskDb): Promise<Checkpoint | undefined> {
  return (await db.meta.get(CHECKPOINT_KEY)) as Checkpoint | undefined;
}

/**
 * Records of `table` owned by `office` (all of the table at an office), for
 * the mass-delete guard. Tables that keep an office index count by it; the
 * others (attendance dropped it: performance.md, an import writes 100,000 of
 * them) are scanned, which costs a read of the table but only runs for a
 * bundle that deletes at least MASS_DELETE_MIN records of it.
 */
export async function countOwned(db: DeskDb, table: string, office: string | null): Promise<number> {
  const t = db.table(table);
  if (!office) return t.count();
  if (t.schema.idxByName.office) return t.where('office').equals(office).count();
  return t.filter((r: { office?: string }) => r.office === office).count();
}
