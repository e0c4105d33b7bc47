import { z } from 'zod';

export const AgendaItem = z.object({
  text: z.string().trim().min(1, '议程事项不能为空').max(200),
  time: z.string().max(40).default(''),
  speaker: z.string().max(60).default(''),
});

/** 会议议程 */
export const AgendaData = z.object({
  title: z.string().trim().min(1, '请填写议程标题').max(100, '标题不能超过 100 个字'),
  time: z.string().max(60).default(''),
  place: z.string().max(100).default(''),
  host: z.string().max(60).default(''),
  items: z.array(AgendaItem).min(1, '议程至少要有一项').max(100),
  notes: z.string().max(1000).default(''),
});
export type AgendaData = z.infer<typeof AgendaData>;
