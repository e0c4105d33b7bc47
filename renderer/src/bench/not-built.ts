import type { Limit, RowSpec, Stat, Unit } from '../../../bench/spec';
import type { PageRow } from './types';

/** A budget row whose capability is not in the app yet: listed, never faked. */
export function notBuilt(spec: {
  id: string;
  name: string;
  budget: string;
  limits: Limit[];
  unit?: Unit;
  stat: Stat;
  source?: string;
  missing: string;
}): PageRow {
  const row: RowSpec = { unit: 'ms', source: 'performance.md', ...spec, built: false };
  return row;
}
