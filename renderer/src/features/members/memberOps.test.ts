import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/member';
import type { Fields } from '../../../../shared/sync/record';
import { DEFAULT_REF_LISTS } from '../../../../shared/domain/reflist';
import type { Grid } from '../../../../shared/members/import/columns';
import { planImport } from '../../../../shared/members/import/plan';
import { analyseRows } from '../../../../shared/members/import/rows';
import { db, repos } from '../../db';
import { setIdentity } from '../../db/identity';
import { commitImport, deleteMember, deletedMembers, lastImportBatch, memberRecords, planUndoImport, restoreMember, undoImport } from './memberOps';
import { closeSession } from '../sessions/data';

const refs = { sector: new Set([...DEFAULT_REF_LISTS.sector, '新兴产业']), committee: new Set(DEFAULT_REF_LISTS.committee), party: new Set(DEFAULT_REF_LISTS.party) };
const grid: Grid = [
  ['姓名', '界别', '委员编号', '联系电话'],
  ['张三', '经济', '100001', '13800138000'],
  ['李四', '新兴产业', '100002', ''],
];
const columns = { 0: 'name', 1: 'sector', 2: 'memberNo', 3: 'phone' } as const;

beforeAll(async () => {
  setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01' });
  await db.open();
});

describe('commitImport', () => {
  it('writes new list entries, new and changed members in one transaction', async () => {
    const existing = await repos.members.create({ name: '张三', gender: '', ethnicity: '', party: '', sector: '经济', committees: [], unitAndPost: '', phone: '', memberNo: '100001', term: '', status: '在任', notes: '' });
    const plan = planImport(analyseRows(grid, 0, columns, refs), await repos.members.all());
    expect(plan.counts).toEqual({ create: 1, update: 1, same: 0, skip: 0 });
    const outcome = await commitImport(plan, [{ kind: 'sector', name: '新兴产业' }]);
    expect(outcome).toEqual({ created: 1, updated: 1, addedRefs: 1, batchId: expect.any(String) });
    const all = await repos.members.all();
    expect(all).toHaveLength(2);
    expect(all.find((m) => m.id === existing.id)?.phone).toBe('13800138000');
    expect((await repos.refLists.all()).filter((e) => e.name === '新兴产业')).toHaveLength(1);

    // Importing the same sheet again changes nothing and adds no one.
    const again = planImport(analyseRows(grid, 0, columns, refs), await repos.members.all());
    expect(again.counts).toEqual({ create: 0, update: 0, same: 2, skip: 0 });
  });

  it('leaves nothing behind when any part of the import fails', async () => {
    const before = { members: await repos.members.read.count(), refs: await repos.refLists.read.count(), ops: await db.ops.count() };
    const plan = planImport(analyseRows([grid[0], ['王五', '教育', '100009', '']], 0, columns, refs), []);
    // A member deleted meanwhile by someone else: its update cannot be written.
    plan.actions.push({ kind: 'update', row: plan.actions[0].row, memberId: 'gone', matchedBy: 'memberNo', changes: { phone: '1' }, previousName: '' });
    await expect(commitImport(plan, [{ kind: 'sector', name: '另一个界别' }])).rejects.toThrow('找不到要修改的记录');
    expect({ members: await repos.members.read.count(), refs: await repos.refLists.read.count(), ops: await db.ops.count() }).toEqual(before);
  });
});

const blank: Omit<Fields<Member>, 'name'> = { gender: '', ethnicity: '', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '' };

describe('撤销这次导入', () => {
  it('says what it will do, then tombstones what the import created and puts back what it changed, keeping later edits', async () => {
    const old = await repos.members.create({ ...blank, name: '钱七', memberNo: '200001', phone: '13900000001', unitAndPost: '老单位' });
    const sheet: Grid = [['姓名', '委员编号', '联系电话', '工作单位及职务'], ['钱七', '200001', '13900000002', '新单位'], ['孙八', '200002', '', '某单位']];
    const plan = planImport(analyseRows(sheet, 0, { 0: 'name', 1: 'memberNo', 2: 'phone', 3: 'unitAndPost' }, refs), await repos.members.all());
    const outcome = await commitImport(plan, [], '名册.xlsx');
    const batch = (await lastImportBatch())!;
    expect(batch).toMatchObject({ id: outcome.batchId, fileName: '名册.xlsx', undone: false });
    // The clerk fixes the unit by hand after the import: undo keeps that edit.
    await repos.members.update(old.id, { unitAndPost: '手改的单位' });
    const undo = await planUndoImport(batch);
    expect(undo.remove.map((m) => m.name)).toEqual(['孙八']);
    expect(undo.revert).toEqual([{ member: expect.objectContaining({ id: old.id }), changes: { phone: '13900000001' }, kept: ['unitAndPost'] }]);
    expect(await undoImport(batch.id)).toEqual({ removed: 1, reverted: 1 });
    const after = await repos.members.get(old.id);
    expect(after).toMatchObject({ phone: '13900000001', unitAndPost: '手改的单位', deleted: 0 });
    const sun = (await repos.members.read.toArray()).find((m) => m.name === '孙八');
    expect(sun?.deleted).toBe(1);
    expect(await lastImportBatch()).toBeUndefined();
    await expect(undoImport(batch.id)).rejects.toThrow('已经撤销过了');
  });
});

describe('deleting a member', () => {
  it('counts the records that make deleting a mistake, tombstones, lists and restores', async () => {
    const m = await repos.members.create({ ...blank, name: '周九' });
    expect(await memberRecords(m.id)).toEqual({ attendance: 0, pickedIn: 0 });
    const x = await repos.sessions.create({
      title: '学习会', kind: '学习会', date: '2026-01-05', startTime: '09:00', endTime: '', place: '', organiser: '', host: '', topic: '', agenda: [],
      required: { all: false, committees: [], sectors: [], memberIds: [m.id] }, materials: [], closedAt: '', requiredAtClose: [],
    });
    await closeSession(x.id, new Date(2026, 0, 5, 12));
    expect(await memberRecords(m.id)).toEqual({ attendance: 1, pickedIn: 1 });
    await deleteMember(m.id);
    expect((await repos.members.all()).some((r) => r.id === m.id)).toBe(false);
    expect((await deletedMembers()).map((r) => r.name)).toContain('周九');
    await restoreMember(m.id);
    expect((await repos.members.get(m.id))?.deleted).toBe(0);
  });
});
