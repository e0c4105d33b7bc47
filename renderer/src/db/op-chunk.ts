import { gunzipSync, gzipSync } from 'fflate';
import { encodeOps, summarise, type OpsSummary } from '../../../shared/sync/ops-codec';
import { attachmentPaths } from '../../../shared/sync/policy';
import type { Op } from '../../../shared/sync/record';

/**
 * One row of the `opChunks` store: ops of one origin stored together, in the
 * form they travel in (a bundle entry is NDJSON of ops; it crosses to and from
 * main gzipped). So an import stores the bytes main handed it, and an export
 * hands a whole chunk to main without parsing or compressing anything; the
 * log also takes about a fifth of the space rows would.
 *
 * What readers need without opening `gz` is kept beside it: the seqs held
 * (`runs`), what a bundle's manifest counts (`counts`, `deletes`,
 * `maxStamp`), and the files the ops refer to (`attachments`), which travel
 * beside them.
 *
 * fflate is used (not CompressionStream) because the codec must be
 * synchronous: chunk rows are read and written inside Dexie transactions,
 * which commit as soon as a callback awaits anything but IndexedDB.
 */
export interface OpChunk {
  origin: string;
  /** Lowest and highest seq held. */
  from: number;
  to: number;
  /** Number of ops held. */
  count: number;
  /** Seqs held, as sorted disjoint inclusive ranges flattened: [a1, b1, a2, b2, …]. A contiguous chunk is [from, to]. */
  runs: number[];
  /** Ops per table, and deletes (tombstones) per table. */
  counts: Record<string, number>;
  deletes: Record<string, number>;
  /** Newest stamp among the ops. */
  maxStamp: string;
  /**
   * Paths in the attachments area the ops refer to (shared/sync/policy.ts
   * `attachments`), each once. Absent on rows written before the field
   * existed: read them with chunkAttachments().
   */
  attachments?: string[];
  /** The ops in seq order, NDJSON (shared/sync/ops-codec), gzipped. */
  gz: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Sorted seqs as flattened inclusive ranges. */
export function runsOf(sortedSeqs: readonly number[]): number[] {
  const runs: number[] = [];
  for (const s of sortedSeqs) {
    if (runs.length && runs[runs.length - 1] === s - 1) runs[runs.length - 1] = s;
    else runs.push(s, s);
  }
  return runs;
}

/** Gzip NDJSON text. Level 1: a chunk is written once and read rarely; speed matters more than a few per cent of size. */
export function gzipNdjson(text: string): Uint8Array {
  return gzipSync(encoder.encode(text), { level: 1 });
}

/**
 * A chunk row for `ops`: one origin, sorted by seq, no seq twice. `gz` may be
 * given when the caller already holds exactly these ops as gzipped NDJSON in
 * this order (an import's chunk from main); otherwise they are encoded here.
 */
export function makeChunk(ops: readonly Op[], gz?: Uint8Array): OpChunk {
  // What a bundle's manifest counts, the same way the exchange counts it.
  const { counts, deletes, maxStamp } = summarise(ops);
  return {
    origin: ops[0].origin,
    from: ops[0].seq,
    to: ops[ops.length - 1].seq,
    count: ops.length,
    runs: runsOf(ops.map((o) => o.seq)),
    counts,
    deletes,
    maxStamp,
    attachments: attachmentPaths(ops),
    gz: gz ?? gzipNdjson(encodeOps(ops)),
  };
}

/**
 * The ops of a chunk, in seq order. The rows are this database's own (what an
 * import wrote was validated by decodeOps first), so lines are parsed without
 * checking each field again.
 */
export function chunkOps(c: OpChunk): Op[] {
  const text = decoder.decode(gunzipSync(c.gz));
  const out: Op[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end > at) out.push(JSON.parse(text.slice(at, end)) as Op);
    at = end + 1;
  }
  return out;
}

/** Seqs the chunk holds within [lo, hi], ascending, from `runs` alone. */
export function seqsWithin(c: OpChunk, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.runs.length; i += 2) {
    const a = Math.max(lo, c.runs[i]);
    const b = Math.min(hi, c.runs[i + 1]);
    for (let s = a; s <= b; s++) out.push(s);
  }
  return out;
}

/** Whether the chunk holds `seq` (from `runs` alone). */
export function chunkHolds(c: OpChunk, seq: number): boolean {
  for (let i = 0; i < c.runs.length; i += 2) if (seq >= c.runs[i] && seq <= c.runs[i + 1]) return true;
  return false;
}

/** The attachment paths the chunk's ops refer to: from the row, or (an older row without the field) from its ops. */
export function chunkAttachments(c: OpChunk): string[] {
  return c.attachments ?? attachmentPaths(chunkOps(c));
}

/** What a bundle's manifest says of this chunk (shared/sync/ops-codec summarise), without opening it. */
export function chunkSummary(c: OpChunk): OpsSummary {
  return { counts: { ...c.counts }, deletes: { ...c.deletes }, ranges: { [c.origin]: [c.from, c.to] }, maxStamp: c.maxStamp, total: c.count };
}
