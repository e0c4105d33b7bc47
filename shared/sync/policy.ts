/**
 * What the exchange needs to know about each synced table, declared per table
 * so a capability that adds a table declares it here (or takes the defaults)
 * and writes no sync code.
 */
export interface TablePolicy {
  /**
   * Fields that matter: when two nodes wrote different values concurrently,
   * the loser is kept in the conflicts table for a person to review.
   */
  conflictFields: readonly string[];
  /**
   * What HQ sends back to an office from this table:
   * - 'office': the office's own records (as HQ corrected them);
   * - 'office+hq': those plus the records HQ itself owns (reference lists, campaigns);
   * - 'none': nothing.
   */
  hqSends: 'office' | 'office+hq' | 'none';
}

/** Fields that matter in any table that has them (status, reply class, decision, the tombstone). */
export const DEFAULT_CONFLICT_FIELDS = ['status', 'replyClass', 'decision', 'deleted'] as const;

const DEFAULT_POLICY: TablePolicy = { conflictFields: DEFAULT_CONFLICT_FIELDS, hqSends: 'office' };

/** Per-table declarations; a table not named here takes DEFAULT_POLICY. */
export const TABLE_POLICIES: Record<string, Partial<TablePolicy>> = {
  members: { hqSends: 'office' },
  // HQ's reference lists go to every office; an office's own lists go back to it.
  refLists: { hqSends: 'office+hq', conflictFields: ['deleted'] },
  campaigns: { hqSends: 'office+hq' },
  // Session plans HQ makes go to every office (sync.md); attendance stays with the office that recorded it.
  sessions: { hqSends: 'office+hq' },
};

export function policyOf(table: string): TablePolicy {
  return { ...DEFAULT_POLICY, ...TABLE_POLICIES[table] };
}

/** Whether HQ's export to `destOffice` carries a record of `table` owned by `recordOffice`. */
export function hqSendsRecord(table: string, recordOffice: string | undefined, destOffice: string, hqOffice: string): boolean {
  const p = policyOf(table).hqSends;
  if (p === 'none') return false;
  if (recordOffice === destOffice) return true;
  return p === 'office+hq' && recordOffice === hqOffice;
}
