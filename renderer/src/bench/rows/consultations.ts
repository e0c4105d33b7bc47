import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { ThemeProvider } from '@mui/material';
import type { Measurement } from '../../../../bench/spec';
import { theme } from '../../app/theme';
import { db } from '../../db';
import { MeetingList } from '../../features/consultations/followup/MeetingList';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

/**
 * 有事好商量: the consultation list mounted cold, as on a first visit: it reads every topic,
 * meeting, 民主监督 item and measure (ten offices × ten years at hq) and builds the follow-up
 * overview (each loop's state, its overdue measures) before its first rows are drawn.
 * Floor: a raw toArray of the same four tables.
 */
async function openList(ctx: PageCtx): Promise<Measurement> {
  const opens: number[] = [];
  const reads: number[] = [];
  let rows = '';
  for (let r = 0; r < (ctx.size === 'tiny' ? 2 : 7); r++) {
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
    opens.push(performance.now() - t0);
    rows = /共 (\d+) 次/.exec(host.textContent ?? '')?.[1] ?? '';
    root.unmount();
    host.remove();
    reads.push(await timed(() => Promise.all(['consultTopics', 'consultMeetings', 'supervisions', 'consultMeasures'].map((t) => db.table(t).toArray()))));
    await settle(200);
  }
  const counts = Object.fromEntries(await Promise.all(['consultTopics', 'consultMeetings', 'supervisions', 'consultMeasures'].map(async (t) => [t, await db.table(t).count()])));
  return {
    figure: median(opens),
    samples: opens.length,
    baselines: [{ key: 'toArray', kind: 'floor', name: 'raw toArray of the four consultation tables', figure: median(reads), ok: true }],
    detail: { meetingsListed: Number(rows), ...counts },
    note: 'the list page mounted cold: every record read, the follow-up overview built, the first rows drawn',
  };
}

export const rows: PageRow[] = [
  { id: 'consultation-list', name: 'open the consultation list and follow-up overview (ten years of hq data)', budget: '≤ 300 ms', limits: [{ max: 300 }], unit: 'ms', stat: 'median', source: 'issue 16', built: true, run: openList },
];
