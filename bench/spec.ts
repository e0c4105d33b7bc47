/**
 * What a bench row is and what it reports. Shared by the Node harness
 * (bench/) and the in-page runner (renderer/src/bench/): no runtime imports.
 */

export type BenchSize = 'tiny' | 'office' | 'hq';
export type Unit = 'ms' | 'MB';
/** How the figure is taken from the samples. */
export type Stat = 'median' | 'p95' | 'max';

/** A limit the figure must meet: absolute (`max` in the row's unit) or as a ratio to a named baseline. */
export interface Limit {
  /** Baseline key; absent = absolute. */
  against?: string;
  max: number;
}

/** A budget row of docs/performance.md (or an issue's extra row). */
export interface RowSpec {
  id: string;
  /** The row's text as in the budget table. */
  name: string;
  /** The budget as written. */
  budget: string;
  limits: Limit[];
  unit: Unit;
  stat: Stat;
  /** Which issue adds it; rows from docs/performance.md say 'performance.md'. */
  source: string;
  /** False while the capability is not in the app: the row is listed as not built. */
  built: boolean;
  /** When not built: what is missing. */
  missing?: string;
}

/** A floor or peer measured in the same page and run, on the same records or strings. */
export interface Baseline {
  key: string;
  kind: 'floor' | 'peer' | 'reference';
  /** What was measured, e.g. "raw Dexie bulkPut, one transaction". */
  name: string;
  figure: number;
  /** Null when the baseline could not run (the note says why). */
  ok: boolean;
  note?: string;
}

/** What a row's measurement returns. */
export interface Measurement {
  figure: number;
  samples: number;
  baselines: Baseline[];
  /** Sizes and side figures worth keeping (records, average bytes, median when the stat is p95 …). */
  detail?: Record<string, number | string>;
  note?: string;
}

export interface BaselineResult extends Baseline {
  /** figure / baseline figure. */
  ratio: number | null;
  /** The limit against this baseline, if any. */
  maxRatio?: number;
  within?: boolean | null;
}

export type RowStatus = 'measured' | 'not built' | 'failed';

/** One entry of bench/results.json. */
export interface RowResult {
  id: string;
  name: string;
  source: string;
  status: RowStatus;
  figure: number | null;
  unit: Unit;
  stat: Stat;
  samples: number;
  /** The first floor or peer the budget compares with (or the first measured), for the table. */
  baseline: BaselineResult | null;
  ratio: number | null;
  baselines: BaselineResult[];
  budget: string;
  limits: Limit[];
  /** Null when not measured. */
  within: boolean | null;
  detail?: Record<string, number | string>;
  note?: string;
}

export interface Machine {
  os: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  browser: string;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  size: BenchSize;
  seed: number;
  machine: Machine;
  rows: RowResult[];
}

/** The figure at quantile q (0..1) of the samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  if (!samples.length) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[rank];
}

export function statOf(samples: number[], stat: Stat): number {
  if (stat === 'p95') return quantile(samples, 0.95);
  if (stat === 'max') return Math.max(...samples);
  return quantile(samples, 0.5);
}

/** Ratios and the within-budget verdict from a row's spec and its measurement. */
export function evaluate(spec: RowSpec, m: Measurement): Pick<RowResult, 'baselines' | 'baseline' | 'ratio' | 'within'> {
  const baselines: BaselineResult[] = m.baselines.map((b) => {
    const limit = spec.limits.find((l) => l.against === b.key);
    const ratio = b.ok && b.figure > 0 ? m.figure / b.figure : null;
    return { ...b, ratio, ...(limit ? { maxRatio: limit.max, within: ratio === null ? null : ratio <= limit.max } : {}) };
  });
  const verdicts = spec.limits.map((l) => {
    if (!l.against) return m.figure <= l.max;
    return baselines.find((b) => b.key === l.against)?.within ?? null;
  });
  const within = !verdicts.length ? null : verdicts.includes(false) ? false : verdicts.includes(null) ? null : true;
  const baseline = baselines.find((b) => b.maxRatio !== undefined) ?? baselines[0] ?? null;
  return { baselines, baseline, ratio: baseline?.ratio ?? null, within };
}
