import { consultationDutyItems, type ConsultationDutyItem } from '../../../../../shared/consultations/duty-items';
import { repos } from '../../../db';

/** For the duty record's loader (issue 15): every speaking and supervision item of the members, from the tables as they are. */
export async function loadConsultationDutyItems(): Promise<ConsultationDutyItem[]> {
  const [meetings, supervisions, topics] = await Promise.all([repos.consultMeetings.all(), repos.supervisions.all(), repos.consultTopics.all()]);
  return consultationDutyItems(meetings, supervisions, new Map(topics.map((t) => [t.id, t])));
}
