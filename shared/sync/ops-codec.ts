import { isNodeId, isStamp } from '../hlc';
import { BundleError } from './container';
import type { Manifest } from './manifest';
import { LARGE_FIELDS, MAX_FIELD_CHARS, MAX_FIELDS_PER_OP, MAX_ID_CHARS, MAX_OPS_ENTRY_BYTES, MAX_VALUE_DEPTH, OPS_PER_CHUNK } from './limits';
import type { Op } from './record';

export { OPS_PER_CHUNK };

export function encodeOps(ops: readonly Op[]): string {
  let s = '';
  for (const op of ops) s += JSON.stringify(op) + '\n';
  return s;
}

/**
 * Parse one NDJSON entry. Trusts nothing: every line must be a well-formed op;
 * with `limits` (main, before anything is applied), each op within the bounds
 * of opLimitProblem too.
 */
export function decodeOps(text: string, where = '', limits = false): Op[] {
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
    const why = limits ? (mayBreachLimits(line) ? opLimitProblem(op) : op.id.length > MAX_ID_CHARS ? idTooLong() : null) : null;
    if (why) throw new BundleError('limit', `${where}第 ${i + 1} 行：${why}，已拒绝导入，没有任何改动。`);
    out.push(op);
  });
  return out;
}

/** Newlines in an entry, counted on the bytes (before a million-line split is attempted). */
function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) if (++n > OPS_PER_CHUNK + 1) break;
  return bytes.length && bytes[bytes.length - 1] !== 0x0a ? n + 1 : n;
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

/**
 * What is wrong with an op's size or shape, in Chinese, or null: too many
 * fields, a string longer than MAX_FIELD_CHARS (or its declared bound), a
 * value nested deeper than MAX_VALUE_DEPTH. Walks with an explicit stack, so
 * a value nested 100,000 deep is refused instead of overflowing the call stack
 * (JSON.parse itself is iterative in V8).
 */
export function opLimitProblem(op: Op): string | null {
  if (op.id.length > MAX_ID_CHARS) return idTooLong();
  let fields = 0;
  for (const k in op.fields) {
    if (++fields > MAX_FIELDS_PER_OP) return `一条记录的字段超过 ${MAX_FIELDS_PER_OP} 个`;
    const v = op.fields[k];
    // Most fields are flat: checked here, without the walk.
    if (typeof v === 'string') {
      if (v.length > boundOf(k)) return tooLong(k);
    } else if (v !== null && typeof v === 'object') {
      const why = nestedProblem(v, k);
      if (why) return why;
    }
  }
  return null;
}

const idTooLong = () => `记录编号太长（超过 ${MAX_ID_CHARS} 个字符）`;

/**
 * Whether a line's text leaves room for a breach: a line shorter than any
 * string bound and than MAX_FIELDS_PER_OP fields could spell, with fewer
 * brackets than MAX_VALUE_DEPTH, cannot breach one, so the walk is skipped
 * (an ordinary record's op is a few hundred characters with two or three).
 */
function mayBreachLimits(line: string): boolean {
  if (line.length >= Math.min(MAX_FIELD_CHARS, 4 * MAX_FIELDS_PER_OP)) return true;
  let brackets = 0;
  for (const c of ['{', '[']) {
    for (let at = line.indexOf(c); at !== -1; at = line.indexOf(c, at + 1)) if (++brackets >= MAX_VALUE_DEPTH) return true;
  }
  return false;
}

const boundOf = (field: string) => LARGE_FIELDS.get(field) ?? MAX_FIELD_CHARS;

function tooLong(field: string): string {
  return `字段「${field.slice(0, 40)}」的内容太长（超过 ${Math.round(boundOf(field) / 1024)} K 个字符）`;
}

/** The walk of one object or array value, with an explicit stack (values and their depths side by side). */
function nestedProblem(root: object, field: string): string | null {
  const max = boundOf(field);
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (typeof v === 'string') {
      if (v.length > max) return tooLong(field);
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_VALUE_DEPTH) return `字段「${field.slice(0, 40)}」嵌套超过 ${MAX_VALUE_DEPTH} 层`;
      if (Array.isArray(v)) {
        for (const x of v) {
          values.push(x);
          depths.push(depth + 1);
        }
      } else {
        for (const k in v as Record<string, unknown>) {
          values.push((v as Record<string, unknown>)[k]);
          depths.push(depth + 1);
        }
      }
    }
  }
  return null;
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
    if (entries[i].length > MAX_OPS_ENTRY_BYTES) {
      throw new BundleError('limit', `第 ${i + 1} 块数据太大（超过 ${MAX_OPS_ENTRY_BYTES / 1024 / 1024} MB），已拒绝导入，没有任何改动。`);
    }
    if ((entry.count ?? 0) > OPS_PER_CHUNK || countLines(entries[i]) > OPS_PER_CHUNK) {
      throw new BundleError('limit', `第 ${i + 1} 块数据超过 ${OPS_PER_CHUNK} 条记录（每块最多 ${OPS_PER_CHUNK} 条），已拒绝导入，没有任何改动。`);
    }
    let text: string;
    try {
      text = decoder.decode(entries[i]);
    } catch {
      throw new BundleError('corrupt', `第 ${i + 1} 块数据不是有效的文字（UTF-8）。`);
    }
    const ops = decodeOps(text, `第 ${i + 1} 块数据`, true);
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
