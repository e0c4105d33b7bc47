import type { Op } from '../../../shared/sync/record';
import type { DeskDb } from './db';

/**
 * The op log is held in two stores:
 * - `ops`: one row per LOCAL write, keyed [origin+seq], written beside its
 *   record in the same transaction (oplog.ts LoggedWriter);
 * - `opChunks`: IMPORTED ops, one row per applied chunk per origin, keyed
 *   [origin+to] and holding {origin, from, to, ops} with ops sorted by seq.
 *   An import thus writes one extra row per origin per chunk instead of one
 *   per record (performance.md: IndexedDB writes are the cost).
 *
 * Invariants: a seq of an origin is held at most once across both stores, and
 * the [from, to] ranges of one origin's chunks never overlap (an insert that
 * would overlap merges the chunks it touches into one). So the chunk holding
 * seq s is the first one with to >= s, and both the version vector and that
 * lookup are answered from keys alone.
 *
 * Every reader of the op log goes through this module.
 */
export interface OpChunk {
  origin: string;
  from: number;
  to: number;
  ops: Op[];
}

/** The chunk of `origin` whose range holds `seq`, or the next one above it. */
function chunkAtOrAbove(db: DeskDb, origin: string, seq: number): Promise<OpChunk | undefined> {
  return db.opChunks.where('[origin+to]').between([origin, seq], [origin, Infinity], true, true).first();
}

/** Chunks of `origin` whose range meets [lo, hi], in seq order. */
async function chunksMeeting(db: DeskDb, origin: string, lo: number, hi: number, enough = Infinity): Promise<OpChunk[]> {
  const out: OpChunk[] = [];
  let at = lo;
  let got = 0;
  while (at <= hi && got < enough) {
    const c = await chunkAtOrAbove(db, origin, at);
    if (!c || c.from > hi) break;
    out.push(c);
    got += c.ops.length;
    at = c.to + 1;
  }
  return out;
}

function bySeq(a: Op, b: Op): number {
  return a.seq - b.seq;
}

/** Ops of `origin` with lo <= seq <= hi from both stores, in seq order, at most `limit` of them. */
export async function readOps(db: DeskDb, origin: string, lo: number, hi: number, limit = Infinity): Promise<Op[]> {
  const local = db.ops.where('[origin+seq]').between([origin, lo], [origin, hi], true, true);
  const rows = await (limit === Infinity ? local : local.limit(limit)).toArray();
  const imported: Op[] = [];
  for (const c of await chunksMeeting(db, origin, lo, hi, limit)) {
    for (const op of c.ops) if (op.seq >= lo && op.seq <= hi) imported.push(op);
  }
  if (!rows.length) return imported.length > limit ? imported.slice(0, limit) : imported;
  if (!imported.length) return rows;
  const all = rows.concat(imported).sort(bySeq);
  return all.length > limit ? all.slice(0, limit) : all;
}

/** Seqs of `origin` within [lo, hi] already held in either store. */
export async function heldSeqs(db: DeskDb, origin: string, lo: number, hi: number): Promise<Set<number>> {
  const held = new Set<number>();
  const keys = (await db.ops.where('[origin+seq]').between([origin, lo], [origin, hi], true, true).primaryKeys()) as unknown as [string, number][];
  for (const [, seq] of keys) held.add(seq);
  for (const c of await chunksMeeting(db, origin, lo, hi)) {
    for (const op of c.ops) if (op.seq >= lo && op.seq <= hi) held.add(op.seq);
  }
  return held;
}

/** The op (origin, seq) from either store. */
export async function getOp(db: DeskDb, origin: string, seq: number): Promise<Op | undefined> {
  const row = await db.ops.get([origin, seq]);
  if (row) return row;
  const c = await chunkAtOrAbove(db, origin, seq);
  if (!c || c.from > seq) return undefined;
  return c.ops.find((o) => o.seq === seq);
}

/**
 * Store imported ops (all unseen: the caller did insert-or-ignore) as one
 * chunk row per origin. Must run inside a transaction over 'opChunks'.
 */
export async function addImportedOps(db: DeskDb, ops: Op[]): Promise<void> {
  const byOrigin = new Map<string, Op[]>();
  for (const op of ops) {
    const list = byOrigin.get(op.origin);
    if (list) list.push(op);
    else byOrigin.set(op.origin, [op]);
  }
  const rows: OpChunk[] = [];
  for (const [origin, list] of byOrigin) {
    list.sort(bySeq);
    let from = list[0].seq;
    let to = list[list.length - 1].seq;
    const touched = await chunksMeeting(db, origin, from, to);
    if (touched.length) {
      // Keep ranges disjoint: fold the chunks this range meets into one row.
      for (const c of touched) list.push(...c.ops);
      list.sort(bySeq);
      from = Math.min(from, touched[0].from);
      to = Math.max(to, touched[touched.length - 1].to);
      await db.opChunks.bulkDelete(touched.map((c) => [c.origin, c.to] as [string, number]));
    }
    rows.push({ origin, from, to, ops: list });
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
export async function heldVersionVector(db: DeskDb): Promise<Record<string, number>> {
  const [local, imported] = await Promise.all([topsOf(db, 'ops'), topsOf(db, 'opChunks')]);
  for (const [origin, seq] of Object.entries(imported)) local[origin] = Math.max(local[origin] ?? 0, seq);
  return local;
}

/** Every op held, both stores (tests, tools; reads the whole log). */
export async function allOps(db: DeskDb): Promise<Op[]> {
  const rows = await db.ops.toArray();
  for (const c of await db.opChunks.toArray()) rows.push(...c.ops);
  return rows;
}

/** Number of ops held in both stores (reads every chunk row). */
export async function countOps(db: DeskDb): Promise<number> {
  let n = await db.ops.count();
  await db.opChunks.each((c) => { n += c.ops.length; });
  return n;
}

/** Whether the log holds anything at all (cheap). */
export async function holdsOps(db: DeskDb): Promise<boolean> {
  return (await db.ops.count()) > 0 || (await db.opChunks.count()) > 0;
}
