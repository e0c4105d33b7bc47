import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsultMeeting, ConsultTopic, Measure, Supervision } from '../../../../../shared/domain/consultation';
import type { ConsultData } from '../../../../../shared/consultations/figures';
import { repos } from '../../../db';

/** Every topic, meeting, 民主监督 item and measure not deleted: a few thousand rows even with ten years at HQ, read whole. */
export async function loadConsultData(): Promise<ConsultData & { topics: ConsultTopic[]; meetings: ConsultMeeting[]; supervisions: Supervision[]; measures: Measure[] }> {
  const [topics, meetings, supervisions, measures] = await Promise.all([repos.consultTopics.all(), repos.consultMeetings.all(), repos.supervisions.all(), repos.consultMeasures.all()]);
  return { topics, meetings, supervisions, measures };
}

export type LoadedConsultData = Awaited<ReturnType<typeof loadConsultData>>;

/** The data, live (refreshed on every write or import). Undefined while loading. */
export function useConsultData(): LoadedConsultData | undefined {
  return useLiveQuery(loadConsultData, []);
}
