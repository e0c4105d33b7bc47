import { parseLocalDate } from '../attendance/time';
import type { ConsultMeeting, FeedbackNote, Measure, MeasureState, Submission, Supervision } from '../domain/consultation';

/**
 * The follow-up of a consultation meeting or a 民主监督 item (the closed loop):
 * held → outcome sent (报送) → feedback (反馈) → each measure followed until it
 * is 已落实, or 无法落实 with a reason → closed (闭环). Overdue: a measure past
 * its date that is neither carried out nor given up, on a loop still open.
 */

export type LoopState = '计划中' | '已召开' | '已报送' | '落实中' | '已闭环';

export const LOOP_STATES: readonly LoopState[] = ['计划中', '已召开', '已报送', '落实中', '已闭环'];

/** What a loop's state is made of: a meeting (heldAt) or a supervision item (held once it has a visit). */
export interface Loop {
  held: boolean;
  outcome: Submission | null;
  feedback: FeedbackNote | null;
  hqFeedback?: FeedbackNote | null;
  closedAt: string;
}

type MeasureLike = Pick<Measure, 'text' | 'state' | 'reason' | 'due'>;

/** A measure is settled when it is carried out, or given up with a reason. */
export function settled(m: Pick<Measure, 'state' | 'reason'>): boolean {
  return m.state === '已落实' || (m.state === '无法落实' && m.reason.trim().length > 0);
}

export function loopState(loop: Loop, measures: readonly Pick<Measure, 'state'>[]): LoopState {
  if (loop.closedAt) return '已闭环';
  if (!loop.held) return '计划中';
  if (!loop.outcome) return '已召开';
  if (!loop.feedback && !loop.hqFeedback && measures.every((m) => m.state === '未启动')) return '已报送';
  return '落实中';
}

/** Why the loop may not be closed yet (null when it may), saying what to do first. */
export function closeRefusal(loop: Loop, measures: readonly MeasureLike[], what: '协商议事会' | '民主监督' = '协商议事会'): string | null {
  if (loop.closedAt) return '已经闭环';
  if (!loop.held) return what === '协商议事会' ? '协商议事会还没有召开，不能闭环' : '还没有开展视察或调研，不能闭环';
  if (!loop.outcome) return what === '协商议事会' ? '协商成果还没有报送，请先记录报送' : '意见建议还没有送出，请先记录报送';
  if (!measures.length) return '还没有任何措施：请先录入议定的措施，每项写明责任单位和完成时限';
  const noReason = measures.filter((m) => m.state === '无法落实' && !m.reason.trim());
  if (noReason.length) return `措施「${noReason[0].text}」标为无法落实，但没有写明原因`;
  const open = measures.filter((m) => !settled(m));
  if (open.length) return `还有 ${open.length} 项措施没有落实：${open.slice(0, 3).map((m) => `「${m.text}」（${m.state}）`).join('、')}${open.length > 3 ? ' 等' : ''}`;
  return null;
}

/** Overdue: past its date, neither carried out nor given up, on a loop still open. */
export function measureOverdue(m: Pick<Measure, 'state' | 'due'>, today: string, loopClosed: boolean): boolean {
  return !loopClosed && !!m.due && m.due < today && (m.state === '未启动' || m.state === '推进中');
}

export interface ProgressInput {
  date: string;
  state: MeasureState;
  note: string;
  reason: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a progress entry may not be recorded (null when it may). */
/**
 * `since`: the meeting's date (or, for 民主监督, its first visit): nothing is
 * agreed, or done, before the table sits.
 */
export function progressRefusal(input: ProgressInput, loopClosed: boolean, today: string, since?: string, sinceWhat = '会议日期'): string | null {
  if (loopClosed) return '这件事已经闭环，不能再改措施的进展；如需补充，请先撤销闭环';
  if (!DATE.test(input.date)) return '请填写进展日期（年-月-日）';
  const d = parseLocalDate(input.date);
  if (!d.ok) return `进展日期：${d.message}`;
  if (input.date > today) return '进展日期不能晚于今天';
  if (since && input.date < since) return `进展日期不能早于${sinceWhat}（${since}）`;
  if (input.state === '无法落实' && !input.reason.trim()) return '标为无法落实时，必须写明原因';
  if (input.note.length > 1000) return '进展说明不能超过 1000 字';
  return null;
}

export interface MeasureInput {
  text: string;
  owner: string;
  due: string;
}

export function measureInputRefusal(m: MeasureInput, since?: string, sinceWhat = '会议日期'): string | null {
  if (m.text.trim().length < 4) return '措施内容至少 4 个字';
  if (m.text.length > 500) return '措施内容不能超过 500 字';
  if (!m.owner.trim()) return `措施「${m.text.trim()}」没有写责任单位或责任人`;
  if (!DATE.test(m.due)) return `措施「${m.text.trim()}」没有写完成时限（年-月-日）`;
  const d = parseLocalDate(m.due);
  if (!d.ok) return `措施「${m.text.trim()}」的完成时限：${d.message}`;
  if (since && m.due < since) return `措施「${m.text.trim()}」的完成时限（${m.due}）早于${sinceWhat}（${since}），请改为${sinceWhat}之后的日期`;
  return null;
}

export interface Followed<T> {
  item: T;
  state: LoopState;
  measures: Measure[];
  overdue: Measure[];
}

/** Each loop with its measures, state and overdue measures: the follow-up overview (跟踪督办). */
export function followUp<T extends { id: string }>(items: readonly T[], loopOf: (t: T) => Loop, measures: readonly Measure[], today: string): Followed<T>[] {
  const byParent = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.deleted) continue;
    let list = byParent.get(m.parentId);
    if (!list) byParent.set(m.parentId, (list = []));
    list.push(m);
  }
  return items.map((item) => {
    const loop = loopOf(item);
    const ms = byParent.get(item.id) ?? [];
    return { item, state: loopState(loop, ms), measures: ms, overdue: ms.filter((m) => measureOverdue(m, today, !!loop.closedAt)) };
  });
}

export function meetingLoop(m: Pick<ConsultMeeting, 'heldAt' | 'outcome' | 'feedback' | 'hqFeedback' | 'closedAt'>): Loop {
  return { held: !!m.heldAt, outcome: m.outcome, feedback: m.feedback, hqFeedback: m.hqFeedback ?? null, closedAt: m.closedAt };
}

export function supervisionLoop(s: Pick<Supervision, 'visits' | 'outcome' | 'feedback' | 'hqFeedback' | 'closedAt'>): Loop {
  return { held: s.visits.length > 0, outcome: s.outcome, feedback: s.feedback, hqFeedback: s.hqFeedback ?? null, closedAt: s.closedAt };
}
