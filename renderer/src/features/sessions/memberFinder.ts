import { buildMemberIndex, searchMembers, type MemberIndex } from '../../../../shared/members/search';
import type { Member } from '../../../../shared/domain/member';

/** The one member search (shared/members), behind the small interface the sign-in screen and pickers use. */
export interface MemberFinder {
  find(query: string, limit: number): Member[];
}

/** `prefer`: members listed before the others (at the door, the session's required attendees). */
export function memberFinder(members: readonly Member[], prefer?: ReadonlySet<string>): MemberFinder {
  const index: MemberIndex<Member> = buildMemberIndex(members);
  const opts = prefer ? { prefer: (m: Member) => prefer.has(m.id) } : {};
  return { find: (q, limit) => (q.trim() ? searchMembers(index, q, limit, opts) : []) };
}
