import { z } from 'zod';
import { AgendaData } from './agenda';
import { DutyBulletinData, DutyRecordData, ReportSheetData } from './duty';
import { AttendanceReportData } from './attendance';
import { ConsultationListData } from './consultation';
import { FormalData } from './formal';
import { PageSetup } from './page';
import { ProposalListData, ProposalSheetData, ReplySheetData } from './proposal';
import { RosterData } from './roster';
import { SignInData } from './signin';
import { TentsData } from './tents';
import { AwardListData, CompilationData, SuggestionFiguresData } from './suggestions';

/**
 * Every printable document: a kind plus its data, validated in main (the
 * contract) and again by the print page. To add a document: one schema entry
 * here, one label below, one template in renderer/src/print/templates.
 */
export const PrintJob = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('signin'), data: SignInData }),
  z.object({ kind: z.literal('agenda'), data: AgendaData }),
  z.object({ kind: z.literal('tents'), data: TentsData }),
  z.object({ kind: z.literal('roster'), data: RosterData }),
  z.object({ kind: z.literal('formal'), data: FormalData }),
  z.object({ kind: z.literal('attendance'), data: AttendanceReportData }),
  z.object({ kind: z.literal('proposal'), data: ProposalSheetData }),
  z.object({ kind: z.literal('proposalReply'), data: ReplySheetData }),
  z.object({ kind: z.literal('proposalList'), data: ProposalListData }),
  z.object({ kind: z.literal('compilation'), data: CompilationData }),
  z.object({ kind: z.literal('suggestionFigures'), data: SuggestionFiguresData }),
  z.object({ kind: z.literal('awardList'), data: AwardListData }),
  z.object({ kind: z.literal('consultationList'), data: ConsultationListData }),
  z.object({ kind: z.literal('report'), data: ReportSheetData }),
  z.object({ kind: z.literal('dutyRecord'), data: DutyRecordData }),
  z.object({ kind: z.literal('dutyBulletin'), data: DutyBulletinData }),
]);
export type PrintJob = z.infer<typeof PrintJob>;
export type PrintJobInput = z.input<typeof PrintJob>;
export type PrintKind = PrintJob['kind'];
export type JobOf<K extends PrintKind> = Extract<PrintJob, { kind: K }>;

export const PRINT_KIND_LABELS: Record<PrintKind, string> = {
  signin: '签到表',
  agenda: '会议议程',
  tents: '桌签',
  roster: '委员名单',
  formal: '公文格式文档',
  attendance: '出勤报告',
  proposal: '提案表',
  proposalReply: '提案答复单',
  proposalList: '提案目录',
  compilation: '建议汇编',
  suggestionFigures: '建议统计摘要',
  awardList: '获奖建议名单',
  consultationList: '协商议题和成果一览',
  report: '社情民意信息',
  dutyRecord: '委员履职档案',
  dutyBulletin: '履职情况通报',
};

export const PRINT_KINDS = Object.keys(PRINT_KIND_LABELS) as PrintKind[];

const A4_PORTRAIT: PageSetup = { paper: 'A4', orientation: 'portrait' };

/** Documents whose layout fixes the page (a folded A4 tent; the GB/T 9704 A4 layout). */
export const FIXED_SETUP: Partial<Record<PrintKind, PageSetup>> = { tents: A4_PORTRAIT, formal: A4_PORTRAIT, proposal: A4_PORTRAIT, proposalReply: A4_PORTRAIT, compilation: A4_PORTRAIT, suggestionFigures: A4_PORTRAIT, awardList: A4_PORTRAIT, report: A4_PORTRAIT, dutyRecord: A4_PORTRAIT };

/** The page a job prints on: its fixed page, or the one chosen. */
export function effectiveSetup(kind: PrintKind, chosen: PageSetup): PageSetup {
  return FIXED_SETUP[kind] ?? { paper: chosen.paper, orientation: chosen.orientation };
}

/** What the print page is handed: the job and the page it goes on. */
export const PrintRequest = z.object({ job: PrintJob, setup: PageSetup });
export type PrintRequest = z.infer<typeof PrintRequest>;
export type PrintRequestInput = z.input<typeof PrintRequest>;

function issueText(e: z.ZodError): string {
  return e.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}：${i.message}` : i.message))
    .join('；');
}

export type ParseResult = { ok: true; request: PrintRequest } | { ok: false; message: string };

/** Check a request from outside; the message is Chinese and says what is wrong. */
export function parsePrintRequest(raw: unknown): ParseResult {
  if (!raw || typeof raw !== 'object') return { ok: false, message: '打印任务为空或格式不对：没有收到要打印的文档。' };
  const job = (raw as { job?: unknown }).job;
  const kind = job && typeof job === 'object' ? (job as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || !(PRINT_KINDS as string[]).includes(kind)) {
    return { ok: false, message: `未知的打印文档类型：${kind === undefined ? '（未指定）' : String(kind)}。可打印：${PRINT_KINDS.map((k) => PRINT_KIND_LABELS[k]).join('、')}。` };
  }
  const parsed = PrintRequest.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, message: `「${PRINT_KIND_LABELS[kind as PrintKind]}」的打印数据不完整：${issueText(parsed.error)}` };
  }
  return { ok: true, request: parsed.data };
}
