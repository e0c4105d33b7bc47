import type { Member } from '../../../../shared/domain/member';
import { searchMembers, type MemberIndex } from '../../../../shared/members/search';
import type { RosterFilters } from './rosterStore';

/** Members the roster shows: search rank order when a query is typed, else the chosen sort. */
export function filterRoster(index: MemberIndex<Member>, f: RosterFilters, sectorOrder: string[]): Member[] {
  const found = searchMembers(index, f.query).filter(
    (m) =>
      (!f.sector || m.sector === f.sector) &&
      (!f.committee || (f.committee === '__none' ? m.committees.length === 0 : m.committees.includes(f.committee))) &&
      (!f.party || m.party === f.party) &&
      (!f.status || m.status === f.status),
  );
  if (f.query.trim() || f.sort === 'pinyin') return found;
  if (f.sort === 'memberNo') {
    return [...found].sort((a, b) => (a.memberNo ? (b.memberNo ? a.memberNo.localeCompare(b.memberNo, 'zh', { numeric: true }) : -1) : b.memberNo ? 1 : 0));
  }
  const pos = new Map(sectorOrder.map((s, i) => [s, i]));
  return [...found].sort((a, b) => (pos.get(a.sector) ?? 999) - (pos.get(b.sector) ?? 999));
}
