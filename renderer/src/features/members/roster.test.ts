import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/member';
import { buildMemberIndex } from '../../../../shared/members/search';
import { filterRoster } from './roster';
import type { RosterFilters } from './rosterStore';

const base = { office: 'T', deleted: 0 as const, _stamps: {}, _rev: '', gender: '' as const, ethnicity: '', unitAndPost: '', phone: '', term: '', notes: '' };
// In pinyin order, as the roster reads them from the sortKey index.
const members: Member[] = [
  { ...base, id: 'a', name: '白敏', memberNo: '10', party: '中共', sector: '教育', committees: ['提案委员会'], status: '在任' },
  { ...base, id: 'b', name: '单雪', memberNo: '2', party: '民盟', sector: '中共', committees: [], status: '在任' },
  { ...base, id: 'c', name: '张三', memberNo: '', party: '中共', sector: '经济', committees: ['提案委员会', '经济科技委员会'], status: '离任' },
  { ...base, id: 'd', name: '周思', memberNo: '1', party: '中共', sector: '教育', committees: [], status: '在任' },
];
const index = buildMemberIndex(members);
const none: RosterFilters = { query: '', sector: '', committee: '', party: '', status: '', sort: 'pinyin' };
const sectors = ['中共', '经济', '教育'];
const ids = (f: Partial<RosterFilters>) => filterRoster(index, { ...none, ...f }, sectors).map((m) => m.id);

describe('roster filters and sorting', () => {
  it('keeps pinyin order by default and sorts by number (numerically, blanks last) or by the sector list', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ sort: 'memberNo' })).toEqual(['d', 'b', 'a', 'c']);
    expect(ids({ sort: 'sector' })).toEqual(['b', 'c', 'a', 'd']);
  });

  it('filters by sector, committee (or none), party and status, together with a query', () => {
    expect(ids({ sector: '教育' })).toEqual(['a', 'd']);
    expect(ids({ committee: '提案委员会' })).toEqual(['a', 'c']);
    expect(ids({ committee: '__none' })).toEqual(['b', 'd']);
    expect(ids({ party: '中共', status: '在任' })).toEqual(['a', 'd']);
    expect(ids({ query: 'zs' })).toEqual(['c', 'd']);
    expect(ids({ query: 'zs', status: '在任' })).toEqual(['d']);
  });
});
