import type { Member } from '../domain/member';
import type { RefListKind } from '../domain/reflist';
import type { Fields } from '../sync/record';

/** Reference lists whose names members carry. */
export const MEMBER_REF_KINDS = ['sector', 'committee', 'party'] as const;
export type MemberRefKind = (typeof MEMBER_REF_KINDS)[number];

export function isMemberRefKind(kind: RefListKind): kind is MemberRefKind {
  return (MEMBER_REF_KINDS as readonly string[]).includes(kind);
}

type RefHolder = Pick<Member, 'id' | 'name' | 'sector' | 'party' | 'committees'>;

/** Members who use `name` in the list `kind` (retired ones too: their records still carry it). */
export function membersUsing<M extends RefHolder>(kind: MemberRefKind, name: string, members: readonly M[]): M[] {
  if (kind === 'committee') return members.filter((m) => m.committees.includes(name));
  return members.filter((m) => m[kind] === name);
}

/**
 * The member changes that move everyone from `from` to `to` (a merge, or a
 * rename when `to` is new). Committees keep their order and lose duplicates.
 */
export function reassignRef(kind: MemberRefKind, from: string, to: string, members: readonly RefHolder[]): Array<{ id: string; changes: Partial<Fields<Member>> }> {
  if (from === to) return [];
  return membersUsing(kind, from, members).map((m) => {
    if (kind === 'committee') {
      const next = [...new Set(m.committees.map((c) => (c === from ? to : c)))];
      return { id: m.id, changes: { committees: next } };
    }
    return { id: m.id, changes: { [kind]: to } as Partial<Fields<Member>> };
  });
}

/** A readable summary of who uses an entry: "12 名委员（张三、李四、王五 等）". */
export function usageSummary(users: ReadonlyArray<{ name: string }>, show = 3): string {
  const names = users.slice(0, show).map((u) => u.name).join('、');
  return `${users.length} 名委员（${names}${users.length > show ? ' 等' : ''}）`;
}
