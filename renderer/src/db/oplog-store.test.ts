import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/sync/record';
import { applyChunk } from '../sync/apply';
import { DeskDb } from './db';
import { setIdentity } from './identity';
import { CHUNKED_WRITE_MIN, loggedTransaction, versionVector } from './oplog';
import { encodeOps, OPS_PER_CHUNK } from '../../../shared/sync/ops-codec';
import { chunkOps, gzipNdjson } from './op-chunk';
import { allOps, countOps, getOp, heldSeqs, readOps } from './oplog-store';

const NODE = '0123456789ABCDEF';
const OTHER = 'FEDCBA9876543210';
let db: DeskDb;
let n = 0;

/** Op `seq` of OTHER setting member `m<seq % 7>`'s name; stamps rise with seq as an origin's do. */
function op(seq: number): Op {
  const stamp = `2026-01-01T00:00:00.000Z-${String(seq).padStart(4, '0')}-${OTHER}`;
  return { stamp, origin: OTHER, seq, table: 'members', id: `m${seq % 7}`, fields: { name: `名${seq}`, office: 'X' } };
}
const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => op(lo + i));
const apply = (ops: Op[]) => applyChunk(db, ops, { covers: {}, node: NODE, checkpoint: null });

beforeEach(async () => {
  setIdentity({ nodeId: NODE, office: 'X' });
  db = new DeskDb(`oplog-store-test-${n++}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('imported ops in chunk rows', () => {
  it('stores one row per origin per applied chunk, and every reader sees the ops', async () => {
    expect(await apply(range(1, 50))).toMatchObject({ applied: 50, skipped: 0 });
    expect(await apply(range(51, 80))).toMatchObject({ applied: 30, skipped: 0 });
    expect(await db.opChunks.count()).toBe(2);
    expect(await db.ops.count()).toBe(0);
    expect(await versionVector(db)).toEqual({ [OTHER]: 80 });
    expect((await readOps(db, OTHER, 45, 55)).map((o) => o.seq)).toEqual(range(45, 55).map((o) => o.seq));
    expect((await readOps(db, OTHER, 1, 80, 52)).map((o) => o.seq)).toEqual(range(1, 52).map((o) => o.seq));
    expect(await getOp(db, OTHER, 51)).toEqual(op(51));
    expect(await getOp(db, OTHER, 81)).toBeUndefined();
    // The records carry the newest write of each.
    expect((await db.table('members').get('m3'))?.name).toBe('名80');
  });

  it('a chunk overlapping what is held keeps only the unseen tail', async () => {
    await apply(range(1, 40));
    const stats = await apply(range(30, 60));
    expect(stats).toMatchObject({ applied: 20, skipped: 11 });
    expect([...(await heldSeqs(db, OTHER, 1, 100))].sort((a, b) => a - b)).toEqual(range(1, 60).map((o) => o.seq));
    expect(await countOps(db)).toBe(60);
    // The same chunks again change nothing.
    expect(await apply(range(1, 60))).toMatchObject({ applied: 0, skipped: 60 });
    expect(await countOps(db)).toBe(60);
  });

  it('ops filling a gap inside held ranges merge the chunks they meet, so ranges stay disjoint', async () => {
    const odd = range(1, 30).filter((o) => o.seq % 2 === 1);
    await apply(odd.slice(0, 5)); // 1..9
    await apply(odd.slice(5)); // 11..29
    expect(await apply(range(8, 12))).toMatchObject({ applied: 3, skipped: 2 });
    const chunks = await db.opChunks.toArray();
    expect(chunks.map((c) => [c.from, c.to])).toEqual([[1, 29]]);
    const seqs = chunkOps(chunks[0]).map((o) => o.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(chunks[0].runs.slice(0, 8)).toEqual([1, 1, 3, 3, 5, 5, 7, 13]);
    expect(chunks[0].count).toBe(18);
    expect(await countOps(db)).toBe(18);
    expect((await readOps(db, OTHER, 7, 13)).map((o) => o.seq)).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });

  it('a chunk touching held and new records merges into the held ones and creates the rest', async () => {
    await apply(range(1, 3).map((o) => ({ ...o, fields: { ...o.fields, phone: `p${o.seq}` } }))); // m1, m2, m3
    await apply([7, 8, 9, 10, 11].map(op)); // m0, m1 (held), m2 (held), m3 (held), m4
    const names = Object.fromEntries((await db.table('members').toArray()).map((m) => [m.id, m.name]));
    expect(names).toEqual({ m0: '名7', m1: '名8', m2: '名9', m3: '名10', m4: '名11' });
    // Held records keep the fields the new ops do not touch.
    const phones = (await db.table('members').toArray()).map((m) => [m.id, m.phone]);
    expect(phones).toEqual([['m0', undefined], ['m1', 'p1'], ['m2', 'p2'], ['m3', 'p3'], ['m4', undefined]]);
  });

  it('local writes stay one row each and are read together with imported ops', async () => {
    await apply(range(1, 3));
    await loggedTransaction(db, ['members'], (w) => w.writeMany('members', [{ id: 'local', fields: { name: '本地', office: 'X' } }]));
    expect(await db.ops.count()).toBe(1);
    expect(await versionVector(db)).toEqual({ [OTHER]: 3, [NODE]: 1 });
    // An own op coming back (a rebuild) lands in a chunk; both stores answer for the origin.
    const back: Op = { stamp: `2026-01-02T00:00:00.000Z-0000-${NODE}`, origin: NODE, seq: 2, table: 'members', id: 'local', fields: { name: '回来' } };
    expect(await apply([back])).toMatchObject({ applied: 1, ownSeq: 2 });
    expect(await versionVector(db)).toEqual({ [OTHER]: 3, [NODE]: 2 });
    expect((await readOps(db, NODE, 1, 2)).map((o) => o.seq)).toEqual([1, 2]);
    expect((await allOps(db)).length).toBe(5);
  });

  it('a bulk local write logs its ops packed in chunk rows of at most one bundle entry; a small one stays rows', async () => {
    const write = (count: number, tag: string) => loggedTransaction(db, ['members'], (w) =>
      w.writeMany('members', Array.from({ length: count }, (_, i) => ({ id: `${tag}${i}`, fields: { name: `${tag}${i}`, office: 'X' } }))));
    await write(CHUNKED_WRITE_MIN - 1, 'a');
    expect({ rows: await db.ops.count(), chunks: await db.opChunks.count() }).toEqual({ rows: CHUNKED_WRITE_MIN - 1, chunks: 0 });
    await write(OPS_PER_CHUNK + 10, 'b');
    const chunks = await db.opChunks.toArray();
    expect(chunks.map((c) => [c.from, c.to, c.count])).toEqual([
      [CHUNKED_WRITE_MIN, CHUNKED_WRITE_MIN - 1 + OPS_PER_CHUNK, OPS_PER_CHUNK],
      [CHUNKED_WRITE_MIN + OPS_PER_CHUNK, CHUNKED_WRITE_MIN + 9 + OPS_PER_CHUNK, 10],
    ]);
    expect(chunks[0].counts).toEqual({ members: OPS_PER_CHUNK });
    expect(await countOps(db)).toBe(CHUNKED_WRITE_MIN - 1 + OPS_PER_CHUNK + 10);
    expect(await versionVector(db)).toEqual({ [NODE]: CHUNKED_WRITE_MIN + 9 + OPS_PER_CHUNK });
    expect((await getOp(db, NODE, CHUNKED_WRITE_MIN + 1))?.id).toBe('b1');
    // Every op is in the log once, and the records carry what the ops say.
    const seqs = (await allOps(db)).map((o) => o.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect((await db.table('members').get('b7'))?.name).toBe('b7');
  });

  it('an imported chunk keeps the bytes main sent when every op is new, and is re-packed when some were held', async () => {
    const bytes = (ops: Op[]) => gzipNdjson(encodeOps(ops));
    const first = range(1, 10);
    const gz = bytes(first);
    await applyChunk(db, first, { covers: {}, node: NODE, checkpoint: null, gz });
    expect((await db.opChunks.toArray())[0].gz).toEqual(gz);
    const second = range(5, 20);
    const gz2 = bytes(second);
    await applyChunk(db, second, { covers: {}, node: NODE, checkpoint: null, gz: gz2 });
    const rows = await db.opChunks.toArray();
    expect(rows.map((c) => [c.from, c.to])).toEqual([[1, 10], [11, 20]]);
    expect(rows[1].gz).not.toEqual(gz2);
    expect(chunkOps(rows[1]).map((o) => o.seq)).toEqual(range(11, 20).map((o) => o.seq));
  });
});
