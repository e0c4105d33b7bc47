import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { Attendance, StudySession } from '../../../shared/domain/session';
import type { BundleSource } from '../../../shared/contract/sync';
import { backupNow, previewBackup, restoreBackup } from '../../../renderer/src/sync/backup';
import { importBundle } from '../../../renderer/src/sync/exchange';
import { becomeNewComputer } from '../../../renderer/src/sync/computers';
import { allOps } from '../../../renderer/src/db/oplog-store';
import { carry, member, TestNode, tmp } from './harness';

afterEach(() => vi.restoreAllMocks());

const session = (title: string) => ({
  title, kind: '学习会', date: '2026-12-01', startTime: '09:00', endTime: '', place: '', organiser: '', topic: '', agenda: [],
  required: { all: true, committees: [], sectors: [], memberIds: [] }, materials: [], closedAt: '',
});

async function members(n: TestNode): Promise<string[]> {
  return (await n.db.synced<Member>('members').toArray()).map((m) => m.name).sort();
}

/** Restore `from`'s latest manual backup on a fresh PC of the same office, as a clerk does after a PC died. */
async function replacement(from: TestNode): Promise<TestNode> {
  const stick = tmp('cd-backup-');
  const b = await backupNow(from.db, { kind: 'manual', folder: from.pick(stick), office: from.office, caller: from.call });
  const fresh = await TestNode.create(from.office, from.role);
  const opened = await previewBackup({ picked: fresh.pick(path.dirname(b.path)), path: b.name }, fresh.call);
  const st = await fresh.call('sync.status', {});
  await restoreBackup(fresh.db, opened, { office: fresh.office, ownSeqSent: st.ownSeqSent, node: fresh.node, caller: fresh.call });
  return fresh;
}

/** HQ and an office PC that have exchanged one member both ways. */
async function enrolledPair(): Promise<{ hq: TestNode; a: TestNode }> {
  const hq = await TestNode.create('HQ', 'hq');
  const a = await TestNode.create('ZL-NJ');
  await a.repo<Member>('members').create(member('张三') as never);
  await carry(a, hq);
  await carry(hq, a);
  return { hq, a };
}

