import type { DutyItem } from '../../../../shared/duty/items';

/**
 * Where a breakdown line opens the record that earned it, per source table.
 * A capability that plugs a producer into the duty record (shared/duty/producers)
 * adds its tables here.
 */
export const SOURCE_ROUTES: Record<string, (source: DutyItem['source']) => string | null> = {
  attendance: (s) => (s.opens ? `/sessions/${s.opens}` : null),
  suggestions: ({ id }) => `/suggestions/${id}`,
  proposals: ({ id }) => `/proposals/${id}`,
  reports: ({ id }) => `/reports/${id}`,
  dutyActivities: ({ id }) => `/duty/activities?show=${encodeURIComponent(id)}`,
  consultMeetings: ({ id }) => `/consultations/meetings/${id}`,
  supervisions: ({ id }) => `/consultations/supervision/${id}`,
};

export function sourceRoute(source: DutyItem['source']): string | null {
  return SOURCE_ROUTES[source.table]?.(source) ?? null;
}
