import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REF_LISTS } from '../../../../shared/domain/reflist';
import type { Grid } from '../../../../shared/members/import/columns';
import { planImport } from '../../../../shared/members/import/plan';
import { analyseRows } from '../../../../shared/members/import/rows';
import { db, repos } from '../../db';
import { setIdentity } from '../../db/identity';
import { commitImport } from './memberOps';

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
    expect(outcome).toEqual({ created: 1, updated: 1, addedRefs: 1 });
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
