/**
 * The bench harness: starts the browser host headless over a temporary data
 * folder, fills the app with generated data through the app's own loader,
 * measures every budget row (on the app's pages, in the bench page, or from
 * Node), and writes bench/results.json atomically.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atomicWrite } from '../electron/services/atomic-write';
import { BROWSER_HOST_ORIGIN } from '../electron/services/security';
import { startBrowserHost, type BrowserHost } from '../electron/browser-host/host';
import type { BenchApi } from '../renderer/src/bench/main';
import type { PageCtx } from '../renderer/src/bench/types';
import { machineInfo } from './machine';
import { NODE_ROWS } from './rows';
import { byRowOrder } from './rows/order';
import type { NodeCtx } from './rows/types';
import { evaluate, type BenchResults, type BenchSize, type Measurement, type RowResult, type RowSpec } from './spec';

export interface BenchOptions {
  size: BenchSize;
  /** Where results.json goes. */
  out: string;
  seed?: number;
  /** Repeat heavy steps this many times (median), for steadier figures on a quiet machine. */
  repeats?: number;
  /** Only these row ids (others are left out of the file). */
  only?: string[];
  /**
   * Keep the filled data folder here and reuse it on the next run with the
   * same size and seed (no fill: minutes saved at hq size while working on
   * a read row). Rows that write (import, export) change what the next run finds.
   */
  dataDir?: string;
  log?: (line: string) => void;
}

/** How often heavy steps (bulk writes of the whole bundle, PouchDB) repeat; light ones repeat more on their own. */
export const REPEATS: Record<BenchSize, number> = { tiny: 1, office: 1, hq: 1 };
const SEED = 20200101;

function notMeasured(spec: RowSpec, status: 'not built' | 'failed', note: string): RowResult {
  return {
    id: spec.id, name: spec.name, source: spec.source, status, figure: null, unit: spec.unit, stat: spec.stat, samples: 0,
    baseline: null, ratio: null, baselines: [], budget: spec.budget, limits: spec.limits, within: null, note,
  };
}

function measured(spec: RowSpec, m: Measurement): RowResult {
  const ev = evaluate(spec, m);
  return {
    id: spec.id, name: spec.name, source: spec.source, status: 'measured', figure: m.figure, unit: spec.unit, stat: spec.stat,
    samples: m.samples, ...ev, budget: spec.budget, limits: spec.limits, detail: m.detail, note: m.note,
  };
}

async function measure(spec: RowSpec, fn: (() => Promise<Measurement>) | undefined, log: (s: string) => void): Promise<RowResult> {
  if (!spec.built || !fn) return notMeasured(spec, 'not built', spec.missing ?? 'capability not built');
  log(`  ${spec.name} …`);
  const t0 = performance.now();
  try {
    const r = measured(spec, await fn());
    log(`    done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return r;
  } catch (e) {
    log(`    failed: ${(e as Error).message}`);
    return notMeasured(spec, 'failed', (e as Error).message.split('\n')[0]);
  }
}

async function openBenchPage(host: BrowserHost, url: string): Promise<void> {
  await host.page.goto(url);
  await host.page.waitForFunction(() => !!window.__bench, undefined, { timeout: 60_000 });
}

function inPage(host: BrowserHost) {
  return {
    rows: () => host.page.evaluate(() => window.__bench!.rows()),
    prepare: (size: BenchSize) =>
      host.page.evaluate(
        ([s]) => window.__bench!.prepare({ name: '钟楼区政协机关（性能测试）', code: 'BENCH-HQ', role: 'hq' }, s),
        [size] as const,
      ),
    run: (id: string, ctx: PageCtx) => host.page.evaluate(([i, c]) => window.__bench!.run(i, c), [id, ctx] as const),
  } satisfies Record<string, (...a: never[]) => Promise<unknown>>;
}

export async function runBench(opts: BenchOptions): Promise<BenchResults> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const seed = opts.seed ?? SEED;
  const startedAt = new Date().toISOString();
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : mkdtempSync(path.join(os.tmpdir(), 'cd-bench-'));
  if (opts.dataDir) mkdirSync(dataDir, { recursive: true });
  const marker = path.join(dataDir, 'bench-filled.json');
  const filledAs = JSON.stringify({ size: opts.size, seed });
  const reuse = !!opts.dataDir && existsSync(marker) && readFileSync(marker, 'utf8') === filledAs;
  const keep = (id: string) => !opts.only || opts.only.includes(id);
  const stick = mkdtempSync(path.join(os.tmpdir(), 'cd-bench-stick-'));
  const host = await startBrowserHost({ dataDir, headless: true, folderAnswers: Array(20).fill(stick) });
  try {
    const page = inPage(host);
    const benchUrl = `${BROWSER_HOST_ORIGIN}/bench.html`;
    const ctx: NodeCtx = { host, size: opts.size, seed, repeats: opts.repeats ?? REPEATS[opts.size], appUrl: `${BROWSER_HOST_ORIGIN}/`, benchUrl, stick, log };
    const pageCtx: PageCtx = { size: opts.size, seed, repeats: opts.repeats ?? REPEATS[opts.size] };
    const results: RowResult[] = [];

    await openBenchPage(host, benchUrl);
    if (reuse) log(`Reusing the ${opts.size} data set filled earlier in ${dataDir}.`);
    else {
      log(`Filling the app with the ${opts.size} data set through its own loader …`);
      const t0 = performance.now();
      const counts = await page.prepare(opts.size);
      log(`  ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      if (opts.dataDir) writeFileSync(marker, filledAs);
    }

    log('On the app\'s own pages:');
    for (const r of NODE_ROWS.filter((n) => n.phase === 'app' && keep(n.id))) results.push(await measure(r, r.run && (() => r.run!(ctx)), log));

    log('In the bench page:');
    await openBenchPage(host, benchUrl);
    const specs = (await page.rows()).filter((s) => keep(s.id)).sort(byRowOrder);
    // Floors first: later rows reuse them when they measure the same records.
    const ordered = [...specs.filter((s) => s.source.includes('floors')), ...specs.filter((s) => !s.source.includes('floors'))];
    for (const s of ordered) results.push(await measure(s, () => page.run(s.id, pageCtx), log));

    log('From Node:');
    for (const r of NODE_ROWS.filter((n) => n.phase === 'after' && keep(n.id))) results.push(await measure(r, r.run && (() => r.run!(ctx)), log));

    const res: BenchResults = {
      version: 1,
      startedAt,
      finishedAt: new Date().toISOString(),
      size: opts.size,
      seed,
      machine: await machineInfo(host),
      rows: results.sort(byRowOrder),
    };
    await atomicWrite(opts.out, `${JSON.stringify(res, null, 2)}\n`);
    return res;
  } finally {
    await host.close();
    if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(stick, { recursive: true, force: true });
  }
}

export type { BenchApi };
