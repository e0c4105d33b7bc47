import { z } from 'zod';

/**
 * A formal document in the GB/T 9704-2012 layout (domain.md, Printed layout):
 * proposals and compilations build one of these. Blocks follow the standard's
 * levels: 一、 (黑体), （一） (楷体), body paragraphs (仿宋).
 */
export const FormalBlock = z.object({
  type: z.enum(['heading1', 'heading2', 'para', 'recipient', 'signature', 'date']),
  text: z.string().min(1, '段落不能为空').max(20000),
});
export type FormalBlock = z.infer<typeof FormalBlock>;

export const FormalData = z.object({
  title: z.string().trim().min(1, '请填写标题').max(200),
  blocks: z.array(FormalBlock).max(5000),
});
export type FormalData = z.infer<typeof FormalData>;
