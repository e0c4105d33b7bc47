import { z } from 'zod';
import { GENDERS, MEMBER_STATUSES } from '../domain/member';
import { parseBirthMonth, parsePostcode, type Checked } from './fields';
import { checkPhones, PHONE_MESSAGE } from './phone';
import { cleanText, halfWidth, squash } from './text';

/** A zod step from one of the field checks: the normalised value, or its message. */
function checked(check: (s: string) => Checked) {
  return (s: string, ctx: z.RefinementCtx) => {
    const r = check(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  };
}

/** A member as typed in the form; messages say what to fix. */
export const MemberInput = z.object({
  name: z.string().transform(squash).pipe(z.string().min(1, '请填写姓名').max(20, '姓名不能超过 20 个字')),
  gender: z.enum([...GENDERS, '']),
  ethnicity: z.string().transform(cleanText),
  party: z.string(),
  sector: z.string(),
  committees: z.array(z.string()),
  unitAndPost: z.string().transform(cleanText).pipe(z.string().max(100, '工作单位及职务不能超过 100 个字')),
  phone: z.string().transform((s, ctx) => {
    const r = checkPhones(s);
    if (r.bad.length) {
      ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
      return z.NEVER;
    }
    return r.value;
  }),
  memberNo: z.string().transform((s) => halfWidth(squash(s))).pipe(z.string().max(30, '委员编号不能超过 30 位')),
  term: z.string().transform(cleanText),
  status: z.enum(MEMBER_STATUSES),
  notes: z.string().transform((s) => s.trim()),
  birthMonth: z.string().default('').transform(checked(parseBirthMonth)),
  education: z.string().default('').transform(cleanText).pipe(z.string().max(20, '学历不能超过 20 个字')),
  proTitle: z.string().default('').transform(cleanText).pipe(z.string().max(40, '职称不能超过 40 个字')),
  address: z.string().default('').transform(cleanText).pipe(z.string().max(100, '联系地址不能超过 100 个字')),
  postcode: z.string().default('').transform(checked(parsePostcode)),
});
export type MemberInput = z.input<typeof MemberInput>;
