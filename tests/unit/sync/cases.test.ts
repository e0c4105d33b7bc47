import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { RefEntry } from '../../../shared/domain/reflist';
import { allOps } from '../../../renderer/src/db/oplog-store';
import { readCheckpoint } from '../../../renderer/src/sync/apply';
import { importBundle } from '../../../renderer/src/sync/exchange';
import { carry, member, statusConflict, TestNode, tmp } from './harness';

afterEach(() => vi.restoreAllMocks());

const DAY = 24 * 3600 * 1000;

/** HQ with three offices, each holding HQ's reference list entry `ref`. */
async function hub() {
  const hq = await TestNode.create('HQ', 'hq');
  const offices = [await TestNode.create('ZL-A'), await TestNode.create('ZL-B'), await TestNode.create('ZL-C')];
  for (const o of offices) await carry(o, hq);
  const ref = await hq.repo<RefEntry>('refLists').create({ kind: 'sector', name: '经济', order: 1 } as never);
  for (const o of offices) expect(await carry(hq, o)).toMatchObject({ status: 'imported' });
  return { hq, offices, ref };
}

describe('the cases sync.md lists', () => {
  it('every order of three bundles ends in the same state', async () => {
    const { hq, offices } = await hub();
    const [a, b, c] = offices;
    // Each office's record, known everywhere; HQ then corrects a's member without having seen a's edit.
    const mine: Member[] = [];
    for (const [i, o] of offices.entries()) mine.push(await o.repo<Member>('members').create(member(['甲', '乙', '丙'][i]) as never));
    for (const o of offices) await carry(o, hq);
    await a.repo<Member>('members').update(mine[0].id, { name: '甲一', notes: 'a 的备注' });
    await hq.repo<Member>('members').update(mine[0].id, { name: '甲二' });
    await b.repo<Member>('members').update(mine[1].id, { status: '离任' });
    await c.repo<Member>('members').remove(mine[2].id);
    await a.repo<Member>('members').create(member('丁') as never);
    const stick = tmp();
    const files = [];
    for (const o of offices) files.push((await o.exportTo(stick)).fileName);
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const states: Array<{ records: Record<string, unknown[]>; conflicts: unknown[] }> = [];
    for (const order of orders) {
      const copy = await hq.clone();
      for (const i of order) expect(await copy.importFrom(stick, files[i])).toMatchObject({ status: 'imported' });
      states.push({ records: await copy.snapshot(), conflicts: await copy.db.conflicts.orderBy('id').toArray() });
    }
    for (const s of states) expect(s).toEqual(states[0]);
    const byId = (id: string) => states[0].records.members.find((r) => (r as Member).id === id) as Member;
    // HQ wrote the name after a (a later stamp), a's note survives beside it; b's status and c's tombstone hold.
    expect(byId(mine[0].id)).toMatchObject({ name: '甲二', notes: 'a 的备注' });
    expect(byId(mine[1].id)).toMatchObject({ status: '离任' });
    expect(byId(mine[2].id)).toMatchObject({ deleted: 1 });
  });

  it('an import cut off midway resumes from its checkpoint and ends as an uninterrupted one', async () => {
    const office = await TestNode.create('ZL-A');
    const hq = await TestNode.create('HQ', 'hq');
    await office.repo<Member>('members').bulkCreate(Array.from({ length: 12001 }, (_, i) => member(`委员${i}`)) as never);
    const stick = tmp();
    const { fileName } = await office.exportTo(stick);
    const control = await hq.clone();
    const crash = await hq.importFrom(stick, fileName, { afterChunk: (i) => { if (i === 1) throw new Error('断电'); } }).catch((e: Error) => e);
    expect((crash as Error).message).toBe('断电');
    expect(await readCheckpoint(hq.db)).toMatchObject({ next: 2, total: 3 });
    expect(await hq.db.synced('members').count()).toBe(10000);
    const resumed = await hq.importFrom(stick, fileName);
    expect(resumed).toMatchObject({ status: 'imported', resumedFrom: 2, applied: 2001 });
    expect(await readCheckpoint(hq.db)).toBeUndefined();
    await control.importFrom(stick, fileName);
    expect(await hq.snapshot()).toEqual(await control.snapshot());
    const held = async (n: TestNode) => (await allOps(n.db)).map((o) => `${o.origin}:${o.seq}`).sort();
    expect(await held(hq)).toEqual(await held(control));
  });

  it('a PC clock gone back: later edits still win', async () => {
    const { hq, offices: [a] } = await hub();
    const m = await a.repo<Member>('members').create(member('乙') as never);
    await carry(a, hq);
    await hq.repo<Member>('members').update(m.id, { phone: '111' });
    await carry(hq, a);
    // The office's clock is set back a week; its next edit must still sort after HQ's.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now - 7 * DAY);
    await a.repo<Member>('members').update(m.id, { phone: '222' });
    vi.restoreAllMocks();
    await carry(a, hq);
    expect((await hq.db.synced<Member>('members').get(m.id))?.phone).toBe('222');
  });

  it('an office clock months ahead: its bundle waits in quarantine, and nothing changes until a person accepts', async () => {
    const { hq, offices: [a] } = await hub();
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 90 * DAY);
    await a.repo<Member>('members').create(member('丙') as never);
    vi.restoreAllMocks();
    const stick = tmp();
    const { fileName } = await a.exportTo(stick);
    const before = await hq.snapshot();
    const r = await hq.importFrom(stick, fileName);
    expect(r).toMatchObject({ status: 'quarantined' });
    expect(await hq.snapshot()).toEqual(before);
    const st = await hq.call('sync.status', {});
    expect(st.quarantine).toHaveLength(1);
    expect(st.quarantine[0].reason).toMatch(/快一天以上/);
    const clockBefore = (await hq.db.meta.get('clock')) as unknown as { last: string };
    expect(clockBefore.last < `${new Date(now + DAY).toISOString()}`).toBe(true);
    // Accepting imports it; discarding instead would have left everything as it was.
    const accepted = await importBundle(hq.db, { quarantine: st.quarantine[0].id }, { caller: hq.call });
    expect(accepted).toMatchObject({ status: 'imported', applied: 1 });
    expect((await hq.call('sync.status', {})).quarantine).toHaveLength(0);
  });

  it('the same field edited at an office and at HQ in the same millisecond: one winner everywhere', async () => {
    const { hq, offices: [a] } = await hub();
    const m = await a.repo<Member>('members').create(member('庚') as never);
    await carry(a, hq);
    await carry(hq, a);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
    await a.repo<Member>('members').update(m.id, { name: 'A 的名字' });
    await hq.repo<Member>('members').update(m.id, { name: 'HQ 的名字' });
    vi.restoreAllMocks();
    await carry(a, hq);
    await carry(hq, a);
    const [atHq, atA] = await Promise.all([hq, a].map((n) => n.db.synced<Member>('members').get(m.id)));
    expect(atA).toEqual(atHq);
    // The same millisecond and counter: the node id inside the stamp breaks the tie, the same way everywhere.
    expect(atHq!.name).toBe(a.node > hq.node ? 'A 的名字' : 'HQ 的名字');
    // name is not a field that matters: no conflict rows for it.
    expect((await hq.db.conflicts.toArray()).filter((c) => c.table === 'members')).toEqual([]);
  });

  it('concurrent writes of a field that matters keep the loser for a person where they meet', async () => {
    const { hq, offices: [a] } = await hub();
    // a sets 离任; HQ, not having seen that, sets 离任 and back to 在任: its last write differs from a's.
    const m = await statusConflict(a, hq, '辛');
    await carry(hq, a);
    const atHq = await hq.db.synced<Member>('members').get(m.id);
    expect(await a.db.synced<Member>('members').get(m.id)).toEqual(atHq);
    const winner = atHq!.status;
    // HQ met a's write it had not seen: the loser is kept there. (The office gets HQ's bundle after HQ
    // had seen its write, so from the office's side the two look sequential.)
    const c = (await hq.db.conflicts.toArray()).filter((x) => x.field === 'status');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ table: 'members', rowId: m.id, kept: winner, lost: winner === '离任' ? '在任' : '离任', resolved: 0 });
    // A later, informed edit is not a conflict.
    await a.repo<Member>('members').update(m.id, { status: winner === '离任' ? '在任' : '离任' });
    await carry(a, hq);
    expect((await hq.db.conflicts.toArray()).filter((x) => x.field === 'status')).toHaveLength(1);
  });

  it('delete at HQ and edit at the office, in both orders: the record stays deleted and keeps the edit', async () => {
    for (const order of [['del', 'edit'], ['edit', 'del']]) {
      const { hq, offices: [a] } = await hub();
      const m = await a.repo<Member>('members').create(member('壬') as never);
      await carry(a, hq);
      const del = () => hq.repo<Member>('members').remove(m.id);
      const edit = () => a.repo<Member>('members').update(m.id, { name: '改名' });
      for (const w of order) await (w === 'del' ? del() : edit());
      await carry(a, hq);
      await carry(hq, a);
      for (const n of [hq, a]) expect(await n.db.synced<Member>('members').get(m.id)).toMatchObject({ deleted: 1, name: '改名' });
      // An explicit restore brings it back.
      await hq.repo<Member>('members').restore(m.id);
      await carry(hq, a);
      expect(await a.db.synced<Member>('members').get(m.id)).toMatchObject({ deleted: 0, name: '改名' });
    }
  });

  it('a lost stick costs nothing: the next bundle carries the ops again', async () => {
    const { hq, offices: [a] } = await hub();
    const m = await a.repo<Member>('members').create(member('丁') as never);
    const lost = await a.exportTo(tmp());
    await a.repo<Member>('members').update(m.id, { notes: '第二次' });
    const r = await carry(a, hq);
    expect(r).toMatchObject({ status: 'imported', gap: true });
    expect(await hq.db.synced<Member>('members').get(m.id)).toMatchObject({ name: '丁', notes: '第二次' });
    expect(lost.totalOps).toBe(1);
  });

  it('a bundle deleting a large share of a table stops and asks', async () => {
    const { hq, offices: [a] } = await hub();
    const ms = await a.repo<Member>('members').bulkCreate(Array.from({ length: 40 }, (_, i) => member(`委员${i}`)) as never);
    await carry(a, hq);
    for (const m of ms.slice(0, 30)) await a.repo<Member>('members').remove(m.id);
    const stick = tmp();
    const { fileName } = await a.exportTo(stick);
    const asked = await hq.importFrom(stick, fileName);
    expect(asked).toMatchObject({ status: 'needs-delete-confirm', tables: [{ table: 'members', deletes: 30 }] });
    expect((await hq.db.synced<Member>('members').toArray()).filter((m) => m.deleted === 1)).toHaveLength(0);
    expect(await hq.importFrom(stick, fileName, { allowMassDelete: true })).toMatchObject({ status: 'imported' });
    expect((await hq.db.synced<Member>('members').toArray()).filter((m) => m.deleted === 1)).toHaveLength(30);
  });

  it('a tampered file, another office, and a wrong destination change nothing and say what is wrong', async () => {
    const { hq, offices: [a, b] } = await hub();
    await a.repo<Member>('members').create(member('戊') as never);
    const stick = tmp();
    const { fileName } = await a.exportTo(stick);
    const before = await hq.snapshot();
    const bytes = readFileSync(path.join(stick, fileName));
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 3] ^= 0x20;
    writeFileSync(path.join(stick, 'flipped.cdsync'), flipped);
    await expect(hq.importFrom(stick, 'flipped.cdsync')).rejects.toThrow(/校验值不符/);
    writeFileSync(path.join(stick, 'cut.cdsync'), bytes.subarray(0, bytes.length - 10));
    await expect(hq.importFrom(stick, 'cut.cdsync')).rejects.toThrow(/不完整/);
    // b's key re-signing a's manifest: the signature does not match a's enrolled key.
    const forged = await b.exportTo(stick);
    const forgedBytes = readFileSync(path.join(stick, forged.fileName));
    const header = forgedBytes.subarray(14, 14 + forgedBytes.readUInt32BE(10)).toString();
    const spliced = Buffer.from(bytes.toString('latin1').replace(/"signature":"[^"]+"/, header.match(/"signature":"[^"]+"/)![0]), 'latin1');
    writeFileSync(path.join(stick, 'forged.cdsync'), spliced);
    await expect(hq.importFrom(stick, 'forged.cdsync')).rejects.toThrow(/签名不符/);
    // A bundle HQ sent to a is not for b.
    const toA = await hq.exportTo(stick, a.office);
    await expect(b.importFrom(stick, toA.fileName)).rejects.toThrow(/发给 ZL-A/);
    expect(await hq.snapshot()).toEqual(before);
    expect(await hq.importFrom(stick, fileName)).toMatchObject({ status: 'imported' });
  });

  it('an encrypted bundle asks for its passphrase and refuses a wrong one', async () => {
    const { hq, offices: [a] } = await hub();
    await a.repo<Member>('members').create(member('己', { notes: '加密的备注' }) as never);
    const stick = tmp();
    const { fileName, encrypted } = await a.exportTo(stick, null, '正确口令');
    expect(encrypted).toBe(true);
    expect(readFileSync(path.join(stick, fileName)).includes(Buffer.from('加密的备注'))).toBe(false);
    expect(await hq.importFrom(stick, fileName)).toMatchObject({ status: 'needs-passphrase' });
    await expect(hq.importFrom(stick, fileName, { passphrase: '错的' })).rejects.toThrow(/口令不对/);
    expect(await hq.importFrom(stick, fileName, { passphrase: '正确口令' })).toMatchObject({ status: 'imported', applied: 1 });
  });
});
