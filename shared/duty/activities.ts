import { parseLocalDate } from '../attendance/time';
import { ACTIVITY_KINDS, ONE_OFF_KINDS, SPEECH_MODES, type DutyActivity } from '../domain/duty';
import { charCount } from '../suggestions/validate';

/** Checks of a 大会发言, a one-off activity or a 委员惠民行动 as typed; messages say what to fix. */
export interface ActivityInput {
  kind: string;
  date: string;
  title: string;
  memberIds: string[];
  mode: string;
  where: string;
  note: string;
}

export type ActivityField = 'kind' | 'date' | 'title' | 'memberIds' | 'mode' | 'where' | 'note';
export type ActivityValue = Pick<DutyActivity, 'kind' | 'date' | 'title' | 'memberIds' | 'mode' | 'where' | 'note'>;

export const ACTIVITY_TEXT: Record<DutyActivity['kind'], { title: string; where: string; mode: string }> = {
  speech: { title: '发言题目', where: '在哪次会议（如 十届四次会议）', mode: '发言方式' },
  activity: { title: '活动内容', where: '地点或组织单位', mode: '活动类型' },
  service: { title: '惠民行动内容', where: '服务对象', mode: '' },
};

export function checkActivity(input: ActivityInput, today: string): { ok: true; value: ActivityValue } | { ok: false; errors: Partial<Record<ActivityField, string>> } {
  const errors: Partial<Record<ActivityField, string>> = {};
  const kind = input.kind as DutyActivity['kind'];
  if (!(ACTIVITY_KINDS as readonly string[]).includes(kind)) return { ok: false, errors: { kind: '请选择：大会发言、调研视察等活动或委员惠民行动' } };
  const text = ACTIVITY_TEXT[kind];
  const d = parseLocalDate(input.date);
  if (!d.ok) errors.date = `日期：${d.message}`;
  else if (d.value > today) errors.date = `日期：${d.value} 还没到，不能晚于今天（${today}）`;
  const title = input.title.trim();
  if (!title) errors.title = `${text.title}：请填写`;
  else if (charCount(title) > 100) errors.title = `${text.title}：不能超过 100 个字`;
  const memberIds = [...new Set(input.memberIds)];
  if (!memberIds.length) errors.memberIds = '委员：请选择至少一名委员';
  else if (memberIds.length > 500) errors.memberIds = '委员：一次最多 500 名';
  let mode = input.mode.trim();
  if (kind === 'speech' && !(SPEECH_MODES as readonly string[]).includes(mode)) errors.mode = `发言方式：请选择${SPEECH_MODES.join('或')}`;
  if (kind === 'activity' && !(ONE_OFF_KINDS as readonly string[]).includes(mode)) errors.mode = `活动类型：请选择 ${ONE_OFF_KINDS.join('、')} 之一`;
  if (kind === 'service') mode = '';
  const where = input.where.trim();
  if (charCount(where) > 60) errors.where = `${text.where.replace(/（.*）/, '')}：不能超过 60 个字`;
  const note = input.note.trim();
  if (charCount(note) > 500) errors.note = '备注：不能超过 500 字';
  if (Object.keys(errors).length || !d.ok) return { ok: false, errors };
  return { ok: true, value: { kind, date: d.value, title, memberIds, mode, where, note } };
}
