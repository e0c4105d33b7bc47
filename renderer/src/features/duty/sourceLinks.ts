import type { SyncMeta } from '../../../../shared/sync/record';

/**
 * Where a breakdown line opens the record that earned it, per source table.
 * A capability that plugs a producer into the duty record (shared/duty/producers)
 * adds its tables here.
 */
export const SOURCE_ROUTES: Record<string, (id: string, rec: SyncMeta | undefined) => string> = {
  attendance: (_id, rec) => `/sessions/${(rec as { sessionId?: string } | undefined)?.sessionId ?? ''}`,
  suggestions: (id) => `/suggestions/${id}`,
  proposals: (id) => `/proposals/${id}`,
  reports: (id) => `/reports/${id}`,
  dutyActivities: () => '/duty/activities',
  consultMeetings: (id) => `/consultations/meetings/${id}`,
  supervisions: (id) => `/consultations/supervision/${id}`,
};

export function sourceRoute(table: string, id: string, rec: SyncMeta | undefined): string | null {
  return SOURCE_ROUTES[table]?.(id, rec) ?? null;
}
