import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { RefEntry } from '../../../shared/domain/reflist';
import { defaultRefEntries } from '../../../shared/demo/generator';
import { countOps } from '../../../renderer/src/db/oplog-store';
import { exportBundle } from '../../../renderer/src/sync/exchange';
import type { Caller } from '../../../renderer/src/sync/caller';
import { carry, member, TestNode, tmp } from './harness';

afterEach(() => vi.restoreAllMocks());

async function pair() {
  const office = await TestNode.create('ZL-NJ');
  const hq = await TestNode.create('HQ', 'hq');
  return { office, hq };
}

describe('exchange between an office and HQ', () => {
  it('carries records both ways, and acknowledgements ride inside the bundles', async () => {
    const { office, hq } = await pair();
    const created = await office.repo<Member>('members').bulkCreate([member('张三'), member('李四')] as never);
    const r1 = await carry(office, hq);
    expect(r1).toMatchObject({ status: 'imported', applied: 2, counts: { members: 2 } });
    expect((await hq.db.synced<Member>('members').get(created[0].id))?.name).toBe('张三');

    await hq.repo<Member>('members').update(created[0].id, { phone: '13800000000' });
    await hq.repo<RefEntry>('refLists').create({ kind: 'sector', name: '经济', order: 1 } as never);
    const back = await carry(hq, office);
    expect(back).toMatchObject({ status: 'imported', applied: 2, counts: { members: 1, refLists: 1 } });
    expect((await office.db.synced<Member>('members').get(created[0].id))?.phone).toBe('13800000000');

    // HQ acknowledged the office's two creates: the next office bundle carries only new ops.
    await office.repo<Member>('members').update(created[1].id, { notes: '新备注' });
    const r2 = await carry(office, hq);
    expect(r2).toMatchObject({ status: 'imported', totalOps: 1 });
    expect(await office.snapshot()).toEqual(await hq.snapshot());
  });

  it('a chunk that fails to reach main stops the export, and the next export carries everything', async () => {
    const { office, hq } = await pair();
    // Two chunks: the first send fails while the second is being read.
    await office.repo<Member>('members').bulkCreate(Array.from({ length: 5001 }, (_, i) => member(`成员${i}`)) as never);
    const calls: string[] = [];
    const failing = (async (channel: string, args: unknown) => {
      calls.push(channel);
      if (channel === 'sync.exportChunk') throw new Error('写入失败');
      return (office.call as (c: string, a: unknown) => Promise<unknown>)(channel, args);
    }) as Caller;
    const stick = tmp();
    await expect(exportBundle(office.db, { destOffice: null, folder: office.pick(stick), caller: failing })).rejects.toThrow('写入失败');
    expect(calls).toContain('sync.exportCancel');
    expect(calls).not.toContain('sync.exportFinish');
    expect(await carry(office, hq)).toMatchObject({ status: 'imported', applied: 5001 + (await office.db.synced('refLists').count()) });
    expect(await hq.snapshot()).toEqual(await office.snapshot());
  });

  it('the same bundle twice changes nothing and says so', async () => {
    const { office, hq } = await pair();
    await office.repo<Member>('members').bulkCreate([member('王五')] as never);
    const stick = tmp();
    const exp = await office.exportTo(stick);
    expect(await hq.importFrom(stick, exp.fileName)).toMatchObject({ status: 'imported', applied: 1 });
    const before = await hq.snapshot();
    const opsBefore = await countOps(hq.db);
    expect(await hq.importFrom(stick, exp.fileName)).toMatchObject({ status: 'duplicate' });
    expect(await hq.snapshot()).toEqual(before);
    expect(await countOps(hq.db)).toBe(opsBefore);
  });

  it('a folder listing checks each bundle: a tampered copy is listed as damaged, before and after its sender is enrolled', async () => {
    const { office, hq } = await pair();
    await office.repo<Member>('members').bulkCreate([member('王五'), member('赵六')] as never);
    const stick = tmp();
    const exp = await office.exportTo(stick);
    const good = readFileSync(path.join(stick, exp.fileName));
    const body = Buffer.from(good);
    body[body.length - 5] ^= 0x01; // inside the last entry: its hash no longer matches
    writeFileSync(path.join(stick, 'body.cdsync'), body);
    const text = good.toString('latin1');
    // The manifest sits in the header as a JSON string: change one digit of its creation time (still well-formed).
    const when = /(createdAt\\":\\"[\d-]+T[\d:]+\.\d\d)(\d)/;
    expect(text).toMatch(when);
    const manifest = Buffer.from(text.replace(when, (_, head, d) => `${head}${(Number(d) + 1) % 10}`), 'latin1');
    writeFileSync(path.join(stick, 'manifest.cdsync'), manifest);
    const list = async () => Object.fromEntries((await hq.call('sync.scanFolder', { folder: hq.pick(stick) })).map((f) => [f.name, f]));

    let seen = await list();
    expect(seen[exp.fileName].status).toBe('unknown-sender');
    // The body's hashes are checked without knowing the sender.
    expect(seen['body.cdsync']).toMatchObject({ status: 'damaged', message: expect.stringMatching(/校验值不符/) });

    expect(await hq.importFrom(stick, exp.fileName)).toMatchObject({ status: 'imported' });
    seen = await list();
    expect(seen[exp.fileName].status).toBe('imported');
    expect(seen['body.cdsync'].status).toBe('damaged');
    // Once the sender is enrolled, a changed manifest fails its signature.
    expect(seen['manifest.cdsync']).toMatchObject({ status: 'damaged', message: expect.stringMatching(/签名不符|清单/) });
  });

  it('default list entries made at setup on both sides merge into one list, not two', async () => {
    const { office, hq } = await pair();
    await office.repo<RefEntry>('refLists').createWithIds(defaultRefEntries() as never);
    await hq.repo<RefEntry>('refLists').createWithIds(defaultRefEntries() as never);
    await hq.repo<RefEntry>('refLists').create({ kind: 'sector', name: '港澳', order: 99 } as never);
    await carry(office, hq);
    await carry(hq, office);
    const sectors = async (n: TestNode) =>
      (await n.db.synced<RefEntry>('refLists').toArray()).filter((e) => e.kind === 'sector' && e.deleted === 0).map((e) => e.name).sort();
    const officeSectors = await sectors(office);
    expect(officeSectors).toEqual(await sectors(hq));
    expect(officeSectors.filter((n) => n === '中共')).toHaveLength(1);
    expect(officeSectors).toContain('港澳');
    expect(new Set(officeSectors).size).toBe(officeSectors.length);
  });
});
