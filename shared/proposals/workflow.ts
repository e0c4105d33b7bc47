import {
  NO_FLAGS, REJECT_REASONS, REPLY_CLASSES, SATISFACTION_LABELS, STATUS_LABELS,
  type Assignment, type CoSignState, type HandlingState, type ProposalFlags, type ProposalStatus, type ProposerKind,
  type RejectReason, type RejectTransfer, type Reply, type Satisfaction,
} from '../domain/proposal';
import { addMonths } from './dates';

/**
 * The whole workflow of a proposal (domain.md, Proposals) as one state
 * machine, pure: `move(state, m, ctx)` says what changes and which step to
 * log (who, when, why), or refuses with a reason in Chinese. Nothing is
 * silently ignored. The proposals feature writes the result in one
 * transaction: the proposal's changed fields and the step record.
 */

export type Role = 'office' | 'hq';

export interface Actor {
  name: string;
  role: Role;
}

export type Move =
  | { type: 'submit' }
  | { type: 'accept'; opinion: string }
  | { type: 'reject'; reason: RejectReason; transfer: RejectTransfer; note: string }
  | { type: 'merge'; into: string; intoStatus: ProposalStatus; intoTitle: string; why: string }
  | { type: 'withdraw'; why: string }
  | { type: 'returnForRevision'; why: string }
  | { type: 'assign'; mode: Assignment['mode']; lead: string; units: string[]; deadline?: string }
  | { type: 'unitReturn'; unit: string; why: string }
  | { type: 'reply'; reply: Reply }
  | { type: 'verdict'; satisfaction: Satisfaction; note: string }
  | { type: 'close'; why: string }
  | { type: 'flags'; flags: ProposalFlags };
export type MoveType = Move['type'];

export const MOVE_LABELS: Record<MoveType, string> = {
  submit: '提交',
  accept: '立案',
  reject: '不予立案',
  merge: '并案',
  withdraw: '撤案',
  returnForRevision: '退回修改',
  assign: '交办',
  unitReturn: '承办单位退回',
  reply: '答复',
  verdict: '满意度',
  close: '办结',
  flags: '标记',
};

export interface MoveContext {
  actor: Actor;
  /** Local YYYY-MM-DDTHH:MM:SS */
  now: string;
  /** What the proposal is: the proposer kind and whether it has its lead and text (for submit). */
  proposal: { kind: ProposerKind; leadMemberId: string; proposerName: string; title: string; body: string };
  /** Co-signers' states (for submit of a joint proposal). */
  coSigners?: readonly CoSignState[];
  /** Every number ever issued in this proposal's sequence (steps and proposals, deleted ones too). */
  issued?: ReadonlySet<number>;
}

export interface StepDraft {
  move: MoveType;
  from: ProposalStatus;
  to: ProposalStatus;
  at: string;
  by: string;
  role: Role;
  why: string;
  number: number;
  seqKey: string;
}

export type MoveResult = { ok: true; changes: Partial<HandlingState>; step: StepDraft } | { ok: false; message: string };

/** Who may make each move, and from which states. */
const RULES: Record<MoveType, { from: readonly ProposalStatus[]; hqOnly: boolean }> = {
  submit: { from: ['draft'], hqOnly: false },
  accept: { from: ['submitted'], hqOnly: true },
  reject: { from: ['submitted'], hqOnly: true },
  merge: { from: ['submitted'], hqOnly: true },
  withdraw: { from: ['draft', 'submitted', 'accepted'], hqOnly: false },
  returnForRevision: { from: ['submitted'], hqOnly: true },
  assign: { from: ['accepted', 'handling'], hqOnly: true },
  unitReturn: { from: ['handling'], hqOnly: true },
  // A merged proposal's proposer is replied to as well (并案: each proposer still gets a reply).
  reply: { from: ['handling', 'merged'], hqOnly: true },
  verdict: { from: ['replied'], hqOnly: false },
  close: { from: ['satisfied'], hqOnly: true },
  flags: { from: ['accepted', 'handling', 'replied', 'satisfied', 'closed'], hqOnly: true },
};

/**
 * What makes a handling step HQ's, judged on a step's fields (an op's, or a
 * stored record's): made by HQ, a move only HQ makes (立案, 交办, 答复 …), or a
 * number given. Said in Chinese (「立案」), or null for a step an office may
 * write (its own 提交, 撤案, 满意度). HQ writes its steps under the proposal's
 * office so they travel back with it (shared/sync/policy.ts): the office holds
 * them, but they are not its to write.
 */
export function hqStepPart(f: Readonly<Record<string, unknown>>): string | null {
  const move = typeof f.move === 'string' && f.move in RULES ? (f.move as MoveType) : null;
  const named = move ? `“${MOVE_LABELS[move]}”` : `“${String(f.move ?? '').slice(0, 20)}”`;
  if ('move' in f && (!move || RULES[move].hqOnly)) return `${named}这一步`;
  if ('role' in f && f.role !== 'office') return `区政协${move ? `的${named}` : ''}这一步`;
  if ('number' in f && f.number !== 0) return `提案编号（${String(f.number).slice(0, 20)}）`;
  return null;
}

