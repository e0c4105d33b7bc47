import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DeskDb } from './db';
import { versionVector } from './oplog';
import { addChunkedOps, readOps } from './oplog-store';
import { chunkOps } from './op-chunk';
import { LATEST_VERSION, rowUpgradesSince, VERSIONS } from './schema';

describe('schema migrations', () => {
  it('upgrades a v1 database to the newest version, keeping rows and filling new fields', async () => {
    const name = 'migration-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSIONS[0].stores);
    await v1.open();
    await v1.table('members').bulkAdd([
      { id: 'a', name: '曾小红', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' },
      { id: 'b', name: '单立新', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' },
      { id: 'c', name: '安娜', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' },
    ]);
    await v1.table('meta').put({ key: 'clock', last: null, seq: 3 });
    await v1.table('ops').bulkAdd([1, 2, 3].map((seq) => ({ origin: 'AAAAAAAAAAAAAAAA', seq, stamp: `s${seq}`, table: 'members', id: 'a', fields: {} })));
    v1.close();

    const db = new DeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const sorted = await db.table('members').orderBy('sortKey').toArray();
    expect(sorted.map((m) => m.name)).toEqual(['安娜', '单立新', '曾小红']);
    expect(sorted[1].sortKey.startsWith('shan li xin')).toBe(true);
    expect(sorted[2].sortKey.startsWith('zeng xiao hong')).toBe(true);
    expect((await db.meta.get('clock'))?.seq).toBe(3);
    // v3 dropped the op log's secondary indexes; its rows and primary key stay.
    expect(await versionVector(db)).toEqual({ AAAAAAAAAAAAAAAA: 3 });
    expect(db.ops.schema.indexes.map((i) => i.name)).toEqual([]);
    expect(db.table('members').schema.indexes.map((i) => i.name).sort()).toEqual(['office', 'sortKey']);
    db.close();
    await Dexie.delete(name);
  });

  it('upgrades a v3 database: op rows stay rows, ops imported later go to chunk rows, readers see both', async () => {
    const name = 'migration-v3';
    const v3 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 3)) v3.version(v.version).stores(v.stores);
    await v3.open();
    const op = (origin: string, seq: number) => ({ origin, seq, stamp: `s${seq}-${origin}`, table: 'members', id: 'a', fields: {} });
    await v3.table('ops').bulkAdd([1, 2, 3].map((seq) => op('AAAAAAAAAAAAAAAA', seq)).concat([1, 2].map((seq) => op('BBBBBBBBBBBBBBBB', seq))));
    v3.close();

    const db = new DeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.ops.count()).toBe(5);
    expect(await db.opChunks.count()).toBe(0);
    await db.transaction('rw', ['opChunks'], () => addChunkedOps(db, [3, 4].map((seq) => op('BBBBBBBBBBBBBBBB', seq))));
    expect(await versionVector(db)).toEqual({ AAAAAAAAAAAAAAAA: 3, BBBBBBBBBBBBBBBB: 4 });
    expect((await readOps(db, 'BBBBBBBBBBBBBBBB', 1, 10)).map((o) => o.seq)).toEqual([1, 2, 3, 4]);
    db.close();
    await Dexie.delete(name);
  });

  it('upgrades a v4 database to v5: chunk rows are packed, attendance keeps one index, rows stay', async () => {
    const name = 'migration-v4';
    const v4 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 4)) v4.version(v.version).stores(v.stores);
    await v4.open();
    const op = (seq: number) => ({ origin: 'BBBBBBBBBBBBBBBB', seq, stamp: `s${String(seq).padStart(3, '0')}`, table: 'members', id: `m${seq}`, fields: { name: `名${seq}`, deleted: seq === 5 ? 1 : 0 } });
    // v4 kept a chunk's ops as an array; this one was stored out of order.
    await v4.table('opChunks').bulkAdd([{ origin: 'BBBBBBBBBBBBBBBB', from: 1, to: 3, ops: [op(3), op(1), op(2)] }, { origin: 'BBBBBBBBBBBBBBBB', from: 5, to: 6, ops: [op(5), op(6)] }]);
    await v4.table('attendance').bulkAdd([{ id: 'a1', office: 'X', sessionId: 's1', memberId: 'm1', deleted: 0 }]);
    v4.close();

    const db = new DeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const [first, second] = await db.opChunks.toArray();
    expect(first).toMatchObject({ from: 1, to: 3, count: 3, runs: [1, 3], counts: { members: 3 }, deletes: {}, maxStamp: 's003' });
    expect(second).toMatchObject({ from: 5, to: 6, count: 2, deletes: { members: 1 } });
    expect(first).not.toHaveProperty('ops');
    expect(chunkOps(first).map((o) => o.seq)).toEqual([1, 2, 3]);
    expect((await readOps(db, 'BBBBBBBBBBBBBBBB', 2, 5)).map((o) => o.seq)).toEqual([2, 3, 5]);
    expect(await versionVector(db)).toEqual({ BBBBBBBBBBBBBBBB: 6 });
    expect(db.table('attendance').schema.indexes.map((i) => i.name)).toEqual(['[sessionId+memberId]']);
    expect(await db.table('attendance').where('sessionId').equals('s1').count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });

  it('gives an old backup row the same upgrades as an old database', () => {
    const member = rowUpgradesSince(1, 'members').reduce((r, up) => up(r), { id: 'a', name: '曾小红' } as Record<string, unknown>);
    expect(String(member.sortKey).startsWith('zeng xiao hong')).toBe(true);
    expect(rowUpgradesSince(2, 'members')).toEqual([]);
    expect(rowUpgradesSince(4, 'opChunks')).toHaveLength(1);
    expect(rowUpgradesSince(LATEST_VERSION, 'opChunks')).toEqual([]);
  });

  it('lists versions in increasing order', () => {
    const nums = VERSIONS.map((v) => v.version);
    expect(nums).toEqual([...nums].sort((a, b) => a - b));
    expect(new Set(nums).size).toBe(nums.length);
  });
});
