import { describe, expect, it } from 'vitest';
import { BundleError } from './container';
import { Encryption, type Manifest } from './manifest';
import { MAX_FIELD_CHARS, MAX_FIELDS_PER_OP, MAX_ID_CHARS, MAX_OPS_ENTRY_BYTES, MAX_VALUE_DEPTH, OPS_PER_CHUNK, SCRYPT_MAX_WORK } from './limits';
import { checkOps, encodeOps, opLimitProblem, summarise } from './ops-codec';
import type { Op } from './record';

const NODE = 'A1B2C3D4E5F60718';
const op = (fields: Record<string, unknown>, id = 'm-1', seq = 1): Op => ({ stamp: `2026-11-25T08:00:00.000Z-0000-${NODE}`, origin: NODE, seq, table: 'members', id, fields });

/** A nested array `depth` deep, built without recursion (JSON.parse is iterative). */
const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

function manifestFor(entries: Uint8Array[], counts: number[]): Manifest {
  return {
    entries: entries.map((e, i) => ({ name: `ops-${i + 1}.ndjson`, kind: 'ops', bytes: e.length, sha256: '0'.repeat(64), count: counts[i] })),
    schemaVersion: 1,
  } as unknown as Manifest;
}

const check = (entries: Uint8Array[], counts: number[]) => checkOps(manifestFor(entries, counts), entries, { tables: ['members'], schemaVersion: 1 });

describe('the limits on what an op may hold', () => {
  it('nesting: up to MAX_VALUE_DEPTH is fine, one more is refused, and 100,000 deep is refused without overflowing the stack', () => {
    expect(opLimitProblem(op({ v: nested(MAX_VALUE_DEPTH - 1) }))).toBeNull();
    expect(opLimitProblem(op({ v: nested(MAX_VALUE_DEPTH) }))).toMatch(/嵌套超过/);
    expect(opLimitProblem(op({ v: nested(100_000) }))).toMatch(new RegExp(`字段「v」嵌套超过 ${MAX_VALUE_DEPTH} 层`));
    expect(opLimitProblem(op({ v: { a: [{ b: nested(MAX_VALUE_DEPTH) }] } }))).toMatch(/嵌套超过/);
  });

  it('a string field of MAX_FIELD_CHARS is fine, longer is refused, inside a list too', () => {
    expect(opLimitProblem(op({ notes: 'x'.repeat(MAX_FIELD_CHARS) }))).toBeNull();
    expect(opLimitProblem(op({ notes: 'x'.repeat(MAX_FIELD_CHARS + 1) }))).toMatch(/字段「notes」的内容太长/);
    expect(opLimitProblem(op({ agenda: [{ item: 'x'.repeat(MAX_FIELD_CHARS + 1) }] }))).toMatch(/字段「agenda」的内容太长/);
  });

  it('fields per op and the length of a record id', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_FIELDS_PER_OP + 1 }, (_, i) => [`f${i}`, i]));
    expect(opLimitProblem(op(many))).toMatch(/字段超过/);
    expect(opLimitProblem(op({ a: 1 }, 'x'.repeat(MAX_ID_CHARS + 1)))).toMatch(/记录编号太长/);
  });

  it('checkOps refuses an entry of more than OPS_PER_CHUNK ops, and one larger than MAX_OPS_ENTRY_BYTES, as limits in Chinese', () => {
    const ops = Array.from({ length: OPS_PER_CHUNK + 1 }, (_, i) => op({ name: `委员${i}` }, `m-${i}`, i + 1));
    const entry = new TextEncoder().encode(encodeOps(ops));
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof BundleError ? `${e.code}: ${e.message}` : `thrown: ${String(e)}`;
      }
      return 'accepted';
    };
    expect(refused(() => check([entry], [ops.length]))).toMatch(new RegExp(`^limit: .*超过 ${OPS_PER_CHUNK} 条记录`));
    // The manifest's count cannot hide it: the lines are counted on the bytes.
    expect(refused(() => check([entry], [OPS_PER_CHUNK]))).toMatch(/^limit: /);
    const fine = ops.slice(0, OPS_PER_CHUNK);
    const s = summarise(fine);
    const ok = checkOps({ ...manifestFor([new TextEncoder().encode(encodeOps(fine))], [fine.length]), totalOps: s.total, counts: s.counts, deletes: s.deletes, ranges: s.ranges }, [new TextEncoder().encode(encodeOps(fine))], { tables: ['members'], schemaVersion: 1 });
    expect(ok.summary.total).toBe(OPS_PER_CHUNK);
    expect(refused(() => check([new Uint8Array(MAX_OPS_ENTRY_BYTES + 1)], [1]))).toMatch(/^limit: 第 1 块数据太大/);
  });

  it('scrypt: the default passes, more work or memory than the bound is refused by the header schema', () => {
    const e = { cipher: 'aes-256-gcm', kdf: 'scrypt', salt: 'AAAAAAAAAAAAAAAAAAAAAA==', chunkSize: 65536 };
    expect(Encryption.safeParse({ ...e, N: 1 << 15, r: 8, p: 1 }).success).toBe(true);
    expect(Encryption.safeParse({ ...e, N: SCRYPT_MAX_WORK / 8, r: 8, p: 1 }).success).toBe(true);
    expect(Encryption.safeParse({ ...e, N: SCRYPT_MAX_WORK / 8, r: 8, p: 2 }).success).toBe(false);
    expect(Encryption.safeParse({ ...e, N: 1 << 20, r: 1, p: 1 }).success).toBe(true);
    expect(Encryption.safeParse({ ...e, N: 1 << 20, r: 2, p: 1 }).success).toBe(false);
  });
});
