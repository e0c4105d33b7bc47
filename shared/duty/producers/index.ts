import { consultationDutyItems } from '../../consultations/duty-items';
import type { ConsultMeeting, ConsultTopic, Supervision } from '../../domain/consultation';
import type { DutyActivity } from '../../domain/duty';
import type { CoSignature, StoredProposal } from '../../domain/proposal';
import type { Report } from '../../domain/report';
import type { Attendance, StudySession } from '../../domain/session';
import type { Suggestion } from '../../domain/suggestion';
import type { SyncMeta } from '../../sync/record';
import type { DutyItem } from '../items';
import { activityItems } from './activities';
import { attendanceItems } from './attendance';
import { proposalItems } from './proposals';
import { reportItems } from './reports';
import { suggestionItems } from './suggestions';

/** The records of the synced tables the producers read, not deleted, by table name. */
export type DutyTables = Readonly<Record<string, readonly SyncMeta[] | undefined>>;

/**
 * A capability's contribution to the duty record: the tables it reads and
 * the pure function that turns their records into items.
 */
export interface DutyProducer {
  name: string;
  tables: readonly string[];
  /**
   * The table whose records the items stand for (every item's `source.table`):
   * its records are read a page at a time, and one record's items are made
   * from that record alone with the producer's other tables (small ones:
   * sessions, co-signatures, topics) beside it. So the renderer's loader keeps
   * items, not records, and after a change makes again only the items of the
   * records touched (a change in another table: the producer's items all).
   */
  rows: string;
  produce: (t: DutyTables) => DutyItem[];
}

const rows = <T>(t: DutyTables, table: string): readonly T[] => (t[table] ?? []) as unknown as readonly T[];

/**
 * THE place a capability plugs into the duty record: add its producer here
 * (its tables are then read by the renderer's one loader,
 * renderer/src/features/duty/data/load.ts, and its rule keys must have rows in
 * ./rules.ts DEFAULT_RULES, or its items are listed at 0 points with a note).
 */
export const PRODUCERS: readonly DutyProducer[] = [
  { name: '学习活动出席', tables: ['sessions', 'attendance'], rows: 'attendance', produce: (t) => attendanceItems(rows<StudySession>(t, 'sessions'), rows<Attendance>(t, 'attendance')) },
  { name: '献一计', tables: ['suggestions'], rows: 'suggestions', produce: (t) => suggestionItems(rows<Suggestion>(t, 'suggestions')) },
  { name: '提案', tables: ['proposals', 'proposalCoSigners'], rows: 'proposals', produce: (t) => proposalItems(rows<StoredProposal>(t, 'proposals'), rows<CoSignature>(t, 'proposalCoSigners')) },
  { name: '社情民意', tables: ['reports'], rows: 'reports', produce: (t) => reportItems(rows<Report>(t, 'reports')) },
  { name: '其他履职', tables: ['dutyActivities'], rows: 'dutyActivities', produce: (t) => activityItems(rows<DutyActivity>(t, 'dutyActivities')) },
  {
    name: '协商议事会发言',
    tables: ['consultMeetings', 'consultTopics'],
    rows: 'consultMeetings',
    produce: (t) => consultationDutyItems(rows<ConsultMeeting>(t, 'consultMeetings'), [], new Map(rows<ConsultTopic>(t, 'consultTopics').map((x) => [x.id, x]))),
  },
  { name: '民主监督', tables: ['supervisions'], rows: 'supervisions', produce: (t) => consultationDutyItems([], rows<Supervision>(t, 'supervisions')) },
];

/** Every table some producer reads. */
export const DUTY_SOURCE_TABLES: readonly string[] = [...new Set(PRODUCERS.flatMap((p) => p.tables))];

/** Every item of every producer. */
export function dutyItems(t: DutyTables, producers: readonly DutyProducer[] = PRODUCERS): DutyItem[] {
  return producers.flatMap((p) => p.produce(t));
}
