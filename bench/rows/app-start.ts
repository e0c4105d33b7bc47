import type { Measurement } from '../spec';
import { median } from './stats';
import type { NodeCtx, NodeRow } from './types';

/**
 * Runs in every page before the app's scripts: records, relative to the
 * navigation start, the first frame after the shell (office name and main
 * navigation) or the setup screen is in the DOM: the first screen usable.
 */
const PROBE = `(() => {
  if (!location.pathname.endsWith('/') && !location.pathname.endsWith('index.html')) return;
  const usable = () =>
    (document.querySelector('[data-testid="office-name"]') && document.querySelector('nav[aria-label="主导航"] [role="button"], nav[aria-label="主导航"] .MuiListItemButton-root')) ||
    document.querySelector('form button[type="submit"]');
  let done = false;
  const check = () => {
    if (done || !usable()) return;
    done = true;
    obs.disconnect();
    const seen = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__cdFirstUsable = { seen, painted: performance.now() }; }, 0));
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true });
})();`;

async function firstUsable(ctx: NodeCtx): Promise<{ seen: number; painted: number }> {
  await ctx.host.page.waitForFunction(() => (window as unknown as { __cdFirstUsable?: unknown }).__cdFirstUsable, undefined, { timeout: 30_000 });
  return ctx.host.page.evaluate(() => (window as unknown as { __cdFirstUsable: { seen: number; painted: number } }).__cdFirstUsable);
}

export const row: NodeRow = {
  id: 'app-start',
  name: 'app start to first screen usable',
  budget: '≤ 1 s',
  limits: [{ max: 1000 }],
  unit: 'ms',
  stat: 'median',
  source: 'performance.md',
  built: true,
  phase: 'app',
  async run(ctx): Promise<Measurement> {
    const { page, context } = ctx.host;
    await context.addInitScript({ content: PROBE });
    const times: number[] = [];
    const seen: number[] = [];
    const reloads = ctx.size === 'tiny' ? 3 : 5;
    await page.goto(ctx.appUrl);
    await firstUsable(ctx); // warm the route and V8's code cache, as any start after the first would be
    for (let i = 0; i < reloads; i++) {
      await page.reload();
      const t = await firstUsable(ctx);
      times.push(t.painted);
      seen.push(t.seen);
    }
    return {
      figure: median(times),
      samples: times.length,
      baselines: [],
      detail: { max: Math.max(...times), min: Math.min(...times), shellInDomMedian: median(seen), shellOrSetup: 'shell with office' },
    };
  },
};
