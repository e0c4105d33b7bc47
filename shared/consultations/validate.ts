import { LINKED_SOURCES, TOPIC_SOURCES, TOPIC_WEIGHTS, type ConsultTopic, type FeedbackNote, type Submission } from '../domain/consultation';

/** The checks of what a person types on the consultation screens: a Chinese message per field that says what to fix. */

export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Partial<Record<F, string>> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a person types for a topic (the plan and the district marks are set apart). */
export type TopicInput = Pick<ConsultTopic, 'year' | 'title' | 'category' | 'weight' | 'source' | 'reason' | 'raisedBy'>;
export type TopicField = 'title' | 'category' | 'weight' | 'source' | 'reason' | 'year';

export function checkTopic(input: TopicInput): Checked<TopicInput, TopicField> {
  const errors: Partial<Record<TopicField, string>> = {};
  const title = input.title.trim();
  if (title.length < 4) errors.title = '议题名称至少 4 个字';
  else if (title.length > 80) errors.title = '议题名称不能超过 80 个字';
  if (!input.category.trim()) errors.category = '请选择议题类别';
  if (!(TOPIC_WEIGHTS as readonly string[]).includes(input.weight)) errors.weight = '请选择大事、要事、实事或难题';
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) errors.year = '年度应是 2000 到 2100 之间的年份';
  const src = input.source;
  if (!(TOPIC_SOURCES as readonly string[]).includes(src.kind)) errors.source = '请选择议题来源';
  else if (LINKED_SOURCES[src.kind] && !src.refId) errors.source = `来源是${src.kind}时，请选择是哪一条${src.kind === '提案' ? '提案' : '建议'}`;
  else if (src.kind === '社情民意' && !src.refText.trim()) errors.source = '请填写社情民意信息的编号或标题';
  if (input.reason.trim().length < 6) errors.reason = '请用一两句话写明为什么要协商这件事（至少 6 个字）';
  else if (input.reason.length > 500) errors.reason = '理由不能超过 500 字';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { ...input, title, category: input.category.trim(), reason: input.reason.trim(), raisedBy: input.raisedBy.trim(), source: { ...src, refText: src.refText.trim() } } };
}

/** Why a topic may not go into the year's plan for `month` ('YYYY-MM'). */
export function planRefusal(topic: Pick<ConsultTopic, 'year' | 'title'>, month: string): string | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return '请选择计划协商的月份';
  if (Number(month.slice(0, 4)) !== topic.year) return `「${topic.title}」是 ${topic.year} 年的议题，计划月份应在 ${topic.year} 年内`;
  return null;
}

/** The year's consultation plan (协商计划): the topics chosen for it, by month. */
export function yearPlan<T extends Pick<ConsultTopic, 'year' | 'planned' | 'plannedMonth' | 'title' | 'deleted'>>(topics: readonly T[], year: number): T[] {
  return topics.filter((t) => !t.deleted && t.planned && t.year === year).sort((a, b) => a.plannedMonth.localeCompare(b.plannedMonth) || a.title.localeCompare(b.title, 'zh'));
}

export type SubmissionField = 'recipient' | 'date' | 'text' | 'docNo';

export function checkSubmission(s: Submission, heldOn: string, today: string): Checked<Submission, SubmissionField> {
  const errors: Partial<Record<SubmissionField, string>> = {};
  if (!s.recipient.trim()) errors.recipient = '请选择或填写报送对象（街道党工委、区委、区政府或部门）';
  if (!DATE.test(s.date)) errors.date = '请填写报送日期（年-月-日）';
  else if (heldOn && s.date < heldOn) errors.date = `报送日期不能早于协商或视察的日期（${heldOn}）`;
  else if (s.date > today) errors.date = '报送日期不能晚于今天';
  if (s.text.trim().length < 10) errors.text = '请写明报送的成果内容（至少 10 个字）';
  else if (s.text.length > 6000) errors.text = '成果内容不能超过 6000 字（专报一般一到两页）';
  if (s.docNo.length > 40) errors.docNo = '文号不能超过 40 个字';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { recipient: s.recipient.trim(), date: s.date, docNo: s.docNo.trim(), text: s.text.trim() } };
}

export type FeedbackField = 'date' | 'text' | 'adoption';

export function checkFeedback(f: FeedbackNote, sentOn: string, today: string): Checked<FeedbackNote, FeedbackField> {
  const errors: Partial<Record<FeedbackField, string>> = {};
  if (!DATE.test(f.date)) errors.date = '请填写反馈日期（年-月-日）';
  else if (sentOn && f.date < sentOn) errors.date = `反馈日期不能早于报送日期（${sentOn}）`;
  else if (f.date > today) errors.date = '反馈日期不能晚于今天';
  if (!f.adoption) errors.adoption = '请选择采纳情况';
  if (f.text.trim().length < 4) errors.text = '请写明反馈的内容（至少 4 个字）';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { ...f, text: f.text.trim() } };
}
