import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/host';
import { DATASET_SIZES } from '../../shared/demo/datasets';
import type { Baseline, Measurement } from '../spec';
import type { NodeCtx, NodeRow } from './types';

/**
 * The exchange rows need two installations: a street office (a second
 * browser host over its own data folder) exports its records to a "stick"
 * folder; HQ (the bench's own host) enrols the office and imports the bundle,
 * then imports it again. One run measures all three rows.
 */
interface SyncRun {
  export: { ms: number; gatherAndSendMs: number; signAndWriteMs: number; totalOps: number; bytes: number; floor: Baseline; avgBytes: number };
  import: { ms: number; verifyMs?: number; applyChunksMs?: number; status: string; applied: number; skipped: number };
  again: { ms: number; status: string; applied: number; skipped: number };
  baselines: { records: number; avgBytes: number; baselines: Baseline[] };
  officeCounts: Record<string, number>;
}

type Task = (name: string, args?: unknown) => Promise<unknown>;

function tasksOf(host: BrowserHost): Task {
  return (name, args = {}) => host.page.evaluate(([n, a]) => window.__bench!.task(n, a), [name, args] as const);
}

async function openBench(host: BrowserHost, url: string): Promise<void> {
  await host.page.goto(url);
  await host.page.waitForFunction(() => !!window.__bench, undefined, { timeout: 60_000 });
}

let shared: { key: NodeCtx; run: Promise<SyncRun> } | null = null;

function syncRun(ctx: NodeCtx): Promise<SyncRun> {
  if (shared?.key !== ctx) shared = { key: ctx, run: measureSync(ctx) };
  return shared.run;
}

async function measureSync(ctx: NodeCtx): Promise<SyncRun> {
  const count = DATASET_SIZES[ctx.size].bundle;
  const officeDir = mkdtempSync(path.join(os.tmpdir(), 'cd-bench-office-'));
  const office = await startBrowserHost({ dataDir: officeDir, headless: true, folderAnswers: [ctx.stick, ctx.stick] });
  try {
    await openBench(office, ctx.benchUrl);
    await office.page.evaluate(() => window.__bench!.setup({ name: '西林街道政协工委', code: 'ZL-01', role: 'office' }));
    const officeTask = tasksOf(office);
    ctx.log(`    filling the office with ${count} records …`);
    const officeCounts = (await officeTask('fillOffice', { count, members: ctx.size === 'tiny' ? 40 : 3000 })) as Record<string, number>;
    ctx.log(`    ${Object.entries(officeCounts).map(([t, n]) => `${t} ${n}`).join(', ')}; exporting …`);
    const exported = (await officeTask('exportToStick')) as SyncRun['export'] & { fileName: string };

    const hq = tasksOf(ctx.host);
    await openBench(ctx.host, ctx.benchUrl);
    const { picked, office: code } = (await hq('enrolFromStick', { fileName: exported.fileName })) as { picked: string; office: string };
    ctx.log('    importing at HQ …');
    const first = (await hq('importFromStick', { picked, fileName: exported.fileName })) as SyncRun['import'];
    const again = (await hq('importFromStick', { picked, fileName: exported.fileName })) as SyncRun['again'];
    ctx.log('    raw bulkPut and PouchDB on the imported records …');
    const baselines = (await hq('importBaselines', { office: code, repeats: ctx.repeats })) as SyncRun['baselines'];
    return { export: exported, import: first, again, baselines, officeCounts };
  } finally {
    await office.close();
    rmSync(officeDir, { recursive: true, force: true });
  }
}

const common = { unit: 'ms' as const, stat: 'median' as const, source: 'performance.md', built: true, phase: 'after' as const };

export const rows: NodeRow[] = [
  {
    ...common,
    id: 'sync-import',
    name: 'import a 100,000-record bundle',
    budget: '≤ 1.5 × raw bulkPut; faster than PouchDB',
    limits: [{ against: 'bulkPut', max: 1.5 }, { against: 'pouchdb', max: 1 }],
    async run(ctx): Promise<Measurement> {
      const r = await syncRun(ctx);
      if (r.import.status !== 'imported') throw new Error(`the import ended with ${r.import.status}`);
      return {
        figure: r.import.ms,
        samples: 1,
        baselines: r.baselines.baselines,
        detail: { records: r.baselines.records, verifyMs: r.import.verifyMs ?? 0, applyChunksMs: r.import.applyChunksMs ?? 0, opsApplied: r.import.applied, avgBytes: r.baselines.avgBytes, bundleBytes: r.export.bytes },
        note: 'importBundle at HQ: main verifies the signed file, then the renderer applies it in chunks of 5,000 ops',
      };
    },
  },
  {
    ...common,
    id: 'sync-reimport',
    name: 'import the same bundle again',
    budget: '≤ 0.1 × the first import',
    limits: [{ against: 'firstImport', max: 0.1 }],
    async run(ctx): Promise<Measurement> {
      const r = await syncRun(ctx);
      return {
        figure: r.again.ms,
        samples: 1,
        baselines: [{ key: 'firstImport', kind: 'reference', name: 'the first import of the same bundle', figure: r.import.ms, ok: r.import.status === 'imported' }],
        detail: { outcome: r.again.status, applied: r.again.applied, skipped: r.again.skipped },
      };
    },
  },
  {
    ...common,
    id: 'sync-export',
    name: 'export 100,000 changed records',
    budget: '≤ 1.2 × reading them with toArray',
    limits: [{ against: 'toArray', max: 1.2 }],
    async run(ctx): Promise<Measurement> {
      const r = await syncRun(ctx);
      return {
        figure: r.export.ms,
        samples: 1,
        baselines: [r.export.floor],
        detail: { gatherAndSendMs: r.export.gatherAndSendMs, signAndWriteMs: r.export.signAndWriteMs, ops: r.export.totalOps, bundleBytes: r.export.bytes, avgBytes: r.export.avgBytes, ...r.officeCounts },
        note: 'exportBundle at the office: op log read by key range, NDJSON chunks to main, signed and written atomically',
      };
    },
  },
];
