import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../../shared/domain/member';
import { DEFAULT_REF_LISTS, REF_LIST_KINDS, type RefEntry, type RefListKind } from '../../../../shared/domain/reflist';
import { buildMemberIndex, type MemberIndex } from '../../../../shared/members/search';
import { repos } from '../../db';
import { listed } from '../../db/repo';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';

/** Every member not deleted, in pinyin order (the sortKey index). Undefined while loading. */
export function useMembers(): Member[] | undefined {
  const office = useOfficeFilter();
  return useLiveQuery(
    () => repos.members.read.orderBy('sortKey').filter((m) => listed(m) && matchesOffice(office, m)).toArray(),
    [office],
  );
}

/** Every member not deleted, whatever office filter HQ has set: for matching imports and unique member numbers. */
export function useAllMembers(): Member[] | undefined {
  return useLiveQuery(() => repos.members.all());
}

/** The search index over the members, rebuilt only when the member list changes. */
export function useMemberIndex(members: Member[] | undefined): MemberIndex<Member> | undefined {
  return useMemo(() => (members ? buildMemberIndex(members) : undefined), [members]);
}

export type RefLists = Record<RefListKind, RefEntry[]>;

export function groupRefLists(entries: RefEntry[]): RefLists {
  const lists = Object.fromEntries(REF_LIST_KINDS.map((k) => [k, [] as RefEntry[]])) as RefLists;
  for (const e of entries) if (e.deleted === 0) lists[e.kind]?.push(e);
  for (const k of REF_LIST_KINDS) lists[k].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh'));
  return lists;
}

/** The office's reference lists by kind, in their order. */
export function useRefLists(): RefLists | undefined {
  const entries = useLiveQuery(() => repos.refLists.all());
  return useMemo(() => (entries ? groupRefLists(entries) : undefined), [entries]);
}

/** Names of one list, falling back to the defaults until the lists are loaded. */
export function refNames(lists: RefLists | undefined, kind: RefListKind): string[] {
  return lists ? lists[kind].map((e) => e.name) : [...DEFAULT_REF_LISTS[kind]];
}
