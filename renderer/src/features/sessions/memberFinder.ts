import { buildMemberIndex, searchMembers, type MemberIndex } from '../../../../shared/members/search';
import type { Member } from '../../../../shared/domain/member';

/** The one member search (shared/members), behind the small interface the sign-in screen and pickers use. */
export interface MemberFinder {
  find(query: string, limit: number): Member[];
}

export function memberFinder(members: readonly Member[]): MemberFinder {
  const index: MemberIndex<Member> = buildMemberIndex(members);
  return { find: (q, limit) => (q.trim() ? searchMembers(index, q, limit) : []) };
}
