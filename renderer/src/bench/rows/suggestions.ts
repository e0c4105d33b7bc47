import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { ThemeProvider } from '@mui/material';
import type { Measurement } from '../../../../bench/spec';
import { statOf } from '../../../../bench/spec';
import { Rng } from '../../../../shared/demo/random';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { similarity } from '../../../../shared/text/similarity';
import { theme } from '../../app/theme';
import { repos } from '../../db';
import { ListPage } from '../../features/suggestions/list/ListPage';
import { filterRows, sortedSuggestions } from '../../features/suggestions/list/listRows';
import { dropSuggestionData, loadSuggestionData } from '../../features/suggestions/store';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

/**
 * 献一计's rows, on the suggestions the loader put in the database (50,000 at
 * hq size): the list's own search (filterRows over the shared bigram index)
 * and the intake's similar check (SuggestionIndex.similar), each against a
 * linear scan of the same texts in the same run; and the list page itself,
 * mounted in this page, from mount to its first rows drawn.
 */

const prefixes = (s: string) => Array.from({ length: [...s].length }, (_, i) => [...s].slice(0, i + 1).join(''));

/** What a person types into the search box, one keystroke at a time: phrases of the texts, places, a submitter's name. */
function typedSearches(list: readonly Suggestion[], seed: number): string[] {
  const rng = new Rng(seed + 21);
  const phrases = ['加装电梯', '停车难', '社区养老服务', '12345热线', '非机动车停放', '营商环境', '垃圾分类投放点', '历史文化街区'];
  const out = phrases.flatMap(prefixes);
  for (const s of rng.sample(list, 10)) out.push(...prefixes(s.submitter.name), ...prefixes(s.title.slice(4, 10)));
  return out;
}

async function fulltext(ctx: PageCtx): Promise<Measurement> {
  dropSuggestionData();
  let data = await loadSuggestionData();
  const buildMs = await timed(() => data.index());
  data = await loadSuggestionData();
  const sorted = sortedSuggestions(data);
  const strings = sorted.map((s) => `${s.title}\u0001${s.content}\u0001${s.submitter.name} ${s.submitter.unit}`);
  const queries = typedSearches(sorted, ctx.seed);
  const times: number[] = [];
  const scans: number[] = [];
  let hits = 0;
  for (let r = 0; r < (ctx.size === 'tiny' ? 1 : 3); r++) {
    for (const q of queries) {
      const t0 = performance.now();
      hits += filterRows(data, sorted, q, {}, null).length;
      times.push(performance.now() - t0);
      const t1 = performance.now();
      let n = 0;
      for (const s of strings) if (s.includes(q)) n++;
      hits += n;
      scans.push(performance.now() - t1);
    }
    await settle();
  }
  return {
    figure: statOf(times, 'p95'),
    samples: times.length,
    baselines: [{ key: 'linearScan', kind: 'floor', name: 'linear scan (String.includes) of the same titles, texts and submitters, p95', figure: statOf(scans, 'p95'), ok: true }],
    detail: { suggestions: sorted.length, keystrokes: queries.length, medianMs: median(times), indexBuildMs: Math.round(buildMs), hits },
    note: 'the list\'s filterRows per keystroke (bigram index search, then the list\'s order); the index is built once, on the first visit',
  };
}

async function similar(ctx: PageCtx): Promise<Measurement> {
  const data = await loadSuggestionData();
  const index = data.index();
  const list = sortedSuggestions(data);
  const rng = new Rng(ctx.seed + 22);
  // Drafts typed in: an existing text lightly edited, growing as typed, 20 characters a step.
  const drafts = rng.sample(list, ctx.size === 'tiny' ? 3 : 12).flatMap((s) => {
    const text = s.content.replace('建议', '提议');
    return Array.from({ length: Math.ceil(text.length / 20) }, (_, i) => ({ title: s.title, content: text.slice(0, (i + 1) * 20), campaignId: s.campaignId }));
  });
  const times: number[] = [];
  for (const d of drafts) {
    const t0 = performance.now();
    index.similar(d, { exclude: (id) => data.suggestions.get(id)?.campaignId !== d.campaignId });
    times.push(performance.now() - t0);
  }
  // The floor: score every text of the campaign exactly (what a check without an index does), for a few drafts.
  const scans: number[] = [];
  for (const d of drafts.slice(0, 5)) {
    const draft = `${d.title}\n${d.content}`;
    const t0 = performance.now();
    let best = 0;
    for (const s of list) best = Math.max(best, similarity(draft, `${s.title}\n${s.content}`));
    scans.push(performance.now() - t0);
  }
  return {
    figure: statOf(times, 'p95'),
    samples: times.length,
    baselines: [{ key: 'linearScan', kind: 'floor', name: 'similarity() against every suggestion (no index), median of 5 drafts', figure: median(scans), ok: true }],
    detail: { suggestions: list.length, drafts: drafts.length, medianMs: median(times) },
    note: 'SuggestionIndex.similar per keystroke step of a draft (the intake\'s similar panel)',
  };
}

