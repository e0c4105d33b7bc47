import type { Member } from '../../../../shared/domain/member';
import { compareKey, halfWidth, squash } from '../../../../shared/members/text';
import { sameNameWarning } from '../../../../shared/members/import/plan';
import { MemberInput } from '../../../../shared/members/validate';
import { ms } from './strings';

export type MemberFieldErrors = Partial<Record<keyof MemberInput, string>>;

/**
 * Check the member form in one pass: every wrong field, a member number already
 * used by someone else included, so the clerk sees all that is wrong at once
 * rather than one round of messages after another.
 */
export function checkMemberForm(
  form: MemberInput,
  members: readonly (Pick<Member, 'id' | 'name' | 'memberNo'> & Partial<Pick<Member, 'unitAndPost'>>)[],
  selfId?: string,
): { ok: true; value: ReturnType<typeof MemberInput.parse>; sameName: string } | { ok: false; errors: MemberFieldErrors } {
  const parsed = MemberInput.safeParse(form);
  const errors: MemberFieldErrors = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as keyof MemberInput] ??= issue.message;
  const no = halfWidth(squash(form.memberNo));
  if (no && !errors.memberNo) {
    const taken = members.find((m) => m.id !== selfId && compareKey(m.memberNo) === compareKey(no));
    if (taken) errors.memberNo = ms.memberNoTaken(taken.name);
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  // Another member of the same name: saved only once the person has seen the warning (MemberDialog), as the import warns.
  const same = members.filter((m) => m.id !== selfId && compareKey(m.name) === compareKey(parsed.data.name));
  return { ok: true, value: parsed.data, sameName: same.length ? sameNameWarning(same.map((m) => ({ name: m.name, unitAndPost: m.unitAndPost ?? '' }))) : '' };
}
