import { z } from 'zod';

export const SIGNIN_SORTS = ['sector', 'pinyin', 'memberNo'] as const;

/** One member on a sign-in sheet, already in print order. */
export const SignInRow = z.object({
  name: z.string().trim().min(1, '委员姓名不能为空').max(40),
  sector: z.string().max(40).default(''),
  unitAndPost: z.string().max(200).default(''),
  memberNo: z.string().max(40).default(''),
});
export type SignInRow = z.infer<typeof SignInRow>;

/** 签到表: domain.md (序号, 姓名, 界别, 工作单位及职务, 签名, 备注; title, time, place; blank rows). */
export const SignInData = z.object({
  title: z.string().trim().min(1, '请填写签到表标题').max(100, '标题不能超过 100 个字'),
  time: z.string().max(60).default(''),
  place: z.string().max(100).default(''),
  rows: z.array(SignInRow).max(5000, '一张签到表最多 5000 人'),
  blankRows: z.number().int().min(0, '空白行不能为负数').max(200, '空白行最多 200 行').default(0),
  barcode: z.boolean().default(false),
});
export type SignInData = z.infer<typeof SignInData>;
