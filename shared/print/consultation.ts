import { z } from 'zod';

const text = (max: number) => z.string().max(max);

/** 协商议题和成果一览: the year's topics with their meetings and outcomes, a plain A4 table. */
export const ConsultationListData = z.object({
  title: z.string().trim().min(1, '请填写标题').max(100),
  rows: z.array(z.object({
    month: text(10), title: text(200), category: text(30), source: text(60), meeting: text(20), state: text(10), recipient: text(60), adoption: text(10), measures: text(20),
  })).max(20000),
});
export type ConsultationListData = z.infer<typeof ConsultationListData>;
