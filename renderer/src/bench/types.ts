import type { BenchSize, Measurement, RowSpec } from '../../../bench/spec';

/** What the Node harness passes to a row run in the page. */
export interface PageCtx {
  size: BenchSize;
  seed: number;
  /** How many times to repeat heavy operations (bulk writes); light ones repeat many more. */
  repeats: number;
}

/**
 * A budget row measured inside the bench page. `run` calls the app's own
 * modules (the code path the UI uses) and measures its floor or peer in the
 * same page; rows whose capability is missing set built: false and no run.
 */
export interface PageRow extends RowSpec {
  run?: (ctx: PageCtx) => Promise<Measurement>;
}
