import type { Member } from '../../../../shared/domain/member';
import type { Attendance, StudySession } from '../../../../shared/domain/session';
import { dataVersion, TableCache } from '../../db/table-cache';

/** The records the figures need, kept in memory and brought up to date from the op log (db/table-cache.ts). */
interface Snapshot {
  sessions: Map<string, StudySession>;
  attendance: Map<string, Attendance>;
  members: Map<string, Member>;
}

const cache = new TableCache<Snapshot>(['sessions', 'attendance', 'members']);

/** The records as they are now; concurrent callers share one read. */
export function figureSnapshot(): Promise<Snapshot> {
  return cache.snapshot();
}

/** Changes whenever any op is written or imported: a live query on it tells a page to refresh. */
export const figureVersion = dataVersion;

/** Forget the snapshot (another office opened, the database replaced). */
export function dropFigureSnapshot(): void {
  cache.drop();
}
