import { z } from 'zod';

const text = (max: number) => z.string().max(max);

/** 社情民意信息: one report on one page (plain A4; a long one flows to a second). */
export const ReportSheetData = z.object({
  /** The office that reported it (报送单位). */
  office: text(60),
  title: z.string().trim().min(1, '标题不能为空').max(100),
  reporters: text(400),
  date: text(20),
  category: text(30),
  situation: text(20000),
  cause: text(20000),
  advice: text(20000),
  /** 采用 and 批示 lines, as HQ recorded them. */
  outcomes: z.array(text(300)).max(20),
});
export type ReportSheetData = z.infer<typeof ReportSheetData>;

const RecordLine = z.object({ label: text(60), count: z.number().int().min(0), points: z.number() });
const ItemLine = z.object({ date: text(10), label: text(300), points: z.number(), note: text(60) });

/** One member's 履职档案 for a year or a term (one or two pages; batch: several, each from a new page). */
export const DutyRecordOne = z.object({
  name: text(40),
  memberNo: text(40),
  sector: text(40),
  committees: text(200),
  unit: text(200),
  office: text(60),
  total: z.number(),
  grade: text(10),
  minimums: z.array(z.object({ label: text(60), met: z.boolean(), count: z.number().int() })).max(20),
  /** Counts of sessions by kind: 应到, 出席, 请假, 缺席, 补学. */
  sessions: z.array(z.object({ kind: text(20), attended: z.number().int(), leave: z.number().int(), absent: z.number().int(), makeUp: z.number().int() })).max(40),
  lines: z.array(RecordLine).max(80),
  items: z.array(ItemLine).max(400),
  /** Items left off the printed list (the app lists them all). */
  more: z.number().int().min(0),
});
export type DutyRecordOne = z.infer<typeof DutyRecordOne>;

export const DutyRecordData = z.object({
  /** 2026年度委员履职档案 */
  title: z.string().trim().min(1, '请填写标题').max(100),
  period: text(60),
  records: z.array(DutyRecordOne).min(1, '没有要打印的委员').max(5000),
});
export type DutyRecordData = z.infer<typeof DutyRecordData>;

/** 履职情况通报: the ranking as a plain A4 table with the grade counts. */
export const DutyBulletinData = z.object({
  title: z.string().trim().min(1, '请填写标题').max(100),
  period: text(60),
  summary: text(400),
  rows: z.array(z.object({ rank: z.number().int(), name: text(40), sector: text(40), office: text(60), total: z.number(), grade: text(10), missing: text(200) })).max(20000),
});
export type DutyBulletinData = z.infer<typeof DutyBulletinData>;
