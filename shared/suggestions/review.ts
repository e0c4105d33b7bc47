import { parseLocalDate } from '../attendance/time';
import {
  FEEDBACK_WAYS, OUTCOMES, type Feedback, type FeedbackWay, type HistoryKind, type Outcome, type Review, type Suggestion, type SuggestionStatus,
} from '../domain/suggestion';
import { charCount, type Checked } from './validate';

/** A change to write, with the history entry that records it (the caller adds who and when). */
export interface PlannedChange {
  id: string;
  changes: Partial<Pick<Suggestion, 'review' | 'hqReview' | 'mergedInto' | 'feedback' | 'award'>>;
  history: { kind: HistoryKind; before: unknown; after: unknown };
}

/** A plan over several suggestions: what to write, and what was left out and why (nothing is written when `refused`). */
export interface Plan {
  writes: PlannedChange[];
  skipped: Array<{ id: string; title: string; reason: string }>;
}

type Reviewed = Pick<Suggestion, 'review' | 'hqReview' | 'mergedInto'>;

/** The decision that counts: HQ's over the office's. */
export function effectiveReview(s: Reviewed): Review | null {
  return s.hqReview ?? s.review;
}

export function statusOf(s: Reviewed): SuggestionStatus {
  if (s.mergedInto) return '并入';
  return effectiveReview(s)?.outcome ?? '待审';
}

/** Waiting for a review: not merged, no decision yet. */
export function awaitingReview(s: Reviewed & Pick<Suggestion, 'deleted'>): boolean {
  return !s.deleted && statusOf(s) === '待审';
}

/** Decided (or merged) and the submitter not answered yet. */
export function awaitingFeedback(s: Reviewed & Pick<Suggestion, 'deleted' | 'feedback'>): boolean {
  return !s.deleted && statusOf(s) !== '待审' && !s.feedback;
}

export interface ReviewInput {
  outcome: string;
  reason: string;
  forwardUnit: string;
  forwardDate: string;
}

export type ReviewField = 'outcome' | 'reason' | 'forwardUnit' | 'forwardDate';

export function checkReview(input: ReviewInput, who: { by: string; at: string }): Checked<Review, ReviewField> {
  const errors: Partial<Record<ReviewField, string>> = {};
  if (!(OUTCOMES as readonly string[]).includes(input.outcome)) errors.outcome = `审阅结果：请选择 ${OUTCOMES.join('、')} 之一`;
  const outcome = input.outcome as Outcome;
  const reason = input.reason.trim();
  if (outcome === '不予采纳' && !reason) errors.reason = '理由：不予采纳时必须写明理由';
  if (charCount(reason) > 500) errors.reason = '理由：不能超过 500 字';
  let forwardUnit = '';
  let forwardDate = '';
  if (outcome === '转交') {
    forwardUnit = input.forwardUnit.trim();
    if (!forwardUnit) errors.forwardUnit = '转交单位：转交时必须填写承办单位';
    const d = parseLocalDate(input.forwardDate);
    if (!d.ok) errors.forwardDate = `转交日期：${d.message}`;
    else if (d.value > who.at.slice(0, 10)) errors.forwardDate = `转交日期：${d.value} 还没到，不能晚于今天`;
    else forwardDate = d.value;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, warnings: [], value: { outcome, reason, forwardUnit, forwardDate, by: who.by, at: who.at } };
}

/**
 * Review one or a selection. At HQ the decision goes to `hqReview` (HQ's own
 * field, which travels back to the office); elsewhere to `review`. Merged
 * suggestions are left out: their kept one is reviewed instead.
 */
export function planReview(selection: readonly Suggestion[], review: Review, role: 'office' | 'hq'): Plan {
  const field = role === 'hq' ? 'hqReview' : 'review';
  const plan: Plan = { writes: [], skipped: [] };
  for (const s of selection) {
    if (s.mergedInto) {
      plan.skipped.push({ id: s.id, title: s.title, reason: '已并入另一条建议，请审阅保留的那一条' });
      continue;
    }
    plan.writes.push({ id: s.id, changes: { [field]: review }, history: { kind: field, before: s[field] ?? null, after: review } });
  }
  return plan;
}

export interface FeedbackInput {
  date: string;
  way: string;
  text: string;
}

export type FeedbackField = keyof FeedbackInput;

export function checkFeedback(input: FeedbackInput, s: Pick<Suggestion, 'receivedOn'> & Reviewed, who: { by: string; at: string }): Checked<Feedback, FeedbackField> {
  const errors: Partial<Record<FeedbackField, string>> = {};
  const today = who.at.slice(0, 10);
  const d = parseLocalDate(input.date);
  if (!d.ok) errors.date = `反馈日期：${d.message}`;
  else if (d.value > today) errors.date = `反馈日期：${d.value} 还没到，不能晚于今天`;
  else if (d.value < s.receivedOn) errors.date = `反馈日期：${d.value} 早于收到建议的日期 ${s.receivedOn}`;
  if (!(FEEDBACK_WAYS as readonly string[]).includes(input.way)) errors.way = `反馈方式：请选择 ${FEEDBACK_WAYS.join('、')} 之一`;
  const text = input.text.trim();
  if (!text) errors.text = '反馈内容：请写明向提交人反馈了什么';
  else if (charCount(text) > 1000) errors.text = '反馈内容：不能超过 1000 字';
  if (statusOf(s) === '待审') errors.way ??= '还没有审阅结果：请先审阅，再向提交人反馈';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, warnings: [], value: { date: (d as { value: string }).value, way: input.way as FeedbackWay, text, by: who.by, at: who.at } };
}

export function planFeedback(s: Suggestion, feedback: Feedback): PlannedChange {
  return { id: s.id, changes: { feedback }, history: { kind: 'feedback', before: s.feedback, after: feedback } };
}

/** A history entry in words, for the screen: 审阅 采纳（原：待审）. */
export function describeChange(kind: HistoryKind, before: unknown, after: unknown): string {
  const outcome = (v: unknown) => (v && typeof v === 'object' && 'outcome' in v ? String((v as Review).outcome) : '待审');
  switch (kind) {
    case 'review':
      return `审阅：${outcome(after)}（原：${outcome(before)}）`;
    case 'hqReview':
      return `区政协审阅：${outcome(after)}（原：${outcome(before)}）`;
    case 'feedback': {
      const f = after as Feedback | null;
      return f ? `反馈：${f.date} ${f.way}${before ? '（改写了原反馈）' : ''}` : '反馈已撤销';
    }
    case 'merge':
      return after ? '并入另一条建议' : '撤销并入';
    case 'award':
      return after ? `评奖：${String(after)}${before ? `（原：${String(before)}）` : ''}` : `取消奖项（原：${String(before)}）`;
    case 'edit':
      return '修改内容';
  }
}
