import { z } from 'zod';

/** 桌签: one A4 sheet per name, folded across the middle; the name on both faces, one upside down. */
export const TentsData = z.object({
  names: z
    .array(
      z.object({
        name: z.string().trim().min(1, '桌签上的姓名不能为空').max(20, '桌签姓名不能超过 20 个字'),
        subtitle: z.string().max(40).default(''),
      }),
    )
    .min(1, '请至少选择一名委员')
    .max(2000),
});
export type TentsData = z.infer<typeof TentsData>;
