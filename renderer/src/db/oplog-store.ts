import type { Op } from '../../../shared/sync/record';
import { OPS_PER_CHUNK } from '../../../shared/sync/ops-codec';
import type { DeskDb } from './db';
import { chunkHolds, chunkOps, makeChunk, seqsWithin, type OpChunk } from './op-chunk';

export type { OpChunk } from './op-chunk';

/**
 * The op log is held in two stores:
 * - `ops`: one row per op, keyed [origin+seq]: local writes made a few at a
 *   time (a sign-in, an edit), written beside their record (oplog.ts);
 * - `opChunks`: ops stored together, one row per origin and batch, keyed
 *   [origin+to] (op-chunk.ts): every imported chunk, and local writes made
 *   in bulk (a roster import, the demo). One row instead of thousands is the
 *   cheapest write IndexedDB allows (performance.md), and the row holds the
 *   ops gzipped as they travel, so an export forwards it untouched.
 *
 * Invariants: a seq of an origin is held at most once across both stores, and
 * the [from, to] ranges of one origin's chunks never overlap (an insert that
 * would overlap merges the chunks it touches into one). So the chunk holding
 * seq s is the first one with to >= s, and both the version vector and that
 * lookup are answered from keys alone.
 *
 * Every reader of the op log goes through this module. Readers that look at
 * both stores do so in one read transaction, so a concurrent write is seen in
 * both or neither.
 */

/** The chunk of `origin` whose range holds `seq`, or the next one above it. */
export function chunkAtOrAbove(db: DeskDb, origin: string, seq: number): Promise<OpChunk | undefined> {
  return db.opChunks.where('[origin+to]').between([origin, seq], [origin, Infinity], true, true).first();
}

/** Chunks of `origin` whose range meets [lo, hi], in seq order, until `enough` ops are gathered. */
async function chunksMeeting(db: DeskDb, origin: string, lo: number, hi: number, enough = Infinity): Promise<OpChunk[]> {
  const out: OpChunk[] = [];
  let at = lo;
  let got = 0;
  while (at <= hi && got < enough) {
    const c = await chunkAtOrAbove(db, origin, at);
    if (!c || c.from > hi) break;
    out.push(c);
    got += c.count;
    at = c.to + 1;
  }
  return out;
}

function bySeq(a: Op, b: Op): number {
  return a.seq - b.seq;
}

/** Run `fn` in one read transaction over both stores (or in the caller's, which must include them). */
function reading<R>(db: DeskDb, fn: () => Promise<R>): Promise<R> {
  return db.transaction('r', ['ops', 'opChunks'], fn);
}

/** Ops of `origin` with lo <= seq <= hi from both stores, in seq order, at most `limit` of them. */
export function readOps(db: DeskDb, origin: string, lo: number, hi: number, limit = Infinity): Promise<Op[]> {
  return reading(db, async () => {
    const local = db.ops.where('[origin+seq]').between([origin, lo], [origin, hi], true, true);
    const rows = await (limit === Infinity ? local : local.limit(limit)).toArray();
    const imported: Op[] = [];
    for (const c of await chunksMeeting(db, origin, lo, hi, limit)) {
      for (const op of chunkOps(c)) if (op.seq >= lo && op.seq <= hi) imported.push(op);
    }
    if (!rows.length) return imported.length > limit ? imported.slice(0, limit) : imported;
    if (!imported.length) return rows;
    const all = rows.concat(imported).sort(bySeq);
    return all.length > limit ? all.slice(0, limit) : all;
  });
}

/** Whether the `ops` store holds any op of `origin` within [lo, hi] (keys only). */
export async function rowsWithin(db: DeskDb, origin: string, lo: number, hi: number): Promise<boolean> {
  return (await db.ops.where('[origin+seq]').between([origin, lo], [origin, hi], true, true).limit(1).primaryKeys()).length > 0;
}

/** Seqs of `origin` within [lo, hi] already held in either store (keys and chunk runs; nothing is unpacked). */
export async function heldSeqs(db: DeskDb, origin: string, lo: number, hi: number): Promise<Set<number>> {
  const held = new Set<number>();
  const keys = (await db.ops.where('[origin+seq]').between([origin, lo], [origin, hi], true, true).primaryKeys()) as unknown as [string, number][];
  for (const [, seq] of keys) held.add(seq);
  for (const c of await chunksMeeting(db, origin, lo, hi)) for (const seq of seqsWithin(c, lo, hi)) held.add(seq);
  return held;
}

/** The op (origin, seq) from either store. */
export async function getOp(db: DeskDb, origin: string, seq: number): Promise<Op | undefined> {
  const row = await db.ops.get([origin, seq]);
  if (row) return row;
  const c = await chunkAtOrAbove(db, origin, seq);
  if (!c || !chunkHolds(c, seq)) return undefined;
  return chunkOps(c).find((o) => o.seq === seq);
}