/** The moves open from a state to a role (for the screen's buttons). */
export function movesFrom(status: ProposalStatus, role: Role): MoveType[] {
  return (Object.keys(RULES) as MoveType[]).filter((m) => RULES[m].from.includes(status) && (role === 'hq' || !RULES[m].hqOnly));
}

/** The next number of a sequence: one past the highest ever issued, so a number is never given twice. */
export function nextNumber(issued: ReadonlySet<number>): number {
  let max = 0;
  for (const n of issued) if (n > max) max = n;
  return max + 1;
}

export const DEFAULT_DEADLINE_MONTHS = 3;

/** The handling deadline: the assignment's, or three months after the verdict that reopened it. */
export function deadlineOf(s: Pick<HandlingState, 'assignment' | 'verdicts' | 'status'>): string {
  const a = s.assignment;
  const reopened = [...s.verdicts].reverse().find((v) => v.satisfaction !== 'satisfied');
  if (reopened && (!a || a.at < reopened.date)) return addMonths(reopened.date, DEFAULT_DEADLINE_MONTHS);
  return a?.deadline ?? '';
}

/** Handling past its deadline. */
export function isOverdue(s: Pick<HandlingState, 'assignment' | 'verdicts' | 'status'>, today: string): boolean {
  if (s.status !== 'handling') return false;
  const d = deadlineOf(s);
  return !!d && d < today;
}

/** A reply on file that waits for the member's 满意度. */
export function awaitsVerdict(s: Pick<HandlingState, 'status'>): boolean {
  return s.status === 'replied';
}

const refuse = (message: string): MoveResult => ({ ok: false, message });

function hasSigned(states: readonly CoSignState[] | undefined): boolean {
  return (states ?? []).some((s) => s === 'signed');
}

/** Checks a move needs beyond who and from where; a message when it cannot be made. */
function refusal(state: HandlingState, m: Move, ctx: MoveContext): string | null {
  const p = ctx.proposal;
  switch (m.type) {
    case 'submit': {
      if (!p.title.trim()) return '请先填写案由（标题），再提交';
      if (!p.body.trim()) return '提案正文是空的：请写明情况、分析和建议，再提交';
      if ((p.kind === 'individual' || p.kind === 'joint') && !p.leadMemberId) return '请选择第一提案人，再提交';
      if (!(p.kind === 'individual' || p.kind === 'joint') && !p.proposerName.trim()) return '请填写提案单位（界别、党派团体或专委会的名称），再提交';
      if (p.kind === 'joint' && !hasSigned(ctx.coSigners)) return '联名提案还没有联名人签名：至少一位联名人签名后才能提交';
      return null;
    }
    case 'accept':
      if (!ctx.issued) return '没有取得本届次的已用编号，不能立案';
      return null;
    case 'reject':
      if (!(REJECT_REASONS as readonly string[]).includes(m.reason)) return '请从列表中选择不予立案的理由';
      return null;
    case 'merge':
      if (!m.into) return '请选择并入的提案';
      if (!['submitted', 'accepted', 'handling'].includes(m.intoStatus)) return `并入的提案状态为“${STATUS_LABELS[m.intoStatus]}”，只能并入待审查、已立案或办理中的提案`;
      return null;
    case 'withdraw':
    case 'returnForRevision':
    case 'unitReturn':
      if (!m.why.trim()) return `请写明${MOVE_LABELS[m.type]}的原因`;
      if (m.type === 'unitReturn' && !m.unit) return '请选择退回的承办单位';
      if (m.type === 'unitReturn' && state.assignment && !assignedUnits(state.assignment).includes(m.unit)) return `“${m.unit}”不是本提案的承办单位`;
      return null;
    case 'assign': {
      if (m.mode === 'lead' && !m.lead) return '请选择主办单位';
      if (m.mode === 'separate' && m.units.length === 0) return '请选择至少一个分办单位';
      if (m.mode === 'lead' && m.units.includes(m.lead)) return `“${m.lead}”已是主办单位，不能同时会办`;
      if (m.deadline !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(m.deadline)) return '办理期限的日期格式不对，请写成 2026-06-30';
      if (m.deadline && m.deadline < ctx.now.slice(0, 10)) return '办理期限不能早于今天';
      return null;
    }
    case 'reply': {
      const r = m.reply;
      if (!(REPLY_CLASSES as readonly string[]).includes(r.replyClass)) return '请选择答复类别（A、B 或 C 类）';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) return '请填写答复日期，例如 2026-06-30';
      if (!r.summary.trim()) return '请填写答复内容摘要';
      if (!r.unit) return '请填写答复单位';
      return null;
    }
    case 'verdict':
      if (!(m.satisfaction in SATISFACTION_LABELS)) return '请选择满意、基本满意或不满意';
      if (m.satisfaction !== 'satisfied' && !m.note.trim()) return `选择“${SATISFACTION_LABELS[m.satisfaction]}”时请写明委员的意见，承办单位据此重新办理`;
      return null;
    case 'close':
      if (!state.replies.length || !state.verdicts.length) return '还没有答复和委员的满意度，不能办结';
      return null;
    case 'flags':
      if (m.flags.supervised && !m.flags.superviseNote.trim()) return '督办请写明督办意见';
      return null;
  }
}

