import { z } from 'zod';

/** One table of an attendance report: a caption, its columns, rows of text; `marked` rows print in bold with a ★. */
export const ReportTable = z.object({
  caption: z.string().max(100).default(''),
  columns: z.array(z.object({ title: z.string().max(20), width: z.number().min(1).max(100), align: z.enum(['left', 'center', 'right']).default('center') })).min(1).max(14),
  rows: z.array(z.array(z.string().max(300))).max(20000),
  marked: z.array(z.number().int().min(0)).default([]),
});
export type ReportTable = z.infer<typeof ReportTable>;

/** 出勤报告: for one session or a period (shared/attendance/printJobs.ts builds it). */
export const AttendanceReportData = z.object({
  title: z.string().trim().min(1, '请填写报告标题').max(100, '标题不能超过 100 个字'),
  /** Lines under the title: time and place, or the period. */
  meta: z.array(z.string().max(120)).max(4).default([]),
  /** The figures in a row of boxes: 应到 40, 实到 35 … */
  summary: z.array(z.object({ label: z.string().max(12), value: z.string().max(20) })).max(10).default([]),
  tables: z.array(ReportTable).min(1, '报告至少要有一张表').max(4),
  notes: z.string().max(500).default(''),
});
export type AttendanceReportData = z.infer<typeof AttendanceReportData>;
