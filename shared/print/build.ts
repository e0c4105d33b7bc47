import type { Member } from '../domain/member';
import { memberSortKey } from '../pinyin';
import type { RosterRow } from './roster';
import type { SignInData, SignInRow } from './signin';
import { SIGNIN_SORTS } from './signin';

export type MemberSort = (typeof SIGNIN_SORTS)[number];

export const MEMBER_SORT_LABELS: Record<MemberSort, string> = {
  sector: '按界别',
  pinyin: '按姓名拼音',
  memberNo: '按委员编号',
};

type Printable = Pick<Member, 'name' | 'sector' | 'memberNo' | 'unitAndPost'> & { sortKey?: string };

function pinyinKey(m: Printable): string {
  return m.sortKey || memberSortKey(m.name);
}

/**
 * Members in print order. By sector: the office's sector list order (sectors
 * not on the list after it, by name), then pinyin inside a sector.
 */
export function sortMembers<T extends Printable>(members: readonly T[], sort: MemberSort, sectorOrder: readonly string[] = []): T[] {
  const rank = new Map(sectorOrder.map((s, i) => [s, i]));
  const keyed = members.map((m) => ({ m, py: pinyinKey(m) }));
  const byPinyin = (a: { py: string }, b: { py: string }) => (a.py < b.py ? -1 : a.py > b.py ? 1 : 0);
  keyed.sort((a, b) => {
    if (sort === 'memberNo') {
      const c = a.m.memberNo.localeCompare(b.m.memberNo, 'en', { numeric: true });
      return c || byPinyin(a, b);
    }
    if (sort === 'sector') {
      const ra = rank.get(a.m.sector) ?? Number.MAX_SAFE_INTEGER;
      const rb = rank.get(b.m.sector) ?? Number.MAX_SAFE_INTEGER;
      if (ra !== rb) return ra - rb;
      const c = a.m.sector.localeCompare(b.m.sector, 'zh-CN');
      if (c) return c;
    }
    return byPinyin(a, b);
  });
  return keyed.map((k) => k.m);
}

export interface SignInOptions<T extends Printable = Printable> {
  title: string;
  time?: string;
  place?: string;
  sort: MemberSort;
  blankRows?: number;
  barcode?: boolean;
  sectorOrder?: readonly string[];
  /** 备注 of a member's row (请假 for a member on approved leave). */
  noteOf?: (m: T) => string;
  /** Only as many blank rows as fit on the last page with names (SignInData.fitBlankRows). */
  fitBlankRows?: boolean;
}

/** The sign-in sheet's data for a chosen set of members (the print center and the bench use this). */
export function signInData<T extends Printable>(members: readonly T[], o: SignInOptions<T>): SignInData {
  const rows: SignInRow[] = sortMembers(members, o.sort, o.sectorOrder).map((m) => ({
    name: m.name,
    sector: m.sector,
    unitAndPost: m.unitAndPost,
    memberNo: m.memberNo,
    note: o.noteOf?.(m) ?? '',
  }));
  return { title: o.title, time: o.time ?? '', place: o.place ?? '', rows, blankRows: o.blankRows ?? 0, barcode: o.barcode ?? false, fitBlankRows: o.fitBlankRows ?? false };
}

export function rosterRows(members: readonly (Printable & Pick<Member, 'gender' | 'party' | 'committees' | 'phone'>)[]): RosterRow[] {
  return members.map((m) => ({
    name: m.name,
    gender: m.gender,
    sector: m.sector,
    party: m.party,
    committees: m.committees,
    unitAndPost: m.unitAndPost,
    phone: m.phone,
    memberNo: m.memberNo,
  }));
}
