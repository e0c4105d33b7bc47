import type { DutyActivity } from '../../domain/duty';
import type { DutyItem } from '../items';

export function activityRuleOf(a: Pick<DutyActivity, 'kind' | 'mode'>): string {
  if (a.kind === 'speech') return a.mode === '口头发言' ? 'speech.spoken' : 'speech.written';
  if (a.kind === 'service') return 'service.action';
  if (a.mode === '调研') return 'activity.research';
  if (a.mode === '视察' || a.mode === '考察') return 'activity.inspection';
  return 'activity.other';
}

/** 大会发言, one-off 调研/视察…, 委员惠民行动: one item for each member named. */
export function activityItems(activities: readonly DutyActivity[]): DutyItem[] {
  const out: DutyItem[] = [];
  for (const a of activities) {
    const rule = activityRuleOf(a);
    const label = a.kind === 'speech'
      ? `${a.where ? `在${a.where}` : ''}${a.mode}「${a.title}」`
      : a.kind === 'service' ? `委员惠民行动「${a.title}」${a.where ? `（服务对象：${a.where}）` : ''}` : `${a.mode}「${a.title}」`;
    for (const memberId of new Set(a.memberIds)) {
      out.push({ memberId, rule, role: 'self', date: a.date, source: { table: 'dutyActivities', id: a.id }, label });
    }
  }
  return out;
}
