import ExcelJS from 'exceljs';
import type { Measurement } from '../../../../bench/spec';
import { buildMemberIndex } from '../../../../shared/members/search';
import { buildRosterWorkbook } from '../../../../shared/members/export';
import { detectHeader } from '../../../../shared/members/import/columns';
import { analyseRows } from '../../../../shared/members/import/rows';
import { planImport } from '../../../../shared/members/import/plan';
import { repos } from '../../db';
import { groupRefLists, refNames } from '../../features/members/data';
import { readSheet } from '../../features/members/import/readSheet';
import { commitImport } from '../../features/members/memberOps';
import { filterRoster } from '../../features/members/roster';
import type { RosterFilters } from '../../features/members/rosterStore';
import { benchMembers, timeKeystrokes, typedQueries } from '../members';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

const NO_FILTERS: RosterFilters = { query: '', sector: '', committee: '', party: '', status: '', sort: 'pinyin' };

/** Per keystroke: the roster's own filterRoster over the index the roster builds (searchMembers inside). */
async function memberSearch(ctx: PageCtx): Promise<Measurement> {
  const members = benchMembers(ctx);
  const queries = typedQueries(members, ctx.seed);
  let index = buildMemberIndex(members);
  const buildMs = await timed(() => {
    index = buildMemberIndex(members);
  });
  const lists = groupRefLists(await repos.refLists.all());
  const sectors = refNames(lists, 'sector');
  const m = await timeKeystrokes(ctx, members, queries, (q) => filterRoster(index, { ...NO_FILTERS, query: q }, sectors).length);
  return { ...m, detail: { ...m.detail, indexBuildMs: buildMs } };
}

/** From a picked 3,000-row .xlsx to the preview plan: the import page's own steps (readSheet, detectHeader, analyseRows, planImport). */
async function rosterImport(ctx: PageCtx): Promise<Measurement> {
  const members = benchMembers(ctx);
  const bytes = await buildRosterWorkbook(members, '委员名册');
  const file = new File([bytes as BlobPart], '委员名册.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const existing = await repos.members.read.orderBy('sortKey').filter((m) => m.deleted === 0).toArray();
  const lists = groupRefLists(await repos.refLists.all());
  const refs = { sector: new Set(refNames(lists, 'sector')), committee: new Set(refNames(lists, 'committee')), party: new Set(refNames(lists, 'party')) };
  const times: number[] = [];
  const loads: number[] = [];
  let plan: ReturnType<typeof planImport> | null = null;
  for (let r = 0; r < (ctx.size === 'tiny' ? 1 : Math.max(3, ctx.repeats)); r++) {
    times.push(
      await timed(async () => {
        const grid = await readSheet(file);
        const guess = detectHeader(grid);
        if (!guess) throw new Error('the exported roster has no header the import recognises');
        plan = planImport(analyseRows(grid, guess.headerRow, guess.columns, refs), existing);
      }),
    );
    loads.push(await timed(() => new ExcelJS.Workbook().xlsx.load(bytes.slice().buffer as ArrayBuffer)));
    await settle();
  }
  const p = plan as ReturnType<typeof planImport> | null;
  const commitMs = p ? await timed(() => commitImport(p, [])) : NaN;
  return {
    figure: median(times),
    samples: times.length,
    baselines: [{ key: 'exceljsLoad', kind: 'floor', name: 'exceljs loading the same workbook (no app code)', figure: median(loads), ok: true }],
    detail: { rows: members.length, existingMembers: existing.length, create: p?.counts.create ?? 0, update: p?.counts.update ?? 0, same: p?.counts.same ?? 0, skip: p?.counts.skip ?? 0, commitMs },
    note: 'figure: file to preview plan; commitMs: confirming it (commitImport, one transaction)',
  };
}

export const rows: PageRow[] = [
  {
    id: 'member-search',
    name: 'member search as typed (3,000)',
    budget: 'p95 ≤ 16 ms a keystroke',
    limits: [{ max: 16 }],
    unit: 'ms',
    stat: 'p95',
    source: 'performance.md',
    built: true,
    run: memberSearch,
  },
  {
    id: 'roster-import',
    name: 'import a 3,000-row sheet with preview',
    budget: '< 3 s',
    limits: [{ max: 3000 }],
    unit: 'ms',
    stat: 'median',
    source: 'issue 3',
    built: true,
    run: rosterImport,
  },
];