/**
 * Store ops none of which is held yet (the caller checked: insert-or-ignore)
 * as chunk rows: per origin, in rows of at most OPS_PER_CHUNK ops. `gz` is the
 * gzipped NDJSON of exactly `ops` in this order, when the caller has it (an
 * import's chunk from main); it is kept as is when the ops form one row.
 * Must run inside a transaction over 'opChunks'.
 */
export async function addChunkedOps(db: DeskDb, ops: Op[], gz?: Uint8Array): Promise<void> {
  const byOrigin = new Map<string, Op[]>();
  let sorted = true;
  for (const [i, op] of ops.entries()) {
    const list = byOrigin.get(op.origin);
    if (list) list.push(op);
    else byOrigin.set(op.origin, [op]);
    if (i && ops[i - 1].seq >= op.seq) sorted = false;
  }
  const reuse = gz && byOrigin.size === 1 && sorted && ops.length <= OPS_PER_CHUNK ? gz : undefined;
  const rows: OpChunk[] = [];
  for (const [origin, list] of byOrigin) {
    list.sort(bySeq);
    const touched = await chunksMeeting(db, origin, list[0].seq, list[list.length - 1].seq);
    if (touched.length) {
      // Keep ranges disjoint: fold the chunks this range meets into one row (rare: ops filling a gap).
      const merged = touched.flatMap(chunkOps).concat(list).sort(bySeq);
      await db.opChunks.bulkDelete(touched.map((c) => [c.origin, c.to] as [string, number]));
      rows.push(makeChunk(merged));
      continue;
    }
    for (let at = 0; at < list.length; at += OPS_PER_CHUNK) rows.push(makeChunk(list.slice(at, at + OPS_PER_CHUNK), reuse));
  }
  await db.opChunks.bulkPut(rows);
}

async function topsOf(db: DeskDb, table: 'ops' | 'opChunks'): Promise<Record<string, number>> {
  const t = db.table(table);
  const index = table === 'ops' ? '[origin+seq]' : '[origin+to]';
  const vv: Record<string, number> = {};
  let origin: string | null = null;
  // Walk origins by jumping to the last key of each one: O(origins) key reads, no values.
  for (;;) {
    const next = (await (origin === null ? t.orderBy(index) : t.where(index).above([origin, Infinity])).limit(1).primaryKeys()) as unknown as [string, number][];
    if (!next.length) return vv;
    origin = next[0][0];
    const last = (await t.where(index).between([origin, -Infinity], [origin, Infinity], true, true).reverse().limit(1).primaryKeys()) as unknown as [string, number][];
    vv[origin] = last[0]?.[1] ?? 0;
  }
}

/** The highest seq held for each origin, over both stores (the version vector). */
export function heldVersionVector(db: DeskDb): Promise<Record<string, number>> {
  return reading(db, async () => {
    const [local, imported] = await Promise.all([topsOf(db, 'ops'), topsOf(db, 'opChunks')]);
    for (const [origin, seq] of Object.entries(imported)) local[origin] = Math.max(local[origin] ?? 0, seq);
    return local;
  });
}

/** Every op held, both stores (tests, tools; reads the whole log). */
export function allOps(db: DeskDb): Promise<Op[]> {
  return reading(db, async () => {
    const rows = await db.ops.toArray();
    for (const c of await db.opChunks.toArray()) rows.push(...chunkOps(c));
    return rows;
  });
}

/** Number of ops held in both stores (reads every chunk row's count, unpacks none). */
export function countOps(db: DeskDb): Promise<number> {
  return reading(db, async () => {
    let n = await db.ops.count();
    await db.opChunks.each((c) => { n += c.count; });
    return n;
  });
}

/** Whether the log holds anything at all (cheap). */
export async function holdsOps(db: DeskDb): Promise<boolean> {
  return (await db.ops.count()) > 0 || (await db.opChunks.count()) > 0;
}

/**
 * Take the ops of `origin` above `above` out of the log (both stores; a chunk
 * the bound cuts through keeps its lower part) and return them in seq order.
 * For a copied data folder whose writes are issued again under a new node
 * (sync/computers.ts): the seqs taken are then free for the other machine's
 * ops of that origin to arrive. Must run inside a rw transaction over both stores.
 */
export async function takeOpsAbove(db: DeskDb, origin: string, above: number): Promise<Op[]> {
  const taken = await readOps(db, origin, above + 1, Infinity);
  await db.ops.where('[origin+seq]').between([origin, above + 1], [origin, Infinity], true, true).delete();
  const chunks = await chunksMeeting(db, origin, above + 1, Infinity);
  await db.opChunks.bulkDelete(chunks.map((c) => [c.origin, c.to] as [string, number]));
  const kept = chunks.filter((c) => c.from <= above).map((c) => makeChunk(chunkOps(c).filter((op) => op.seq <= above)));
  if (kept.length) await db.opChunks.bulkPut(kept);
  return taken;
}
