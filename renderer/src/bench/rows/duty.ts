import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ThemeProvider } from '@mui/material';
import type { Measurement } from '../../../../bench/spec';
import { theme } from '../../app/theme';
import { db } from '../../db';
import { DUTY_TABLES, dropDutySnapshot, loadDutySnapshot } from '../../features/duty/data/load';
import { MemberDutyPage } from '../../features/duty/MemberDutyPage';
import { RankingPage } from '../../features/duty/RankingPage';
import { useDutyUi } from '../../features/duty/store';
import { keptSnapshot } from '../../features/duty/data/kept';
import { rankGrouped } from '../../../../shared/duty/ranking';
import { periodOf } from '../../../../shared/duty/summary';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

/**
 * The duty record's rows (issue 15), on what the loader put in the database
 * (hq: 3,000 members, five years of sessions, attendance, suggestions,
 * proposals, 社情民意 and other duties): the ranking screen mounted cold, from
 * mount to its first rows drawn (the loader reads every source table, the
 * producers make the items, the engine scores every member for the term);
 * and one member's record page once the data is in memory.
 */

async function mountUntil(el: ReactElement, testId: string): Promise<{ ms: number; text: string; close(): void }> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:0;top:0;width:1166px;height:768px;overflow:hidden';
  document.body.appendChild(host);
  const root = createRoot(host);
  const t0 = performance.now();
  root.render(createElement(ThemeProvider, { theme }, el));
  await new Promise<void>((resolve) => {
    const tick = () => (host.querySelector(`[data-testid="${testId}"]`) ? resolve() : requestAnimationFrame(tick));
    tick();
  });
  await new Promise((f) => requestAnimationFrame(f));
  const ms = performance.now() - t0;
  return { ms, text: host.textContent ?? '', close: () => { root.unmount(); host.remove(); } };
}

/** The term holding the last data year: five years of every member scored. */
function termKey(): string {
  return 'term:十届';
}

async function ranking(ctx: PageCtx): Promise<Measurement> {
  useDutyUi.getState().set({ period: termKey(), sector: '', committee: '', status: '', onlyShort: false });
  const open = async () => {
    dropDutySnapshot();
    const m = await mountUntil(createElement(MemoryRouter, null, createElement(RankingPage)), 'ranking-row');
    m.close();
    return m;
  };
  // The first open ever (nothing kept): every source table read, the items made, then kept (data/kept.ts).
  await db.meta.delete('memo:duty.items');
  const first = await open();
  for (let i = 0; i < 300 && !(await db.meta.get('memo:duty.items')); i++) await settle(100);
  await settle(500);
  const opens: number[] = [];
  const reads: number[] = [];
  let summary = '';
  for (let r = 0; r < (ctx.size === 'tiny' ? 1 : 3); r++) {
    const m = await open();
    opens.push(m.ms);
    summary = /共 \d+ 名(在任)?委员，\d+ 名未达到基本要求/.exec(m.text)?.[0] ?? '';
    // Let the loader behind it finish before the next open.
    await loadDutySnapshot();
    reads.push(await timed(() => Promise.all(DUTY_TABLES.map((t) => db.table(t).toArray()))));
    await settle(200);
  }
  // Where the open's time goes: the kept items read and unpacked, then scored and ranked for the term.
  let kept: Awaited<ReturnType<typeof keptSnapshot>>;
  const keptMs = await timed(async () => { kept = await keptSnapshot(); });
  const rankMs = await timed(async () => { rankGrouped(kept!.members, kept!.byMember, kept!.table, periodOf(termKey(), kept!.table.terms)!, new Date().getFullYear()); });
  const snap = await loadDutySnapshot();
  const yearMs = await timed(async () => {
    useDutyUi.getState().set({ period: `year:${new Date().getFullYear() - 1}` });
    const m = await mountUntil(createElement(MemoryRouter, null, createElement(RankingPage)), 'ranking-row');
    m.close();
  });
  return {
    figure: median(opens),
    samples: opens.length,
    baselines: [{ key: 'toArray', kind: 'floor', name: 'raw toArray of every table the duty record reads', figure: median(reads), ok: true }],
    detail: { members: snap.members.length, items: snap.items.length, summary, firstOpenEverMs: Math.round(first.ms), keptReadMs: Math.round(keptMs), scoreAndRankMs: Math.round(rankMs), yearViewWarmMs: Math.round(yearMs) },
    note: 'RankingPage mounted with nothing in memory, for the term (five years): from the items kept at this data version (data/kept.ts), scored and ranked, first rows drawn; the first open ever (nothing kept: every source table read) in detail',
  };
}

async function memberRecord(ctx: PageCtx): Promise<Measurement> {
  const snap = await loadDutySnapshot();
  // Members with the most items: the heaviest records.
  const heavy = [...snap.byMember.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, ctx.size === 'tiny' ? 2 : 7).map(([id]) => id);
  useDutyUi.getState().set({ period: termKey() });
  const times: number[] = [];
  let items = 0;
  for (const id of heavy) {
    const el = createElement(MemoryRouter, { initialEntries: [`/duty/member/${id}`] }, createElement(Routes, null, createElement(Route, { path: '/duty/member/:id', element: createElement(MemberDutyPage) })));
    const m = await mountUntil(el, 'duty-total');
    times.push(m.ms);
    items = Math.max(items, snap.byMember.get(id)?.length ?? 0);
    m.close();
    await settle(50);
  }
  return {
    figure: median(times),
    samples: times.length,
    baselines: [],
    detail: { maxItems: items, worstMs: Math.round(Math.max(...times)) },
    note: 'MemberDutyPage of the members with the most items, term view, data in memory (the ranking or the member page loaded it): score, breakdown and item list drawn',
  };
}

export const rows: PageRow[] = [
  { id: 'duty-ranking', name: 'duty ranking of 3,000 members over five years, from opening the screen', budget: '≤ 1 s', limits: [{ max: 1000 }], unit: 'ms', stat: 'median', source: 'issue 15', built: true, run: ranking },
  { id: 'duty-member', name: 'a member\'s duty record', budget: '≤ 200 ms', limits: [{ max: 200 }], unit: 'ms', stat: 'median', source: 'issue 15', built: true, run: memberRecord },
];
