import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/sync/record';
import { DeskDb } from '../db/db';
import { setIdentity } from '../db/identity';
import { chunkOps } from '../db/op-chunk';
import { CHUNKED_WRITE_MIN, loggedTransaction, versionVector } from '../db/oplog';
import { gatherOps, type GatherPiece } from './gather';

const NODE = '0123456789ABCDEF';
let db: DeskDb;
let n = 0;

beforeEach(async () => {
  setIdentity({ nodeId: NODE, office: 'X' });
  db = new DeskDb(`gather-test-${n++}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Local writes of `count` new members in one transaction (bulk ones are logged as chunk rows). */
function write(count: number, tag: string) {
  return loggedTransaction(db, ['members'], (w) =>
    w.writeMany('members', Array.from({ length: count }, (_, i) => ({ id: `${tag}${i}`, fields: { name: `${tag}${i}`, office: 'X', deleted: 0 } }))),
  );
}

async function gather(ack: Record<string, number>): Promise<{ pieces: string[]; seqs: number[] }> {
  const pieces: string[] = [];
  const seqs: number[] = [];
  const take = (p: GatherPiece) => {
    const ops: Op[] = 'chunk' in p ? chunkOps(p.chunk) : p.ops;
    pieces.push(`${'chunk' in p ? 'chunk' : 'ops'}:${ops.length}`);
    seqs.push(...ops.map((o) => o.seq));
  };
  await gatherOps(db, { ack, upTo: await versionVector(db), skipOrigin: null, hqFilter: null }, async (p) => take(p));
  return { pieces, seqs };
}

const span = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);

describe('gathering the op log for an export', () => {
  it('forwards whole packed chunks untouched and reads single-op rows as ops, in seq order', async () => {
    await write(3, 'a'); // seqs 1..3, rows
    await write(CHUNKED_WRITE_MIN, 'b'); // 4..103, one chunk
    await write(2, 'c'); // 104..105, rows
    await write(CHUNKED_WRITE_MIN + 50, 'd'); // 106..255, one chunk
    expect(await db.ops.count()).toBe(5);
    expect(await db.opChunks.count()).toBe(2);
    const all = await gather({});
    expect(all.seqs).toEqual(span(1, 255));
    expect(all.pieces).toEqual(['ops:3', 'chunk:100', 'ops:2', 'chunk:150']);
  });

  it('sends only what lies above the acknowledgement, opening a chunk the acknowledgement cuts through', async () => {
    await write(3, 'a');
    await write(CHUNKED_WRITE_MIN, 'b'); // 4..103
    await write(CHUNKED_WRITE_MIN, 'c'); // 104..203
    const cut = await gather({ [NODE]: 50 });
    expect(cut.seqs).toEqual(span(51, 203));
    expect(cut.pieces).toEqual(['ops:53', 'chunk:100']);
    expect((await gather({ [NODE]: 103 })).pieces).toEqual(['chunk:100']);
    expect((await gather({ [NODE]: 203 })).seqs).toEqual([]);
  });

  it('stops at the version vector taken when the export began', async () => {
    await write(CHUNKED_WRITE_MIN, 'b'); // 1..100
    const upTo = await versionVector(db);
    await write(CHUNKED_WRITE_MIN, 'c'); // 101..200, written during the export
    await write(1, 'e');
    const seqs: number[] = [];
    await gatherOps(db, { ack: {}, upTo, skipOrigin: null, hqFilter: null }, async (p) => void seqs.push(...('chunk' in p ? chunkOps(p.chunk) : p.ops).map((o) => o.seq)));
    expect(seqs).toEqual(span(1, 100));
  });
});
