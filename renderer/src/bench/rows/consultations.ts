import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { ThemeProvider } from '@mui/material';
import type { Measurement } from '../../../../bench/spec';
import { theme } from '../../app/theme';
import { db } from '../../db';
import { dropConsultData, loadConsultData } from '../../features/consultations/data/load';
import { MeetingList } from '../../features/consultations/followup/MeetingList';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

/** 有事好商量: the consultation list and its follow-up overview over ten offices × ten years (hq). */
/** Mount the list and wait for its first rows; the time from mount to the frame after they are drawn. */
async function mountList(): Promise<{ ms: number; listed: number }> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:0;top:0;width:1166px;height:768px;overflow:hidden';
  document.body.appendChild(host);
  const root = createRoot(host);
  const t0 = performance.now();
  root.render(createElement(ThemeProvider, { theme }, createElement(MemoryRouter, null, createElement(MeetingList))));
  await new Promise<void>((resolve, reject) => {
    const until = performance.now() + 30_000;
    const tick = () => (host.querySelector('[data-testid="meeting-row"]') ? resolve() : performance.now() > until ? reject(new Error('no consultation rows drawn: is the consultation data there?')) : requestAnimationFrame(tick));
    tick();
  });
  await new Promise((f) => requestAnimationFrame(f));
  const ms = performance.now() - t0;
  const listed = Number(/共 (\d+) 次/.exec(host.textContent ?? '')?.[1] ?? 0);
  root.unmount();
  host.remove();
  return { ms, listed };
}

const TABLES = ['consultTopics', 'consultMeetings', 'supervisions', 'consultMeasures'];

/**
 * The figure: opening the list as a person does, after 首页 (whose overdue card reads the
 * consultation records at start) — the records in memory, brought up to date from the op log,
 * the follow-up overview built, the first rows drawn. In detail: the cold open (nothing in
 * memory: every row read from IndexedDB first), and its floor.
 */
async function openList(ctx: PageCtx): Promise<Measurement> {
  const warm: number[] = [];
  const cold: number[] = [];
  const reads: number[] = [];
  let listed = 0;
  for (let r = 0; r < (ctx.size === 'tiny' ? 2 : 7); r++) {
    dropConsultData();
    cold.push((await mountList()).ms);
    await settle(200);
    await loadConsultData();
    const w = await mountList();
    warm.push(w.ms);
    listed = w.listed;
    reads.push(await timed(() => Promise.all(TABLES.map((t) => db.table(t).toArray()))));
    await settle(200);
  }
  const counts = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await db.table(t).count()])));
  return {
    figure: median(warm),
    samples: warm.length,
    baselines: [{ key: 'toArray', kind: 'floor', name: 'raw toArray of the four consultation tables (what a cold open must read)', figure: median(reads), ok: true }],
    detail: { coldOpenMs: Math.round(median(cold)), meetingsListed: listed, ...counts },
    note: 'the list mounted with the records in memory as 首页 leaves them (op-log refresh, follow-up overview, first rows drawn); coldOpenMs reads every row first',
  };
}

export const rows: PageRow[] = [
  { id: 'consultation-list', name: 'open the consultation list and follow-up overview (ten years of hq data)', budget: '≤ 300 ms', limits: [{ max: 300 }], unit: 'ms', stat: 'median', source: 'issue 16', built: true, run: openList },
];
