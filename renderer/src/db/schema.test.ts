import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DeskDb } from './db';
import { versionVector } from './oplog';
import { addChunkedOps, readOps } from './oplog-store';
import { chunkOps } from './op-chunk';
import { authoriseTransaction } from './write-guard';
import { LATEST_VERSION, rowUpgradesSince, tableUpgradesSince, VERSIONS } from './schema';

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

  it('upgrades a v4 database to v5: attendance takes its (session, member) id with its ops, chunk rows are packed', async () => {
    const name = 'migration-v4';
    const v4 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 4)) v4.version(v.version).stores(v.stores);
    await v4.open();
    const B = 'BBBBBBBBBBBBBBBB';
    const A = 'AAAAAAAAAAAAAAAA';
    const stamp = (n: number, node: string) => `2026-01-01T00:00:00.000Z-${String(n).padStart(4, '0')}-${node}`;
    const att = (id: string, status: string, n: number, node: string) => ({
      id, office: 'X', sessionId: 's1', memberId: 'm1', status, deleted: 0, _rev: stamp(n, node),
      _stamps: { office: stamp(n, node), sessionId: stamp(n, node), memberId: stamp(n, node), status: stamp(n, node), deleted: stamp(n, node) },
    });
    // The same (session, member) marked at two nodes made two records under v4; and one record of another pair.
    await v4.table('attendance').bulkAdd([att('old-1', 'leave', 1, A), att('old-2', 'present', 2, B), { ...att('old-3', 'absent', 3, A), memberId: 'm2' }]);
    await v4.table('ops').bulkAdd([
      { origin: A, seq: 1, stamp: stamp(1, A), table: 'attendance', id: 'old-1', fields: { status: 'leave' } },
      { origin: A, seq: 2, stamp: stamp(3, A), table: 'attendance', id: 'old-3', fields: { status: 'absent' } },
    ]);
    // v4 kept a chunk's ops as an array; this one was stored out of order.
    const op = (seq: number) => ({ origin: B, seq, stamp: stamp(seq, B), table: 'members', id: `m${seq}`, fields: { name: `名${seq}`, deleted: seq === 5 ? 1 : 0 } });
    await v4.table('opChunks').bulkAdd([
      { origin: B, from: 1, to: 3, ops: [op(3), { origin: B, seq: 1, stamp: stamp(2, B), table: 'attendance', id: 'old-2', fields: { status: 'present' } }, op(2)] },
      { origin: B, from: 5, to: 6, ops: [op(5), op(6)] },
    ]);
    await v4.table('conflicts').add({ id: 'c1', table: 'attendance', rowId: 'old-1', field: 'status', kept: 'present', keptStamp: '', lost: 'leave', lostStamp: '', resolved: 0 });
    v4.close();

    const db = new DeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.table('attendance').schema.indexes).toEqual([]);
    const rows = await db.table('attendance').toArray();
    // The two records of one pair became one, the newer write winning; every id is the pair.
    expect(rows.map((r) => [r.id, r.status])).toEqual([['s1~m1', 'present'], ['s1~m2', 'absent']]);
    expect(await db.table('attendance').where(':id').startsWith('s1~').count()).toBe(2);
    // The op log names the new ids, in both stores.
    expect((await db.ops.toArray()).map((o) => o.id)).toEqual(['s1~m1', 's1~m2']);
    const [first, second] = await db.opChunks.toArray();
    expect(first).toMatchObject({ from: 1, to: 3, count: 3, runs: [1, 3], counts: { members: 2, attendance: 1 }, deletes: {}, maxStamp: stamp(3, B) });
    expect(second).toMatchObject({ from: 5, to: 6, count: 2, deletes: { members: 1 } });
    expect(first).not.toHaveProperty('ops');
    expect(chunkOps(first).map((o) => [o.seq, o.id])).toEqual([[1, 's1~m1'], [2, 'm2'], [3, 'm3']]);
    expect((await readOps(db, B, 2, 5)).map((o) => o.seq)).toEqual([2, 3, 5]);
    expect(await versionVector(db)).toEqual({ [A]: 2, [B]: 6 });
    expect((await db.conflicts.get('c1'))?.rowId).toBe('s1~m1');
    db.close();
    await Dexie.delete(name);
  });

  it('opens a database of every earlier version at the newest: its rows kept, the proposal tables there and writable', async () => {
    for (const from of VERSIONS.filter((v) => v.version < LATEST_VERSION)) {
      const name = `migration-to-latest-from-v${from.version}`;
      const old = new Dexie(name);
      for (const v of VERSIONS.filter((x) => x.version <= from.version)) old.version(v.version).stores(v.stores);
      await old.open();
      await old.table('members').add({ id: 'm', name: '曾小红', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' });
      old.close();
      const db = new DeskDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      expect(await db.table('members').get('m')).toMatchObject({ name: '曾小红' });
      expect(db.table('proposals').schema.indexes.map((i) => i.name)).toEqual(['office']);
      expect(db.table('proposalCoSigners').schema.indexes.map((i) => i.name)).toEqual(['memberId']);
      expect(db.table('proposalRevisions').schema.indexes).toEqual([]);
      expect(db.table('proposalSteps').schema.indexes).toEqual([]);
      await db.transaction('rw', ['proposalRevisions'], (tx) => {
        authoriseTransaction(tx.idbtrans);
        return db.table('proposalRevisions').bulkPut([{ id: 'p1~2', proposalId: 'p1' }, { id: 'p1~1', proposalId: 'p1' }, { id: 'p2~1', proposalId: 'p2' }]);
      });
      // A proposal's revisions are one key range, in id order.
      expect((await db.table('proposalRevisions').where(':id').startsWith('p1~').toArray()).map((r) => r.id)).toEqual(['p1~1', 'p1~2']);
      db.close();
      await Dexie.delete(name);
    }
  });

  it('upgrades a database of every earlier version to v6: the suggestion tables are there and empty, old rows stay', async () => {
    for (const from of VERSIONS.filter((v) => v.version < 6).map((v) => v.version)) {
      const name = `migration-v${from}-to-v6`;
      const old = new Dexie(name);
      for (const v of VERSIONS.filter((x) => x.version <= from)) old.version(v.version).stores(v.stores);
      await old.open();
      await old.table('members').add({ id: 'a', name: '曾小红', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' });
      expect(old.tables.map((t) => t.name)).not.toContain('suggestions');
      old.close();

      const db = new DeskDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      expect((await db.table('members').get('a'))?.name).toBe('曾小红');
      expect(db.table('campaigns').schema.indexes.map((i) => i.name)).toEqual(['office']);
      expect(db.table('suggestions').schema.indexes.map((i) => i.name)).toEqual(['office', '[receivedOn+id]']);
      expect(db.table('suggestionHistory').schema.indexes).toEqual([]);
      expect(await db.table('suggestions').count()).toBe(0);
      // A suggestion's history is a key range of its id.
      await db.transaction('rw', ['suggestionHistory'], (tx) => {
        authoriseTransaction(tx.idbtrans);
        return db.table('suggestionHistory').bulkAdd([{ id: 's1~2' }, { id: 's1~1' }, { id: 's10~1' }]);
      });
      expect(await db.table('suggestionHistory').where(':id').startsWith('s1~').primaryKeys()).toEqual(['s1~1', 's1~2']);
      db.close();
      await Dexie.delete(name);
    }
  });

  it('gives the suggestions of a v7 database the list order index (v10): newest received first, then id', async () => {
    const name = 'migration-v7-to-v10';
    const old = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 7)) old.version(v.version).stores(v.stores);
    await old.open();
    const row = (id: string, receivedOn: string) => ({ id, receivedOn, office: 'X', deleted: 0, _stamps: {}, _rev: '' });
    await old.table('suggestions').bulkAdd([row('b', '2026-03-01'), row('a', '2026-05-01'), row('c', '2026-03-01')]);
    old.close();
    const db = new DeskDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.table('suggestions').orderBy('[receivedOn+id]').reverse().primaryKeys()).toEqual(['a', 'c', 'b']);
    db.close();
    await Dexie.delete(name);
  });

  it('upgrades a database of every earlier version to v8: the duty tables are there, empty and writable, old rows stay', async () => {
    for (const from of VERSIONS.filter((v) => v.version < 8).map((v) => v.version)) {
      const name = `migration-v${from}-to-v8`;
      const old = new Dexie(name);
      for (const v of VERSIONS.filter((x) => x.version <= from)) old.version(v.version).stores(v.stores);
      await old.open();
      await old.table('members').add({ id: 'a', name: '曾小红', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' });
      expect(old.tables.map((t) => t.name)).not.toContain('reports');
      old.close();

      const db = new DeskDb(name);
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(8);
      expect((await db.table('members').get('a'))?.name).toBe('曾小红');
      expect(db.table('reports').schema.indexes.map((i) => i.name)).toEqual(['office']);
      expect(db.table('dutyActivities').schema.indexes.map((i) => i.name)).toEqual(['office']);
      expect(db.table('dutyRules').schema.indexes).toEqual([]);
      expect(await db.table('reports').count()).toBe(0);
      await db.transaction('rw', ['reports', 'dutyRules'], (tx) => {
        authoriseTransaction(tx.idbtrans);
        return Promise.all([
          db.table('reports').add({ id: 'r1', office: 'X', title: '关于停车难的反映', deleted: 0 }),
          db.table('dutyRules').add({ id: 'rule~proposal.accepted', kind: 'rule', key: 'proposal.accepted', lead: 20, co: 4, cap: 0, office: 'HQ', deleted: 0 }),
        ]);
      });
      expect(await db.table('reports').where('office').equals('X').count()).toBe(1);
      expect((await db.table('dutyRules').get('rule~proposal.accepted'))?.lead).toBe(20);
      db.close();
      await Dexie.delete(name);
    }
  });

  it('upgrades a database of every earlier version to v9: the consultation tables are there and empty, old rows stay', async () => {
    for (const from of VERSIONS.filter((v) => v.version < 9).map((v) => v.version)) {
      const name = `migration-v${from}-to-v9`;
      const old = new Dexie(name);
      for (const v of VERSIONS.filter((x) => x.version <= from)) old.version(v.version).stores(v.stores);
      await old.open();
      await old.table('members').add({ id: 'a', name: '曾小红', office: 'X', deleted: 0, committees: [], _stamps: {}, _rev: '' });
      expect(old.tables.map((t) => t.name)).not.toContain('consultMeetings');
      old.close();

      const db = new DeskDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      expect((await db.table('members').get('a'))?.name).toBe('曾小红');
      for (const t of ['consultTopics', 'consultMeetings', 'supervisions']) {
        expect(db.table(t).schema.indexes.map((i) => i.name)).toEqual(['office']);
        expect(await db.table(t).count()).toBe(0);
      }
      expect(db.table('consultMeasures').schema.indexes).toEqual([]);
      // A meeting's measures are a key range of its id.
      await db.transaction('rw', ['consultMeasures'], (tx) => {
        authoriseTransaction(tx.idbtrans);
        return db.table('consultMeasures').bulkAdd([{ id: 'm1~2' }, { id: 'm1~1' }, { id: 'm10~1' }]);
      });
      expect(await db.table('consultMeasures').where(':id').startsWith('m1~').primaryKeys()).toEqual(['m1~1', 'm1~2']);
      db.close();
      await Dexie.delete(name);
    }
  });

  it('gives an old backup the same upgrades as an old database', () => {
    const member = rowUpgradesSince(1, 'members').reduce((r, up) => up(r), { id: 'a', name: '曾小红' } as Record<string, unknown>);
    expect(String(member.sortKey).startsWith('zeng xiao hong')).toBe(true);
    expect(rowUpgradesSince(2, 'members')).toEqual([]);
    expect(tableUpgradesSince(4)).toHaveLength(1);
    expect(tableUpgradesSince(LATEST_VERSION)).toEqual([]);
  });

  it('lists versions in increasing order', () => {
    const nums = VERSIONS.map((v) => v.version);
    expect(nums).toEqual([...nums].sort((a, b) => a - b));
    expect(new Set(nums).size).toBe(nums.length);
  });
});
