import type { BenchSize, Measurement, RowSpec } from '../../../bench/spec';
import type { OfficeSetupInput } from '../../../shared/domain/office';
import { call } from '../app/api';
import { db } from '../db';
import { setIdentity } from '../db/identity';
import { loadDemoData } from '../features/demo/loadDemo';
import { PAGE_ROWS, specOf, TASKS } from './registry';
import type { PageCtx } from './types';

/**
 * The bench page (bench.html): served at the app's origin in its own
 * temporary profile, it imports the app's modules and runs the in-page rows
 * when the Node harness (bench/run.ts) asks through page.evaluate.
 */
export interface BenchApi {
  rows(): RowSpec[];
  run(id: string, ctx: PageCtx): Promise<Measurement>;
  /** Set up the office (if none yet) and fill it with the size's data through the app's own loader. */
  prepare(office: OfficeSetupInput, size: BenchSize): Promise<Record<string, number>>;
  /** Set up the office only (no data). */
  setup(office: OfficeSetupInput): Promise<void>;
  /** A step of a multi-page row (e.g. export on one office, import at HQ): see ./tasks. */
  task(name: string, args: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

const DEMO_SIZE_OF = { tiny: 'demo', office: 'office', hq: 'hq' } as const;

const api: BenchApi = {
  rows: () => PAGE_ROWS.map(specOf),
  async run(id, ctx) {
    const row = PAGE_ROWS.find((r) => r.id === id);
    if (!row?.run) throw new Error(`no runnable row ${id}`);
    const info = await call('app.info', {});
    if (info.office) setIdentity({ nodeId: info.office.nodeId, office: info.office.code });
    return row.run(ctx);
  },
  async prepare(office, size) {
    await api.setup(office);
    await loadDemoData(DEMO_SIZE_OF[size]);
    const counts: Record<string, number> = {};
    for (const t of db.tables) counts[t.name] = await t.count();
    return counts;
  },
  async setup(office) {
    const info = await call('app.info', {});
    const current = info.office ?? (await call('app.setup', office));
    setIdentity({ nodeId: current.nodeId, office: current.code });
  },
  async task(name, args) {
    const fn = TASKS[name];
    if (!fn) throw new Error(`no bench task ${name}`);
    const info = await call('app.info', {});
    if (info.office) setIdentity({ nodeId: info.office.nodeId, office: info.office.code });
    return fn(args);
  },
};

window.__bench = api;
document.getElementById('status')!.textContent = 'ready';
