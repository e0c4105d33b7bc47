import { memberSortKey } from '../../../shared/pinyin';

/**
 * Local fields computed from synced ones on every write, local or imported.
 * They are not stamped and never travel in ops: each node derives its own.
 */
export const DERIVED: Record<string, (rec: Record<string, unknown>) => Record<string, unknown>> = {
  members: (m) => ({ sortKey: memberSortKey(String(m.name ?? '')) }),
};

export function withDerived<T extends Record<string, unknown>>(table: string, rec: T): T {
  const derive = DERIVED[table];
  return derive ? { ...rec, ...derive(rec) } : rec;
}