describe("an office's computers", () => {
  it('a new PC restored from the old one\'s backup replaces it at HQ, and brings the records HQ never got', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const old = await TestNode.create('ZL-NJ');
    await old.repo<Member>('members').create(member('张三') as never);
    await carry(old, hq);
    await carry(hq, old);
    // The old PC records more and exports it, but the stick is lost; then the PC dies after its last backup.
    const lost = tmp('cd-stick-');
    await old.repo<Member>('members').create(member('李四') as never);
    const ses = await old.repo<StudySession>('sessions').create(session('学习会') as never);
    const lostFile = (await old.exportTo(lost)).fileName;
    const fresh = await replacement(old);
    expect(fresh.node).not.toBe(old.node);

    const st = await fresh.call('sync.status', {});
    expect(st.me.replaces).toEqual([old.node]);

    // The new PC's first bundle names the one it replaces; HQ asks to confirm the new key and names the old one.
    const stick = tmp('cd-stick-');
    const file = (await fresh.exportTo(stick)).fileName;
    const source: BundleSource = { file: { picked: hq.pick(stick), path: file } };
    const v = await importBundle(hq.db, source, { caller: hq.call });
    expect(v.status).toBe('needs-enrolment');
    if (v.status !== 'needs-enrolment') return;
    const oldFp = (await old.call('sync.status', {})).me.fingerprint;
    expect(v.replaces).toEqual([expect.objectContaining({ node: old.node, fingerprint: oldFp, lastBundleSeq: 1 })]);
    await hq.call('sync.enrol', { source, fingerprint: v.fingerprint });
    const r = await importBundle(hq.db, source, { caller: hq.call });
    expect(r.status).toBe('imported');
    expect(await members(hq)).toEqual(['张三', '李四']);
    expect(await hq.db.synced('sessions').get(ses.id)).toBeTruthy();

    const peers = (await hq.call('sync.status', {})).peers;
    expect(peers.find((p) => p.node === old.node)).toMatchObject({ replacedBy: fresh.node, retiredAt: expect.any(String) });

    // The lost stick turns up: the old key is refused, saying when it was replaced.
    const day = new Date().toISOString().slice(0, 10);
    await expect(hq.importFrom(lost, lostFile)).rejects.toThrow(new RegExp(`已于 ${day} 被新电脑替换`));

    // Both ways on: HQ's bundles are for the new PC, and its acknowledgement covers the old PC's ops too.
    expect(await carry(hq, fresh)).toMatchObject({ status: 'imported' });
    const m3 = await fresh.repo<Member>('members').create(member('王五') as never);
    expect(await carry(fresh, hq)).toMatchObject({ status: 'imported', totalOps: 1 });
    expect((await hq.db.synced<Member>('members').get(m3.id))?.name).toBe('王五');
    await hq.repo<Member>('members').update(m3.id, { phone: '13800000000' });
    expect(await carry(hq, fresh)).toMatchObject({ status: 'imported' });
    expect((await fresh.db.synced<Member>('members').get(m3.id))?.phone).toBe('13800000000');
    // New seqs under the new node start at 1, with no gap.
    expect((await allOps(fresh.db)).filter((o) => o.origin === fresh.node).map((o) => o.seq)).toEqual([1]);
    expect(await fresh.snapshot()).toEqual(await hq.snapshot());
  });

  it('HQ replacing its own PC: every office confirms the new key, naming the one it replaces', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const office = await TestNode.create('ZL-NJ');
    const m = await office.repo<Member>('members').create(member('张三') as never);
    await carry(office, hq);
    await carry(hq, office);
    const hq2 = await replacement(hq);
    // An office bundle made for the old HQ PC is the new one's too.
    await office.repo<Member>('members').update(m.id, { notes: '新' });
    expect(await carry(office, hq2)).toMatchObject({ status: 'imported' });
    await hq2.repo<Member>('members').update(m.id, { phone: '139' });
    const stick = tmp('cd-stick-');
    const file = (await hq2.exportTo(stick, office.office)).fileName;
    const source: BundleSource = { file: { picked: office.pick(stick), path: file } };
    const v = await importBundle(office.db, source, { caller: office.call });
    expect(v).toMatchObject({ status: 'needs-enrolment', replaces: [expect.objectContaining({ node: hq.node })] });
    if (v.status !== 'needs-enrolment') return;
    await office.call('sync.enrol', { source, fingerprint: v.fingerprint });
    expect(await importBundle(office.db, source, { caller: office.call })).toMatchObject({ status: 'imported' });
    expect((await office.db.synced<Member>('members').get(m.id))).toMatchObject({ phone: '139', notes: '新' });
    // The old HQ PC is retired at the office.
    await hq.repo<Member>('members').update(m.id, { phone: '旧' });
    await expect(carry(hq, office)).rejects.toThrow(/被新电脑替换/);
  });

  it('a second PC at the door records attendance; the desk PC gets it through HQ', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const desk = await TestNode.create('ZL-NJ');
    const m = await desk.repo<Member>('members').create(member('张三') as never);
    const ses = await desk.repo<StudySession>('sessions').create(session('学习会') as never);
    await carry(desk, hq);
    await carry(hq, desk);
    // The laptop is set up as the same office and gets the roster from HQ.
    const door = await TestNode.create('ZL-NJ');
    const stick = tmp('cd-stick-');
    const file = (await door.exportTo(stick)).fileName;
    // Without the explicit choice HQ refuses, saying what the choices are.
    await expect(hq.importFrom(stick, file)).rejects.toThrow(/作为另一台电脑登记/);
    expect(await hq.importFrom(stick, file, { enrolAs: 'add' })).toMatchObject({ status: 'imported' });
    const st = await hq.call('sync.status', {});
    expect(st.peers.filter((p) => p.office === 'ZL-NJ' && !p.retiredAt)).toHaveLength(2);
    // One bundle for the office reaches both computers.
    const out = tmp('cd-stick-');
    const toOffice = (await hq.exportTo(out, 'ZL-NJ')).fileName;
    expect(await door.importFrom(out, toOffice)).toMatchObject({ status: 'imported' });
    expect(await desk.importFrom(out, toOffice)).toMatchObject({ status: 'imported' });
    expect((await door.db.synced<Member>('members').get(m.id))?.name).toBe('张三');

    const att = await door.repo<Attendance>('attendance').create({ sessionId: ses.id, memberId: m.id, status: 'present', arrivedAt: '09:01', leave: null, makeUp: null } as never);
    await door.repo<Member>('members').update(m.id, { phone: '13900000000' });
    await carry(door, hq);
    await carry(hq, desk);
    expect((await desk.db.synced<Attendance>('attendance').get(att.id))?.status).toBe('present');
    expect((await desk.db.synced<Member>('members').get(m.id))?.phone).toBe('13900000000');
    // The desk PC's next bundle carries only its own ops; the door's come back to the door harmlessly.
    await desk.repo<Member>('members').update(m.id, { notes: '桌面' });
    expect(await carry(desk, hq)).toMatchObject({ status: 'imported', totalOps: 1 });
    await carry(hq, door);
    expect(await door.snapshot()).toEqual(await desk.snapshot());
  });

  it('a copied data folder is caught at start-up, and set up as another computer of the office', async () => {
    const { hq, a } = await enrolledPair();
    expect((await a.call('sync.status', {})).me.copiedFrom).toBeNull();
    const copy = await a.clone('another-machine');
    const info = await copy.call('app.info', {});
    expect(info.copiedFrom).toBe(a.services.office.machine);
    const made = await becomeNewComputer(copy.db, copy.call);
    await copy.reload();
    expect(copy.node).toBe(made.node);
    expect(copy.node).not.toBe(a.node);
    expect((await copy.call('app.info', {})).copiedFrom).toBeNull();
    const mine = await copy.repo<Member>('members').create(member('李四') as never);
    await a.repo<Member>('members').create(member('王五') as never);
    await carry(a, hq);
    // HQ enrols it as another computer of the office (the new key's fingerprint confirmed).
    expect(await carry(copy, hq, { enrolAs: 'add' })).toMatchObject({ status: 'imported', totalOps: 1 });
    expect((await hq.db.synced<Member>('members').get(mine.id))?.name).toBe('李四');
    await carry(hq, copy);
    await carry(hq, a);
    expect(await members(a)).toEqual(['张三', '李四', '王五']);
    expect(await copy.snapshot()).toEqual(await a.snapshot());
  });

  it('with the start-up check defeated, HQ refuses the fork, and nothing is lost after the clerk follows the message', async () => {
    const { hq, a } = await enrolledPair();
    // Copied with the machine fingerprint too (an image of the disk): both record under one identity.
    const copy = await a.clone(a.services.office.machine);
    expect((await copy.call('sync.status', {})).me.copiedFrom).toBeNull();
    await a.repo<Member>('members').create(member('原机记录') as never);
    const copied = await copy.repo<Member>('members').create(member('复制机记录') as never);
    const att = await copy.repo<StudySession>('sessions').create(session('复制机的学习会') as never);
    await carry(a, hq);
    const before = await hq.snapshot();
    await expect(carry(copy, hq)).rejects.toThrow(/数据文件夹被复制到了另一台电脑上.*设为本办公室的另一台电脑/s);
    expect(await hq.snapshot()).toEqual(before);

    // The clerk follows the message: this PC becomes another computer; what it recorded is issued again.
    const made = await becomeNewComputer(copy.db, copy.call);
    await copy.reload();
    expect(made.reissued).toBe(2);
    expect(await carry(copy, hq, { enrolAs: 'add' })).toMatchObject({ status: 'imported', totalOps: 2 });
    expect((await hq.db.synced<Member>('members').get(copied.id))?.name).toBe('复制机记录');
    expect(await hq.db.synced('sessions').get(att.id)).toBeTruthy();
    await carry(hq, copy);
    await carry(hq, a);
    expect(await members(copy)).toEqual(['原机记录', '复制机记录', '张三'].sort());
    expect(await copy.snapshot()).toEqual(await a.snapshot());
    // And they go on: the original's next record reaches the copy through HQ.
    const later = await a.repo<Member>('members').create(member('之后') as never);
    await carry(a, hq);
    await carry(hq, copy);
    expect((await copy.db.synced<Member>('members').get(later.id))?.name).toBe('之后');
  });

  it("a bundle claiming to replace another office's computer is not enrolled", async () => {
    const { hq, a } = await enrolledPair();
    const other = await TestNode.create('ZL-B');
    await carry(other, hq);
    // A PC of ZL-NJ restored from ZL-B's backup (by mistake or on purpose) names ZL-B's computer.
    const b = await backupNow(other.db, { kind: 'manual', folder: other.pick(tmp()), office: other.office, caller: other.call });
    const fresh = await TestNode.create(a.office);
    const opened = await previewBackup({ picked: fresh.pick(path.dirname(b.path)), path: b.name }, fresh.call);
    await restoreBackup(fresh.db, opened, { office: fresh.office, ownSeqSent: 0, node: fresh.node, caller: fresh.call });
    const before = await hq.call('sync.status', {});
    await expect(carry(fresh, hq)).rejects.toThrow(/声称替换.*ZL-B.*不是 ZL-NJ 的电脑/);
    expect((await hq.call('sync.status', {})).peers).toEqual(before.peers);
  });
});
