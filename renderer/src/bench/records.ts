import { benchRecords, type BenchRecord } from '../../../shared/demo/records';
import type { PageCtx } from './types';

/** The generated bundle-sized records of this run, made once per page. */
let cached: { key: string; records: BenchRecord[] } | null = null;

export function floorRecords(ctx: PageCtx): BenchRecord[] {
  const key = `${ctx.size}:${ctx.seed}`;
  if (cached?.key !== key) cached = { key, records: benchRecords(ctx.size, undefined, ctx.seed) };
  return cached.records;
}