export function assignedUnits(a: Assignment): string[] {
  return a.mode === 'lead' ? [a.lead, ...a.units] : [...a.units];
}

function outcome(state: HandlingState, m: Move, ctx: MoveContext): { to: ProposalStatus; changes: Partial<HandlingState>; why: string; number?: number } {
  const today = ctx.now.slice(0, 10);
  switch (m.type) {
    case 'submit':
      return { to: 'submitted', changes: { submittedAt: ctx.now }, why: '' };
    case 'accept': {
      // A proposal keeps the number it was once given (立案 → 撤案 → … never renumbers).
      const number = state.number || nextNumber(ctx.issued!);
      return { to: 'accepted', changes: { number, review: { opinion: m.opinion.trim() || '同意立案', by: ctx.actor.name, date: today } }, why: m.opinion, number };
    }
    case 'reject':
      return {
        to: 'rejected',
        changes: { rejection: { reason: m.reason, transfer: m.transfer, note: m.note }, review: { opinion: `不予立案：${m.reason}`, by: ctx.actor.name, date: today } },
        why: `${m.reason}${m.note ? `；${m.note}` : ''}`,
      };
    case 'merge':
      return { to: 'merged', changes: { mergedInto: m.into, review: { opinion: `并入“${m.intoTitle}”办理`, by: ctx.actor.name, date: today } }, why: m.why || `并入“${m.intoTitle}”` };
    case 'withdraw':
      return { to: 'withdrawn', changes: {}, why: m.why };
    case 'returnForRevision':
      return { to: 'draft', changes: { review: { opinion: `退回修改：${m.why}`, by: ctx.actor.name, date: today } }, why: m.why };
    case 'assign': {
      const deadline = m.deadline || addMonths(today, DEFAULT_DEADLINE_MONTHS);
      const assignment: Assignment = { mode: m.mode, lead: m.mode === 'lead' ? m.lead : '', units: [...m.units], deadline, at: today };
      const who = assignedUnits(assignment).join('、');
      return { to: 'handling', changes: { assignment }, why: `${m.mode === 'lead' ? '主办' : '分办'}：${who}；期限 ${deadline}` };
    }
    case 'unitReturn':
      return { to: 'accepted', changes: { assignment: null }, why: `${m.unit}：${m.why}` };
    case 'reply':
      return { to: 'replied', changes: { replies: [...state.replies, { ...m.reply }] }, why: `${m.reply.replyClass}类，${m.reply.unit}` };
    case 'verdict': {
      const verdicts = [...state.verdicts, { satisfaction: m.satisfaction, date: today, note: m.note }];
      const label = SATISFACTION_LABELS[m.satisfaction];
      if (m.satisfaction === 'satisfied') return { to: 'satisfied', changes: { verdicts }, why: m.note || label };
      return { to: 'handling', changes: { verdicts }, why: `${label}，重新办理：${m.note}` };
    }
    case 'close':
      return { to: 'closed', changes: {}, why: m.why };
    case 'flags':
      return { to: state.status, changes: { flags: { ...m.flags } }, why: flagText(m.flags) };
  }
}

export function flagText(f: ProposalFlags): string {
  const parts = [f.key && '重点提案', f.supervised && `督办（${f.superviseNote}）`, f.excellent && '优秀提案'].filter(Boolean);
  return parts.length ? parts.join('、') : '取消标记';
}

export function move(state: HandlingState, m: Move, ctx: MoveContext): MoveResult {
  const rule = RULES[m.type];
  const label = MOVE_LABELS[m.type];
  if (rule.hqOnly && ctx.actor.role !== 'hq') return refuse(`“${label}”由区政协提案委员会办理，工委不能操作`);
  if (!rule.from.includes(state.status)) {
    return refuse(`提案现在是“${STATUS_LABELS[state.status]}”，不能${label}${hint(m.type)}`);
  }
  const why = refusal(state, m, ctx);
  if (why) return refuse(why);
  const o = outcome(state, m, ctx);
  return {
    ok: true,
    changes: { ...o.changes, status: o.to },
    step: { move: m.type, from: state.status, to: o.to, at: ctx.now, by: ctx.actor.name, role: ctx.actor.role, why: o.why, number: o.number ?? 0, seqKey: state.seqKey },
  };
}

/** Where the move belongs in the workflow, said when it is tried out of turn. */
function hint(t: MoveType): string {
  const from = RULES[t].from.map((s) => STATUS_LABELS[s]).join('、');
  return `（只能在“${from}”时${MOVE_LABELS[t]}）`;
}

/** A fresh proposal's handling state. */
export function initialState(seqKey: string): HandlingState {
  return { status: 'draft', number: 0, seqKey, submittedAt: '', review: null, rejection: null, mergedInto: '', assignment: null, replies: [], verdicts: [], flags: { ...NO_FLAGS } };
}
