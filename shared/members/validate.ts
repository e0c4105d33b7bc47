import { z } from 'zod';
import { GENDERS, MEMBER_STATUSES } from '../domain/member';
import { cleanText, halfWidth, squash } from './text';

const PHONE_PART = /^(1[3-9]\d{9}|(0\d{2,3}-?)?\d{7,8}(-\d{1,5})?)$/;

/** A member as typed in the form; messages say what to fix. */
export const MemberInput = z.object({
  name: z.string().transform(squash).pipe(z.string().min(1, '请填写姓名').max(20, '姓名不能超过 20 个字')),
  gender: z.enum([...GENDERS, '']),
  ethnicity: z.string().transform(cleanText),
  party: z.string(),
  sector: z.string(),
  committees: z.array(z.string()),
  unitAndPost: z.string().transform(cleanText).pipe(z.string().max(100, '工作单位及职务不能超过 100 个字')),
  phone: z
    .string()
    .transform((s) => halfWidth(squash(s)))
    .refine((s) => !s || s.split(/[,，;；/、]+/).filter(Boolean).every((p) => PHONE_PART.test(p)), '联系电话格式不对：手机应为 11 位数字，座机如 0519-88888888'),
  memberNo: z.string().transform((s) => halfWidth(squash(s))).pipe(z.string().max(30, '委员编号不能超过 30 位')),
  term: z.string().transform(cleanText),
  status: z.enum(MEMBER_STATUSES),
  notes: z.string().transform((s) => s.trim()),
});
export type MemberInput = z.input<typeof MemberInput>;
