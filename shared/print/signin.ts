import { z } from 'zod';
import { PAPER_MM, type PageSetup } from './page';

export const SIGNIN_SORTS = ['sector', 'pinyin', 'memberNo'] as const;

/** One member on a sign-in sheet, already in print order. */
export const SignInRow = z.object({
  name: z.string().trim().min(1, '委员姓名不能为空').max(40),
  sector: z.string().max(40).default(''),
  unitAndPost: z.string().max(200).default(''),
  memberNo: z.string().max(40).default(''),
  /** 备注 printed in the row: 请假 for a member on approved leave. */
  note: z.string().max(40).default(''),
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
  /**
   * blankRows is the most to add: only as many as fit on the last page that
   * has names, so the sheet never ends with a page of blank rows only.
   */
  fitBlankRows: z.boolean().default(false),
});
export type SignInData = z.infer<typeof SignInData>;

/** The sheet's layout in millimetres (renderer/src/print/templates/SignInSheet.tsx keeps rows at this height). */
export const SIGNIN_LAYOUT = {
  /** @page margins, top + bottom. */
  marginsMm: 30,
  sideMarginsMm: 24,
  /** Every row, its content clipped to fit (a row is 11 mm plus its border). */
  rowMm: 11.3,
  /** Meta line, the gap under the head and the column heads. */
  headMm: 19,
  /** One line of the 20 pt title. */
  titleLineMm: 9.9,
  /** One title character, 20 pt with its letter spacing. */
  titleCharMm: 7.4,
  /** Room left for rounding, so a predicted row never falls onto a new page. */
  slackMm: 4,
} as const;

/** How many rows one page of the sheet holds for a title on this paper. */
export function signInRowsPerPage(setup: PageSetup, title: string): number {
  const L = SIGNIN_LAYOUT;
  const paper = PAPER_MM[setup.paper];
  const [w, h] = setup.orientation === 'landscape' ? [paper.height, paper.width] : [paper.width, paper.height];
  const perLine = Math.max(1, Math.floor((w - L.sideMarginsMm) / L.titleCharMm));
  const titleLines = Math.max(1, Math.ceil([...title].length / perLine));
  return Math.max(1, Math.floor((h - L.marginsMm - L.headMm - titleLines * L.titleLineMm - L.slackMm) / L.rowMm));
}

/** Blank rows that still fit on the last page with names (all of them when there are no names). */
export function fittedBlankRows(names: number, wanted: number, perPage: number): number {
  if (names === 0) return wanted;
  const free = (perPage - (names % perPage)) % perPage;
  return Math.min(wanted, free);
}
