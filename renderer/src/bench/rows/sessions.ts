import type { Measurement } from '../../../../bench/spec';
import { computeAttendanceFigures } from '../../../../shared/attendance/figures';
import { repos } from '../../db';
import { loadFigureReport } from '../../features/sessions/figuresData';
import { memberFinder } from '../../features/sessions/memberFinder';
import { benchMembers, timeKeystrokes, typedQueries } from '../members';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

/** The sign-in screen's lookup per keystroke: its memberFinder over 3,000 members, six matches shown. */
async function signInKeystroke(ctx: PageCtx): Promise<Measurement> {
  const members = benchMembers(ctx);
  const queries = typedQueries(members, ctx.seed + 1);
  const finder = memberFinder(members);
  return timeKeystrokes(ctx, members, queries, (q) => finder.find(q, 6).length);
}

/** The figures page's loadFigureReport over the whole five years in the database; floor: reading the same rows with toArray. */
async function attendanceFigures(ctx: PageCtx): Promise<Measurement> {
  const first = await repos.sessions.read.orderBy('date').first();
  const last = await repos.sessions.read.orderBy('date').last();
  if (!first || !last) throw new Error('no sessions in the database: the demo loader did not add any');
  const rows = await repos.attendance.read.count();
  const times: number[] = [];
  const reads: number[] = [];
  let members = 0;
  for (let r = 0; r < Math.max(3, ctx.repeats); r++) {
    times.push(await timed(async () => {
      members = (await loadFigureReport(first.date, last.date, 0.8)).members.length;
    }));
    await settle();
    reads.push(await timed(() => repos.attendance.read.toArray()));
    await settle();
  }
  // The one-pass computation alone, on rows already in memory: what is left once the read is taken away.
  const sessions = await repos.sessions.read.filter((x) => x.deleted === 0).toArray();
  const all = await repos.attendance.read.toArray();
  const computeOnly = median(await Promise.all([0, 1, 2].map(() => timed(() => computeAttendanceFigures(sessions, all)))));
  return {
    figure: median(times),
    samples: times.length,
    baselines: [{ key: 'toArray', kind: 'floor', name: `Dexie toArray of the same ${rows} attendance rows`, figure: median(reads), ok: true }],
    detail: { attendanceRows: rows, computeOnlyMs: computeOnly, sessions: await repos.sessions.read.count(), from: first.date, to: last.date, membersInReport: members },
  };
}

export const rows: PageRow[] = [
  {
    id: 'signin-keystroke',
    name: 'sign-in lookup per keystroke (3,000 members)',
    budget: 'under one frame (p95 ≤ 16 ms)',
    limits: [{ max: 16 }],
    unit: 'ms',
    stat: 'p95',
    source: 'issue 5',
    built: true,
    run: signInKeystroke,
  },
  {
    id: 'attendance-figures',
    name: 'attendance figures over 150,000 rows',
    budget: '≤ 300 ms',
    limits: [{ max: 300 }],
    unit: 'ms',
    stat: 'median',
    source: 'issue 5',
    built: true,
    run: attendanceFigures,
  },
];
