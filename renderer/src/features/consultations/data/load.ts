import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsultMeeting, ConsultTopic, Measure, Supervision } from '../../../../../shared/domain/consultation';
import type { ConsultData } from '../../../../../shared/consultations/figures';
import type { SyncMeta } from '../../../../../shared/sync/record';
import { dataVersion, TableCache } from '../../../db/table-cache';

/**
 * Every topic, meeting, 民主监督 item and measure in memory (a few thousand rows even with ten
 * years at HQ), read once (首页's overdue card reads them at start) and then brought up to date
 * from the op log: after a write or an import only the touched records are read again, instead
 * of every row on every change.
 */
interface Maps {
  consultTopics: Map<string, ConsultTopic>;
  consultMeetings: Map<string, ConsultMeeting>;
  supervisions: Map<string, Supervision>;
  consultMeasures: Map<string, Measure>;
}

export interface LoadedConsultData extends ConsultData {
  topics: ConsultTopic[];
  meetings: ConsultMeeting[];
  supervisions: Supervision[];
  measures: Measure[];
}

let rev = 0;
let last: { rev: number; data: LoadedConsultData } | null = null;
const cache = new TableCache<Maps>(['consultTopics', 'consultMeetings', 'supervisions', 'consultMeasures'], { loaded: () => { rev++; }, changed: () => { rev++; } });

const live = <T extends SyncMeta>(m: Map<string, T>) => [...m.values()].filter((r) => r.deleted === 0);

export async function loadConsultData(): Promise<LoadedConsultData> {
  const maps = await cache.snapshot();
  if (last?.rev !== rev) {
    last = { rev, data: { topics: live(maps.consultTopics), meetings: live(maps.consultMeetings), supervisions: live(maps.supervisions), measures: live(maps.consultMeasures) } };
  }
  return last.data;
}

/** Forget the records held (the bench's cold open; another database). */
export function dropConsultData(): void {
  cache.drop();
  last = null;
}

/** The data, live (refreshed on every write or import). Undefined while the first load runs. */
export function useConsultData(): LoadedConsultData | undefined {
  const version = useLiveQuery(() => dataVersion(), []);
  const [data, setData] = useState<LoadedConsultData | undefined>(() => (last?.rev === rev ? last.data : undefined));
  useEffect(() => {
    if (version === undefined) return;
    let on = true;
    void loadConsultData().then((d) => { if (on) setData(d); });
    return () => { on = false; };
  }, [version]);
  return data;
}