/** Scroll `el` 600 px a frame for 120 frames; the time between frames. */
async function scrollFrames(el: HTMLElement): Promise<number[]> {
  const out: number[] = [];
  let last = performance.now();
  for (let f = 0; f < 120; f++) {
    el.scrollTop += 600;
    await new Promise((res) => requestAnimationFrame(res));
    const now = performance.now();
    out.push(now - last);
    last = now;
  }
  return out;
}

/**
 * What scrolling costs on this machine with nothing of the app in the rows:
 * the same number of 62 px rows of plain text, the rows in view drawn by hand
 * on each scroll. The list's frame times read against these.
 */
async function bareListFrames(count: number): Promise<number[]> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:0;top:0;width:1166px;height:518px;overflow:auto';
  const inner = document.createElement('div');
  inner.style.cssText = `position:relative;height:${count * 62}px`;
  host.appendChild(inner);
  document.body.appendChild(host);
  const draw = () => {
    const first = Math.floor(host.scrollTop / 62);
    inner.replaceChildren(...Array.from({ length: 9 + 12 }, (_, i) => {
      const row = document.createElement('div');
      row.style.cssText = `position:absolute;left:0;right:0;height:62px;top:${(first - 6 + i) * 62}px`;
      row.textContent = `关于加强第 ${first + i} 条建议的办理工作的建议　老小区整治　张三（工会）　书面　2026-11-30　待审`;
      return row;
    }));
  };
  host.addEventListener('scroll', draw);
  draw();
  const frames = await scrollFrames(host);
  host.remove();
  return frames;
}

/** Mount the list page (fresh: its data is read from IndexedDB as on a first visit) and wait for its first rows; then scroll it. */
async function openList(ctx: PageCtx): Promise<Measurement> {
  const opens: number[] = [];
  const alls: number[] = [];
  const reads: number[] = [];
  const floorFrames: number[] = [];
  const frames: number[] = [];
  let rows = 0;
  for (let r = 0; r < (ctx.size === 'tiny' ? 1 : 3); r++) {
    dropSuggestionData();
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;width:1166px;height:768px;overflow:hidden';
    document.body.appendChild(host);
    const root = createRoot(host);
    const t0 = performance.now();
    root.render(createElement(ThemeProvider, { theme }, createElement(MemoryRouter, null, createElement(ListPage))));
    await new Promise<void>((resolve) => {
      const tick = () => (host.querySelector('[data-testid="suggestion-row"]') ? resolve() : requestAnimationFrame(tick));
      tick();
    });
    await new Promise((f) => requestAnimationFrame(f));
    opens.push(performance.now() - t0);
    // Then every suggestion read (the count, the filters and search work from here).
    await new Promise<void>((resolve) => {
      const tick = () => (/共 \d+ 条/.test(host.textContent ?? '') ? resolve() : requestAnimationFrame(tick));
      tick();
    });
    alls.push(performance.now() - t0);
    rows = Number(/共 (\d+) 条/.exec(host.textContent ?? '')?.[1] ?? 0);
    await settle(300);
    // Scrolling: 120 frames of 600 px each, the time between frames.
    frames.push(...(await scrollFrames(host.querySelector('[aria-label="建议列表"]') as HTMLElement)));
    root.unmount();
    host.remove();
    floorFrames.push(...(await bareListFrames(rows)));
    reads.push(await timed(() => repos.suggestions.read.toArray()));
    await settle(200);
  }
  return {
    figure: median(opens),
    samples: opens.length,
    baselines: [{ key: 'toArray', kind: 'floor', name: 'raw toArray of the suggestions table', figure: median(reads), ok: true }],
    detail: { rows, everyRowReadMs: Math.round(median(alls)), scrollFrameP95Ms: Math.round(statOf(frames, 'p95') * 10) / 10, scrollFrameMedianMs: Math.round(median(frames) * 10) / 10,
      bareListFrameP95Ms: Math.round(statOf(floorFrames, 'p95') * 10) / 10, bareListFrameMedianMs: Math.round(median(floorFrames) * 10) / 10 },
    note: 'the list page mounted cold: its first rows read by index (firstRows.ts), then every suggestion (everyRowReadMs); scrolling once every row is read, in detail',
  };
}

export const rows: PageRow[] = [
  { id: 'suggestion-fulltext', name: 'full-text search (50,000 suggestions)', budget: 'p95 ≤ 50 ms', limits: [{ max: 50 }], unit: 'ms', stat: 'p95', source: 'performance.md', built: true, run: fulltext },
  { id: 'suggestion-similar', name: 'similar-suggestion check while typing', budget: 'p95 ≤ 50 ms', limits: [{ max: 50 }], unit: 'ms', stat: 'p95', source: 'performance.md', built: true, run: similar },
  { id: 'suggestion-list', name: 'open a 50,000-row list', budget: 'first rows drawn ≤ 300 ms, scrolling at frame rate', limits: [{ max: 300 }], unit: 'ms', stat: 'median', source: 'performance.md', built: true, run: openList },
];
