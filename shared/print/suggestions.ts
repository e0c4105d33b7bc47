import { z } from 'zod';
import { PHONE_LIKE } from '../suggestions/privacy';

/**
 * Print data of 献一计: the compilation (汇编), the one-page figures and the
 * award list, built by shared/suggestions. A submitter line is checked once
 * more here: a phone-shaped number in it refuses the job (privacy.ts).
 */
const Submitters = z.string().max(2000).refine((s) => !PHONE_LIKE.test(s), '提交人一栏不能含电话号码');

export const CompilationData = z.object({
  title: z.string().trim().min(1, '请填写汇编标题').max(200),
  compiler: z.string().max(100),
  date: z.string().max(20),
  period: z.string().max(100),
  total: z.number().int().min(0),
  groups: z.array(z.object({
    ordinal: z.string().max(10),
    category: z.string().min(1).max(40),
    items: z.array(z.object({
      no: z.number().int().min(1),
      title: z.string().min(1).max(200),
      submitters: Submitters,
      content: z.string().max(20000),
    })).max(60000),
  })).max(200),
});
export type CompilationData = z.infer<typeof CompilationData>;

const CountRow = z.object({ key: z.string().max(60), count: z.number().int().min(0) });

export const SuggestionFiguresData = z.object({
  title: z.string().min(1).max(200),
  compiler: z.string().max(100),
  date: z.string().max(20),
  period: z.string().max(100),
  totals: z.array(z.object({ label: z.string().max(20), value: z.number().int().min(0) })).max(12),
  tables: z.array(z.object({ label: z.string().max(20), rows: z.array(CountRow).max(60) })).max(6),
});
export type SuggestionFiguresData = z.infer<typeof SuggestionFiguresData>;

export const AwardListData = z.object({
  title: z.string().min(1).max(200),
  compiler: z.string().max(100),
  date: z.string().max(20),
  groups: z.array(z.object({
    level: z.string().max(10),
    items: z.array(z.object({ title: z.string().max(200), submitters: Submitters, category: z.string().max(40) })).max(5000),
  })).max(10),
});
export type AwardListData = z.infer<typeof AwardListData>;
