import { mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import { backupIfDue, backupNow, previewBackup, restoreBackup } from '../../../renderer/src/sync/backup';
import { rebuildFromArchive } from '../../../renderer/src/sync/exchange';
import { allOps, countOps } from '../../../renderer/src/db/oplog-store';
import { encodeOps, summarise } from '../../../shared/sync/ops-codec';
import { KEEP_AUTOMATIC } from '../../../electron/services/sync/backup-service';
import type { Caller } from '../../../renderer/src/sync/caller';
import { carry, member, TestNode, tmp } from './harness';

describe('backups', () => {
  it('a backup restores every table after the database changed, with a preview first', async () => {
    const n = await TestNode.create('ZL-A');
    const ms = await n.repo<Member>('members').bulkCreate([member('张三'), member('李四，“引号”')] as never);
    const b = await backupNow(n.db, { kind: 'auto', office: n.office, caller: n.call });
    expect(b.counts).toMatchObject({ members: 2, ops: 2, meta: 1 });
    await n.repo<Member>('members').update(ms[0].id, { name: '改掉' });
    await n.repo<Member>('members').create(member('多出来') as never);
    const before = await n.snapshot();
    const opened = await previewBackup({ area: 'backups', path: b.name }, n.call);
    expect(opened.info.counts).toMatchObject({ members: 2, ops: 2 });
    expect(await n.snapshot()).toEqual(before);
    const restored = await restoreBackup(n.db, opened, { office: n.office, ownSeqSent: 0, caller: n.call });
    expect(restored.members).toBe(2);
    const names = (await n.db.synced<Member>('members').toArray()).map((m) => m.name).sort();
    expect(names).toEqual(['张三', '李四，“引号”'].sort());
    expect(await n.db.ops.count()).toBe(2);
    // The state before the restore was itself backed up.
    expect((await n.call('backup.list', {})).map((x) => x.kind)).toContain('before-restore');
  });

  it('after a restore the node never reuses an op number it already sent out', async () => {
    const n = await TestNode.create('ZL-A');
    const hq = await TestNode.create('HQ', 'hq');
    await n.repo<Member>('members').create(member('甲') as never);
    const b = await backupNow(n.db, { kind: 'manual', folder: n.pick(tmp()), office: n.office, caller: n.call });
    await n.repo<Member>('members').create(member('乙') as never);
    await carry(n, hq);
    const st = await n.call('sync.status', {});
    expect(st.ownSeqSent).toBe(2);
    const opened = await previewBackup({ picked: path.dirname(b.path), path: b.name }, n.call);
    await restoreBackup(n.db, opened, { office: n.office, ownSeqSent: st.ownSeqSent, caller: n.call });
    const m = await n.repo<Member>('members').create(member('丙') as never);
    expect((await n.db.ops.filter((o) => o.table === 'members' && o.id === m.id).first())?.seq).toBe(3);
    await carry(n, hq);
    expect((await hq.db.synced<Member>('members').get(m.id))?.name).toBe('丙');
  });

  it('packed op chunks survive a backup and restore byte for byte', async () => {
    const n = await TestNode.create('ZL-A');
    await n.repo<Member>('members').bulkCreate(Array.from({ length: 150 }, (_, i) => member(`成员${i}`)) as never);
    const chunks = await n.db.opChunks.toArray();
    expect(chunks).toHaveLength(1);
    const b = await backupNow(n.db, { kind: 'auto', office: n.office, caller: n.call });
    await n.repo<Member>('members').create(member('多出来') as never);
    await restoreBackup(n.db, await previewBackup({ area: 'backups', path: b.name }, n.call), { office: n.office, ownSeqSent: 0, caller: n.call });
    expect(await n.db.opChunks.toArray()).toEqual(chunks);
    expect(await countOps(n.db)).toBe(150);
    expect((await allOps(n.db)).map((o) => o.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  /** A backup written by an older version of the program: pages of rows per table, as that version wrote them. */
  async function oldBackup(n: TestNode, schemaVersion: number, tables: Record<string, unknown[]>) {
    const { token } = await n.call('backup.begin', { kind: 'manual', folder: n.pick(tmp()) });
    for (const [table, rows] of Object.entries(tables)) {
      const gz = new Uint8Array(gzipSync(rows.map((r) => JSON.stringify(r) + '\n').join('')));
      await n.call('backup.chunk', { token, table, gz, count: rows.length });
    }
    const made = await n.call('backup.finish', { token, schemaVersion, office: n.office });
    return previewBackup({ picked: path.dirname(made.path), path: made.name }, n.call);
  }

  it('a backup from the first version gets the pinyin sort key as it is restored', async () => {
    const n = await TestNode.create('ZL-A');
    const opened = await oldBackup(n, 1, { members: [{ id: 'm1', name: '曾小红', office: 'ZL-A', deleted: 0, _stamps: {}, _rev: '' }] });
    await restoreBackup(n.db, opened, { office: n.office, ownSeqSent: 0, caller: n.call });
    expect(String((await n.db.synced<Member>('members').get('m1'))?.sortKey)).toMatch(/^zeng xiao hong/);
  });

  it('a backup from version 4 is restored with attendance under its (session, member) ids and its ops packed', async () => {
    const n = await TestNode.create('ZL-A');
    const origin = 'BBBBBBBBBBBBBBBB';
    const stamp = `2026-01-01T00:00:00.000Z-0001-${origin}`;
    const op = (seq: number, table: string, id: string) => ({ origin, seq, stamp, table, id, fields: { status: 'present' } });
    const opened = await oldBackup(n, 4, {
      attendance: [{ id: 'old-uuid', office: 'ZL-A', sessionId: 's1', memberId: 'm1', status: 'present', deleted: 0, _stamps: { status: stamp }, _rev: stamp }],
      opChunks: [{ origin, from: 1, to: 2, ops: [op(2, 'members', 'm1'), op(1, 'attendance', 'old-uuid')] }],
    });
    await restoreBackup(n.db, opened, { office: n.office, ownSeqSent: 0, caller: n.call });
    expect((await n.db.synced('attendance').toArray()).map((r) => r.id)).toEqual(['s1~m1']);
    expect((await allOps(n.db)).map((o) => [o.seq, o.id])).toEqual([[1, 's1~m1'], [2, 'm1']]);
    expect(await n.db.opChunks.toArray()).toMatchObject([{ origin, from: 1, to: 2, count: 2, runs: [1, 2] }]);
  });

  it('a damaged backup is refused before anything changes', async () => {
    const n = await TestNode.create('ZL-A');
    await n.repo<Member>('members').create(member('甲') as never);
    const b = await backupNow(n.db, { kind: 'auto', office: n.office, caller: n.call });
    const file = path.join(n.dataDir, 'backups', b.name);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 20));
    await expect(previewBackup({ area: 'backups', path: b.name }, n.call)).rejects.toThrow(/已损坏/);
  });

  it('automatic backups are taken when due and kept in rotation', async () => {
    const n = await TestNode.create('ZL-A');
    expect(await backupIfDue(n.db, n.office, n.call)).toBe(true);
    expect(await backupIfDue(n.db, n.office, n.call)).toBe(false);
    expect(await backupIfDue(n.db, n.office, n.call, Date.now() + 2 * 24 * 3600 * 1000)).toBe(true);
    for (let i = 0; i < KEEP_AUTOMATIC + 3; i++) await backupNow(n.db, { kind: 'before-import', office: n.office, caller: n.call });
    const names = readdirSync(path.join(n.dataDir, 'backups')).filter((x) => x.includes('before-import'));
    expect(names).toHaveLength(KEEP_AUTOMATIC);
  });

  it('a wiped database is rebuilt from the archive of bundles', async () => {
    const office = await TestNode.create('ZL-A');
    const hq = await TestNode.create('HQ', 'hq');
    const ms = await office.repo<Member>('members').bulkCreate([member('甲'), member('乙')] as never);
    await carry(office, hq);
    await hq.repo<Member>('members').update(ms[0].id, { phone: '123' });
    await carry(hq, office);
    const want = await office.snapshot();
    const list = await office.call('sync.archiveList', {});
    expect(list.map((b) => b.own)).toEqual([true, false]);
    // IndexedDB wiped (after an update): a fresh database over the same data folder.
    const fresh = await TestNode.create('ZL-A', 'office', office.dataDir);
    expect(fresh.node).toBe(office.node);
    const r = await rebuildFromArchive(fresh.db, { caller: fresh.call });
    expect(r).toMatchObject({ bundles: 2, skipped: [] });
    expect(await fresh.snapshot()).toEqual(want);
    // New writes continue the node's seq instead of reusing it.
    const m = await fresh.repo<Member>('members').create(member('丙') as never);
    expect((await fresh.db.ops.filter((o) => o.table === 'members' && o.id === m.id).first())?.seq).toBe(3);
  });

  it('a rebuild replays bundles an older version archived, bringing their ops up to date; a plain import of one is refused', async () => {
    const office = await TestNode.create('ZL-A');
    const hq = await TestNode.create('HQ', 'hq');
    // A bundle as version 4 wrote it: attendance under a random id, created on leave and then signed in.
    const stamp = (n: number) => `2026-03-05T01:00:0${n}.000Z-0000-${office.node}`;
    const ops = [
      { stamp: stamp(1), origin: office.node, seq: 1, table: 'attendance', id: 'old-random-id', fields: { office: 'ZL-A', sessionId: 's1', memberId: 'm1', status: 'leave', deleted: 0 } },
      { stamp: stamp(2), origin: office.node, seq: 2, table: 'attendance', id: 'old-random-id', fields: { status: 'late' } },
    ];
    const stick = tmp();
    const begin = await office.call('sync.exportBegin', { destOffice: null });
    await office.call('sync.exportChunk', { token: begin.token, gz: new Uint8Array(gzipSync(encodeOps(ops))), summary: summarise(ops) });
    const made = await office.call('sync.exportFinish', { token: begin.token, folder: office.pick(stick), passphrase: null, covers: { [office.node]: 2 }, stamp: stamp(2), schemaVersion: 4, attachments: [] });
    await expect(hq.importFrom(stick, made.fileName)).rejects.toThrow(/数据结构第 4 版/);

    const fresh = await TestNode.create('ZL-A', 'office', office.dataDir);
    const r = await rebuildFromArchive(fresh.db, { caller: fresh.call });
    expect(r).toMatchObject({ bundles: 1, skipped: [] });
    const rows = await fresh.db.synced('attendance').toArray();
    expect(rows.map((x) => [x.id, (x as unknown as { status: string }).status])).toEqual([['s1~m1', 'late']]);
    expect((await allOps(fresh.db)).map((o) => o.id)).toEqual(['s1~m1', 's1~m1']);
  });

  it('a backup of many rows is written and restored in several chunks, never the whole table at once', async () => {
    const n = await TestNode.create('ZL-A');
    const names = Array.from({ length: 12 }, (_, i) => `成员${String(i).padStart(2, '0')}`);
    await n.repo<Member>('members').bulkCreate(names.map((x) => member(x)) as never);
    for (const x of ['后加甲', '后加乙']) await n.repo<Member>('members').create(member(x) as never);
    const sent: Array<{ table: string; count: number }> = [];
    const spy = (async (channel, args) => {
      if (channel === 'backup.chunk') sent.push({ table: (args as { table: string }).table, count: (args as { count: number }).count });
      return n.call(channel, args);
    }) as Caller;
    const b = await backupNow(n.db, { kind: 'manual', folder: n.pick(tmp()), office: n.office, caller: spy, rowsPerChunk: 5 });
    expect(b.counts).toMatchObject({ members: 14, ops: 14 });
    expect(sent.filter((c) => c.table === 'members').map((c) => c.count)).toEqual([5, 5, 4]);
    // ops has a compound primary key ([origin+seq]): paged by it just the same.
    expect(sent.filter((c) => c.table === 'ops').map((c) => c.count)).toEqual([5, 5, 4]);
    expect(sent.find((c) => c.table === 'conflicts')).toEqual({ table: 'conflicts', count: 0 });
    await n.repo<Member>('members').create(member('备份之后') as never);
    const opened = await previewBackup({ picked: n.pick(path.dirname(b.path)), path: b.name }, n.call);
    expect(opened.chunks.filter((c) => c.table === 'members').map((c) => c.count)).toEqual([5, 5, 4]);
    let reads = 0;
    const counting = (async (channel, args) => {
      if (channel === 'backup.read') reads++;
      return n.call(channel, args);
    }) as Caller;
    const restored = await restoreBackup(n.db, opened, { office: n.office, ownSeqSent: 0, caller: counting });
    expect(restored).toMatchObject({ members: 14, ops: 14 });
    expect(reads).toBe(opened.chunks.length);
    const got = (await n.db.synced<Member>('members').toArray()).map((m) => m.name).sort();
    expect(got).toEqual([...names, '后加甲', '后加乙'].sort());
    expect(await n.db.ops.count()).toBe(14);
  });

  it('a table of big rows is sent in smaller chunks, by size as well as by count', async () => {
    const n = await TestNode.create('ZL-A');
    await n.repo<Member>('members').bulkCreate(Array.from({ length: 150 }, (_, i) => member(`丙${i}`, { notes: '长'.repeat(500) })) as never);
    const sent: number[] = [];
    const spy = (async (channel, args) => {
      if (channel === 'backup.chunk' && (args as { table: string }).table === 'members') sent.push((args as { count: number }).count);
      return n.call(channel, args);
    }) as Caller;
    const b = await backupNow(n.db, { kind: 'auto', office: n.office, caller: spy, charsPerChunk: 6000 });
    expect(b.counts.members).toBe(150);
    // The first page is read before the rows' size is known; after it, about 6000 characters a chunk.
    expect(sent.length).toBeGreaterThan(3);
    expect(Math.max(...sent.slice(1))).toBeLessThan(12);
    expect(sent.reduce((a, c) => a + c, 0)).toBe(150);
  });

  it('a restore cut off midway changes nothing (one transaction)', async () => {
    const n = await TestNode.create('ZL-A');
    await n.repo<Member>('members').bulkCreate(Array.from({ length: 11 }, (_, i) => member(`甲${i}`)) as never);
    const b = await backupNow(n.db, { kind: 'auto', office: n.office, caller: n.call, rowsPerChunk: 4 });
    await n.repo<Member>('members').create(member('新来的') as never);
    const before = await n.snapshot();
    const opened = await previewBackup({ area: 'backups', path: b.name }, n.call);
    let reads = 0;
    const failing = (async (channel, args) => {
      if (channel === 'backup.read' && ++reads === 3) throw new Error('读取中断');
      return n.call(channel, args);
    }) as Caller;
    await expect(restoreBackup(n.db, opened, { office: n.office, ownSeqSent: 0, caller: failing })).rejects.toThrow('读取中断');
    expect(await n.snapshot()).toEqual(before);
  });

  it('a backup that fails midway leaves no file behind', async () => {
    const n = await TestNode.create('ZL-A');
    await n.repo<Member>('members').bulkCreate(Array.from({ length: 6 }, (_, i) => member(`乙${i}`)) as never);
    let chunks = 0;
    const failing = (async (channel, args) => {
      if (channel === 'backup.chunk' && ++chunks === 2) throw new Error('磁盘已满');
      return n.call(channel, args);
    }) as Caller;
    await expect(backupNow(n.db, { kind: 'auto', office: n.office, caller: failing, rowsPerChunk: 2 })).rejects.toThrow('磁盘已满');
    expect(readdirSync(path.join(n.dataDir, 'backups'))).toEqual([]);
    expect(await n.call('backup.list', {})).toEqual([]);
  });

  it('a changed byte inside a chunk is refused at the preview', async () => {
    const n = await TestNode.create('ZL-A');
    await n.repo<Member>('members').create(member('甲') as never);
    const b = await backupNow(n.db, { kind: 'auto', office: n.office, caller: n.call });
    const file = path.join(n.dataDir, 'backups', b.name);
    const bytes = readFileSync(file);
    bytes[40] ^= 0xff;
    writeFileSync(file, bytes);
    await expect(previewBackup({ area: 'backups', path: b.name }, n.call)).rejects.toThrow(/已损坏/);
  });

  it('a backup in the first format (one gzip after a header line) is still listed and restored', async () => {
    const n = await TestNode.create('ZL-A');
    const [m] = await n.repo<Member>('members').bulkCreate([member('旧格式')] as never);
    const rows: Record<string, unknown[]> = {};
    for (const t of n.db.tables) rows[t.name] = await t.toArray();
    const parts = Object.entries(rows).map(([table, list]) => ({ table, count: list.length, text: list.map((r) => JSON.stringify(r) + '\n').join('') }));
    const header = { createdAt: new Date().toISOString(), kind: 'auto', office: n.office, schemaVersion: 1, sections: parts.map((p) => ({ table: p.table, count: p.count, bytes: Buffer.byteLength(p.text) })) };
    const name = `备份_${n.office}_old_auto.cdbackup`;
    mkdirSync(path.join(n.dataDir, 'backups'), { recursive: true });
    writeFileSync(path.join(n.dataDir, 'backups', name), Buffer.concat([Buffer.from(`CDBACKUP 1\n${JSON.stringify(header)}\n`), gzipSync(parts.map((p) => p.text).join(''))]));
    expect((await n.call('backup.list', {})).find((x) => x.name === name)?.counts).toMatchObject({ members: 1 });
    await n.repo<Member>('members').update(m.id, { name: '改掉' });
    const opened = await previewBackup({ area: 'backups', path: name }, n.call);
    await restoreBackup(n.db, opened, { office: n.office, ownSeqSent: 0, caller: n.call });
    expect((await n.db.synced<Member>('members').get(m.id))?.name).toBe('旧格式');
  });
});
