import type { CDPSession } from 'playwright-core';
import type { Measurement } from '../spec';
import type { NodeCtx, NodeRow } from './types';

const MB = 1024 * 1024;

/** V8 heap in use after a full garbage collection, in MB. */
async function heapAfterGc(cdp: CDPSession): Promise<{ used: number; total: number; embedder: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number; embedderHeapUsedSize?: number };
  return { used: h.usedSize / MB, total: h.totalSize / MB, embedder: (h.embedderHeapUsedSize ?? 0) / MB };
}

/**
 * A screen may keep loading after it is drawn (live queries, caches): read the
 * heap until two reads half a second apart agree within 2 MB (at most ~4 s),
 * so what a screen holds is charged to that screen and not to the next.
 */
async function stableHeap(cdp: CDPSession, ctx: NodeCtx): Promise<{ used: number; total: number; embedder: number }> {
  let last = await heapAfterGc(cdp);
  for (let i = 0; i < 8; i++) {
    await ctx.host.page.waitForTimeout(500);
    const next = await heapAfterGc(cdp);
    if (Math.abs(next.used - last.used) < 2) return next;
    last = next;
  }
  return last;
}

/** Wait until a screen has drawn its data: no spinner in main, then a short settle for live queries. */
async function settleScreen(ctx: NodeCtx): Promise<void> {
  const { page } = ctx.host;
  await page.waitForFunction(() => !document.querySelector('main [role="progressbar"]'), undefined, { timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(ctx.size === 'tiny' ? 200 : 500);
}

export const row: NodeRow = {
  id: 'heap',
  name: 'renderer heap after visiting every screen',
  budget: '≤ 300 MB',
  limits: [{ max: 300 }],
  unit: 'MB',
  stat: 'max',
  source: 'performance.md',
  built: true,
  phase: 'app',
  async run(ctx): Promise<Measurement> {
    const { page, context } = ctx.host;
    await page.goto(ctx.appUrl);
    await page.getByTestId('office-name').waitFor({ timeout: 60_000 });
    await settleScreen(ctx);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const atStart = await heapAfterGc(cdp);
    const nav = page.locator('nav[aria-label="主导航"] .MuiListItemButton-root');
    const count = await nav.count();
    const detail: Record<string, number | string> = { screens: count, atStartMB: round(atStart.used) };
    let peak = atStart.used;
    for (let i = 0; i < count; i++) {
      const label = (await nav.nth(i).innerText()).trim();
      await nav.nth(i).click();
      await settleScreen(ctx);
      const h = await stableHeap(cdp, ctx);
      detail[`after ${label}`] = round(h.used);
      peak = Math.max(peak, h.used);
    }
    // What a screen started loading may still be on its way (the duty record reads every source table behind
    // the kept items, about 10 s at hq): wait for it, so that the figure holds it too.
    await ctx.host.page.waitForTimeout(ctx.size === 'tiny' ? 500 : 15_000);
    const end = await stableHeap(cdp, ctx);
    detail.endMB = round(end.used);
    detail.embedderMB = round(end.embedder);
    await cdp.detach();
    return {
      figure: round(Math.max(peak, end.used)),
      samples: count + 1,
      baselines: [{ key: 'atStart', kind: 'reference', name: 'heap after start, before visiting screens', figure: round(atStart.used), ok: true }],
      detail,
      note: 'V8 heap used after a forced GC, the largest seen after any screen or 15 s after the last',
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
