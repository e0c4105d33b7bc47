import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/member';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { setIdentity } from '../../db/identity';
import { loadDefaultRefLists } from '../demo/loadDemo';
import { addEntry, addMissingDefaults, deleteEntry, moveEntry, renameEntry } from './refListOps';

function member(name: string, sector: string, committees: string[]): Fields<Member> {
  return { name, gender: '男', ethnicity: '汉族', party: '中共', sector, committees, unitAndPost: '某单位', phone: '', memberNo: '', term: '十届', status: '在任', notes: '' };
}

const entry = async (kind: 'sector' | 'committee', name: string) =>
  (await repos.refLists.all()).find((e) => e.kind === kind && e.name === name);

beforeAll(async () => {
  setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01' });
  await db.open();
  await loadDefaultRefLists();
});

describe('reference-list editing through the repositories', () => {
  it('refuses to delete an entry in use, and says who uses it', async () => {
    const [a] = await repos.members.bulkCreate([member('甲', '体育', []), member('乙', '体育', [])]);
    const sport = (await entry('sector', '体育'))!;
    const opsBefore = await db.ops.count();
    await expect(deleteEntry(sport)).rejects.toThrow('「体育」正在使用（2 名委员（甲、乙））');
    expect((await entry('sector', '体育'))?.deleted).toBe(0);
    expect(await db.ops.count()).toBe(opsBefore);
    expect((await repos.members.get(a.id))?.sector).toBe('体育');
  });

  it('merges an entry into another: members move, the entry is gone, all in one go', async () => {
    const sport = (await entry('sector', '体育'))!;
    await expect(deleteEntry(sport, '不存在的界别')).rejects.toThrow('请选择界别名录中的另一项');
    await deleteEntry(sport, '教育');
    expect(await entry('sector', '体育')).toBeUndefined();
    const moved = (await repos.members.all()).filter((m) => ['甲', '乙'].includes(m.name));
    expect(moved.map((m) => m.sector)).toEqual(['教育', '教育']);
  });

  it('renames an entry and every member that uses it', async () => {
    const m = await repos.members.create(member('丙', '经济', ['提案委员会', '经济科技委员会']));
    const committee = (await entry('committee', '经济科技委员会'))!;
    await expect(renameEntry(committee, '提案委员会')).rejects.toThrow('专委会名录中已有「提案委员会」');
    await renameEntry(committee, '经济委员会');
    expect((await repos.members.get(m.id))?.committees).toEqual(['提案委员会', '经济委员会']);
    expect((await entry('committee', '经济委员会'))?.id).toBe(committee.id);
  });

  it('adds and reorders entries, refusing blanks and duplicates', async () => {
    await expect(addEntry('sector', '　')).rejects.toThrow('请填写名称');
    await expect(addEntry('sector', '中共')).rejects.toThrow('界别名录中已有「中共」');
    const added = await addEntry('sector', ' 新兴产业 ');
    expect(added.name).toBe('新兴产业');
    const names = async () => (await repos.refLists.all()).filter((e) => e.kind === 'sector').sort((a, b) => a.order - b.order).map((e) => e.name);
    expect((await names()).at(-1)).toBe('新兴产业');
    await moveEntry(added, -1);
    expect((await names()).slice(-2)).toEqual(['新兴产业', '特邀']);
  });

  it('puts back the defaults a list lacks, once', async () => {
    // 体育 was merged away above: it comes back at the end, and only once.
    expect(await addMissingDefaults('sector')).toBe(1);
    expect(await addMissingDefaults('sector')).toBe(0);
    expect((await repos.refLists.all()).filter((e) => e.kind === 'sector' && e.name === '体育')).toHaveLength(1);
  });
});
