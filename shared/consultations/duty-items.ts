import type { ConsultMeeting, ConsultTopic, Supervision } from '../domain/consultation';
import type { DutyItem } from '../duty/items';

/**
 * What consultations give the duty record (履职档案; plugged in at
 * shared/duty/producers/index.ts): one item per
 * member who spoke at a meeting held, and one per member per 民主监督 visit they
 * took part in (per visit, not per item: each visit is a day of duty, as each
 * session is). Attending a meeting counts through its 协商议事 session's
 * attendance, so it is not an item here.
 */
/** The duty record's item (shared/duty/items.ts), with the rules consultations feed. */
export type ConsultationDutyItem = DutyItem & { rule: 'consultation.speak' | 'supervision.take-part'; role: 'self' };

export function consultationDutyItems(
  meetings: readonly ConsultMeeting[],
  supervisions: readonly Supervision[],
  topics: ReadonlyMap<string, Pick<ConsultTopic, 'title'>> = new Map(),
): ConsultationDutyItem[] {
  const out: ConsultationDutyItem[] = [];
  for (const m of meetings) {
    if (m.deleted || !m.heldAt) continue;
    const title = topics.get(m.topicId)?.title ?? m.title;
    const spoke = new Set<string>();
    for (const s of m.speeches) {
      if (!s.memberId || spoke.has(s.memberId)) continue;
      spoke.add(s.memberId);
      out.push({ memberId: s.memberId, rule: 'consultation.speak', role: 'self', date: m.date, source: { table: 'consultMeetings', id: m.id }, label: `协商议事会《${title}》发言` });
    }
  }
  for (const s of supervisions) {
    if (s.deleted) continue;
    s.visits.forEach((v) => {
      for (const memberId of new Set(v.memberIds)) {
        out.push({ memberId, rule: 'supervision.take-part', role: 'self', date: v.date, source: { table: 'supervisions', id: s.id }, label: `民主监督《${s.title}》${v.kind}` });
      }
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.memberId.localeCompare(b.memberId));
}
