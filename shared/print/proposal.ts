import { z } from 'zod';

const text = (max: number) => z.string().max(max);

/** 提案表 (domain.md, Proposals): the proposal in the official layout. */
export const ProposalSheetData = z.object({
  /** 届次会议名称, e.g. 政协××区第十届委员会第四次会议, or 平时提案. */
  plenary: text(60),
  numberText: text(60),
  category: text(30),
  title: z.string().trim().min(1, '案由不能为空').max(200),
  kindLabel: text(20),
  proposer: z.object({ name: text(60), sector: text(40), unit: text(120), address: text(200), phone: text(60) }),
  coSigners: z.array(text(40)).max(200),
  situation: text(20000),
  analysis: text(20000),
  measures: text(20000),
  review: text(2000),
  receivedAt: text(30),
});
export type ProposalSheetData = z.infer<typeof ProposalSheetData>;

/** 答复件 cover sheet: the reply of one round. */
export const ReplySheetData = z.object({
  title: z.string().trim().min(1, '案由不能为空').max(200),
  numberText: text(60),
  proposer: text(60),
  units: text(400),
  replyClass: text(40),
  date: text(20),
  summary: text(20000),
  contact: text(120),
  round: z.number().int().min(1).max(50),
});
export type ReplySheetData = z.infer<typeof ReplySheetData>;

/** 提案目录: a plain A4 table. */
export const ProposalListData = z.object({
  title: z.string().trim().min(1, '请填写标题').max(100),
  rows: z.array(z.object({
    number: text(60), title: text(200), proposer: text(60), category: text(30), status: text(30), units: text(400), replyClass: text(4), satisfaction: text(10),
  })).max(20000),
});
export type ProposalListData = z.infer<typeof ProposalListData>;
