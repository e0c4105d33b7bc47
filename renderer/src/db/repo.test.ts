import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { Fields } from '../../../shared/sync/record';
import { DeskDb } from './db';
import { setIdentity } from './identity';
import { loggedTransaction, versionVector } from './oplog';
import { Repo } from './repo';

const NODE = '0123456789ABCDEF';
let db: DeskDb;
let members: Repo<Member>;
let n = 0;

function member(name: string, memberNo: string): Fields<Member> {
  return {
    name, gender: '男', ethnicity: '汉族', party: '中共', sector: '经济', committees: ['提案委员会'],
    unitAndPost: '钟楼区某单位主任', phone: '13800000000', memberNo, term: '十届', status: '在任', notes: '',
  };
}

beforeEach(async () => {
  setIdentity({ nodeId: NODE, office: 'ZL-01' });
  db = new DeskDb(`repo-test-${n++}`);
  await db.open();
  members = new Repo<Member>(db, 'members');
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('Repo', () => {
  it('leaves exactly one op per record write, with gapless seqs and the changed fields only', async () => {
    const m = await members.create(member('张三', '100001'));
    expect(m.office).toBe('ZL-01');
    expect(m.deleted).toBe(0);
    expect(m.sortKey?.startsWith('zhang san')).toBe(true);
    await members.update(m.id, { phone: '13900000000' });
    await members.update(m.id, { phone: '13900000000' }); // unchanged: no op
    await members.remove(m.id);
    const ops = await db.ops.orderBy('[origin+seq]').toArray();
    expect(ops.map((o) => o.seq)).toEqual([1, 2, 3]);
    expect(ops.every((o) => o.origin === NODE && o.id === m.id && o.table === 'members')).toBe(true);
    expect(ops[1].fields).toEqual({ phone: '13900000000' });
    expect(ops[2].fields).toEqual({ deleted: 1 });
    expect(ops[0].stamp < ops[1].stamp && ops[1].stamp < ops[2].stamp).toBe(true);
    const stored = await members.get(m.id);
    expect(stored?._stamps.phone).toBe(ops[1].stamp);
    expect(stored?._rev).toBe(ops[2].stamp);
    expect(await versionVector(db)).toEqual({ [NODE]: 3 });
  });

  it('writes a bulk create as one op per record in one transaction', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => member(`委员${i}`, String(200000 + i)));
    await members.bulkCreate(rows);
    expect(await db.ops.count()).toBe(50);
    expect(await members.read.count()).toBe(50);
  });

  it('rolls back both record and op when a write fails midway', async () => {
    const m = await members.create(member('李四', '100002'));
    await expect(
      loggedTransaction(db, ['members'], async () => {
        await members.update(m.id, { phone: '13700000000' });
        await members.create(member('王五', '100003'));
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    expect((await members.get(m.id))?.phone).toBe('13800000000');
    expect(await members.read.count()).toBe(1);
    expect(await db.ops.count()).toBe(1);
    // The next write continues the sequence without a gap.
    await members.update(m.id, { notes: '已更新' });
    expect((await db.ops.toArray()).map((o) => o.seq)).toEqual([1, 2]);
  });

  it('refuses a write to a synced table that bypasses the repository', async () => {
    const m = await members.create(member('赵六', '100004'));
    await expect(db.table('members').put({ ...m, phone: '1' })).rejects.toThrow(/必须经过仓库/);
    await expect(db.table('members').where('id').equals(m.id).modify({ phone: '1' })).rejects.toThrow();
    expect((await members.get(m.id))?.phone).toBe('13800000000');
    expect(await db.ops.count()).toBe(1);
  });

  it('keeps a deleted record deleted when another field is edited, until restored', async () => {
    const m = await members.create(member('钱七', '100005'));
    await members.remove(m.id);
    await members.update(m.id, { notes: '备注' });
    expect((await members.get(m.id))?.deleted).toBe(1);
    expect(await members.all()).toHaveLength(0);
    await members.restore(m.id);
    expect((await members.all()).map((r) => r.name)).toEqual(['钱七']);
  });

  it('refuses to update a record that does not exist and logs nothing', async () => {
    await expect(members.update('missing', { notes: 'x' })).rejects.toThrow(/找不到/);
    expect(await db.ops.count()).toBe(0);
  });
});
