import type { RowSpec } from '../../../bench/spec';
import type { PageRow } from './types';

/**
 * Every in-page row: each file in ./rows exports `row` (or `rows`). A
 * capability adds its budget rows by adding one file there.
 */
const modules = import.meta.glob<{ row?: PageRow; rows?: PageRow[] }>('./rows/*.ts', { eager: true });

export const PAGE_ROWS: PageRow[] = Object.values(modules).flatMap((m) => [...(m.rows ?? []), ...(m.row ? [m.row] : [])]);

export function specOf(row: PageRow): RowSpec {
  const { run: _run, ...spec } = row;
  return spec;
}

/** Steps of rows that span pages or hosts (driven from bench/rows/): each file in ./tasks exports `tasks`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Task = (args: any) => Promise<unknown>;
const taskModules = import.meta.glob<{ tasks: Record<string, Task> }>('./tasks/*.ts', { eager: true });
export const TASKS: Record<string, Task> = Object.assign({}, ...Object.values(taskModules).map((m) => m.tasks));
