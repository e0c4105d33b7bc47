import { z } from 'zod';

export const RosterRow = z.object({
  name: z.string().trim().min(1, '委员姓名不能为空').max(40),
  gender: z.string().max(4).default(''),
  sector: z.string().max(40).default(''),
  party: z.string().max(40).default(''),
  committees: z.array(z.string().max(40)).max(20).default([]),
  unitAndPost: z.string().max(200).default(''),
  phone: z.string().max(40).default(''),
  memberNo: z.string().max(40).default(''),
});
export type RosterRow = z.infer<typeof RosterRow>;

/** 委员名册 (printed list). */
export const RosterData = z.object({
  title: z.string().trim().min(1, '请填写名册标题').max(100),
  showPhone: z.boolean().default(true),
  rows: z.array(RosterRow).min(1, '请至少选择一名委员').max(10000),
});
export type RosterData = z.infer<typeof RosterData>;
