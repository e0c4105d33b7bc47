import { isNodeId, isStamp } from '../hlc';
import { BundleError } from './container';
import type { Manifest } from './manifest';
import type { Op } from './record';

/** Ops per NDJSON entry of a bundle; also the size of one apply transaction. */
export const OPS_PER_CHUNK = 5000;

export function encodeOps(ops: readonly Op[]): string {
  let s = '';
  for (const op of ops) s += JSON.stringify(op) + '\n';
  return s;
}

/** Parse one NDJSON entry. Trusts nothing: every line must be a well-formed op. */
export function decodeOps(text: string, where = ''): Op[] {
  const out: Op[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    let op: Op;
    try {
      op = JSON.parse(line);
    } catch {
      throw new BundleError('corrupt', `${where}第 ${i + 1} 行不是有效的数据记录。`);
    }
    if (
      !op ||
      typeof op !== 'object' ||
      !isStamp(op.stamp) ||
      typeof op.origin !== 'string' ||
      !isNodeId(op.origin) ||
      !Number.isInteger(op.seq) ||
      op.seq < 1 ||
      typeof op.table !== 'string' ||
      typeof op.id !== 'string' ||
      !op.id ||
      !op.fields ||
      typeof op.fields !== 'object' ||
      Array.isArray(op.fields)
    ) {
      throw new BundleError('corrupt', `${where}第 ${i + 1} 行的数据记录格式不对。`);
    }
    out.push(op);
  });
  return out;
}

export interface OpsSummary {
  counts: Record<string, number>;
  deletes: Record<string, number>;
  ranges: Record<string, [number, number]>;
  maxStamp: string;
  total: number;
}

export function summarise(ops: Iterable<Op>, into?: OpsSummary): OpsSummary {
  const s: OpsSummary = into ?? { counts: {}, deletes: {}, ranges: {}, maxStamp: '', total: 0 };
  for (const op of ops) {
    s.total++;
    s.counts[op.table] = (s.counts[op.table] ?? 0) + 1;
    if (op.fields.deleted === 1) s.deletes[op.table] = (s.deletes[op.table] ?? 0) + 1;
    const r = s.ranges[op.origin];
    if (!r) s.ranges[op.origin] = [op.seq, op.seq];
    else {
      if (op.seq < r[0]) r[0] = op.seq;
      if (op.seq > r[1]) r[1] = op.seq;
    }
    if (op.stamp > s.maxStamp) s.maxStamp = op.stamp;
  }
  return s;
}

function sameRecord(a: Record<string, number | [number, number]>, b: Record<string, number | [number, number]>): boolean {
  const ka = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== '0');
  const kb = Object.keys(b).filter((k) => JSON.stringify(b[k]) !== '0');
  return ka.length === kb.length && ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

export interface CheckOptions {
  /** Tables this installation syncs; an op for any other table is refused. */
  tables: readonly string[];
  /** The importer's schema version. */
  schemaVersion: number;
  /**
   * Accept bundles of an older schema version too (a rebuild from the archive
   * after the program was upgraded: the renderer brings their ops up to date).
   * A bundle of a newer version is always refused.
   */
  acceptOlder?: boolean;
}

/**
 * Check decoded entries against the signed manifest: per-entry and per-table
 * counts, deletions, seq ranges, tables, schema version. Returns the ops per
 * entry (attachments as null) and the summary.
 */
export function checkOps(manifest: Manifest, entries: Uint8Array[], o: CheckOptions): { chunks: (Op[] | null)[]; summary: OpsSummary } {
  if (manifest.schemaVersion > o.schemaVersion || (manifest.schemaVersion < o.schemaVersion && !o.acceptOlder)) {
    throw new BundleError(
      'schema',
      `数据包来自数据结构第 ${manifest.schemaVersion} 版的程序，本机是第 ${o.schemaVersion} 版：请先把两边的程序升级到同一版本再导入。`,
    );
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const known = new Set(o.tables);
  const summary: OpsSummary = { counts: {}, deletes: {}, ranges: {}, maxStamp: '', total: 0 };
  const chunks = manifest.entries.map((entry, i) => {
    if (entry.kind !== 'ops') return null;
    let text: string;
    try {
      text = decoder.decode(entries[i]);
    } catch {
      throw new BundleError('corrupt', `第 ${i + 1} 块数据不是有效的文字（UTF-8）。`);
    }
    const ops = decodeOps(text, `第 ${i + 1} 块数据`);
    if (ops.length !== entry.count) {
      throw new BundleError('count', `第 ${i + 1} 块数据有 ${ops.length} 条记录，清单写的是 ${entry.count ?? 0} 条：数据包不完整或被改动。`);
    }
    for (const op of ops) {
      if (!known.has(op.table)) throw new BundleError('schema', `数据包含有本机不认识的数据表「${op.table}」：请先把程序升级到同一版本。`);
    }
    summarise(ops, summary);
    return ops;
  });
  if (
    summary.total !== manifest.totalOps ||
    !sameRecord(summary.counts, manifest.counts) ||
    !sameRecord(summary.deletes, manifest.deletes) ||
    !sameRecord(summary.ranges, manifest.ranges)
  ) {
    throw new BundleError('count', '数据包里的记录数与清单不符：数据包不完整或被改动，已拒绝导入。');
  }
  return { chunks, summary };
}
