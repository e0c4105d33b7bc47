import { DEFAULT_REF_LISTS } from '../../shared/domain/reflist';
import { datasetMembers } from '../../shared/demo/datasets';
import { signInData } from '../../shared/print/build';
import { CompilationData } from '../../shared/print/suggestions';
import { DATASET_SIZES } from '../../shared/demo/datasets';
import { demoDrive } from '../../shared/demo/suggestions';
import { buildCompilation } from '../../shared/suggestions/compilation';
import type { PrintJob } from '../../shared/print/jobs';
import type { Measurement } from '../spec';
import { median } from './stats';
import type { NodeCtx, NodeRow } from './types';

/**
 * The sign-in sheet through the host's print service, from Node: the job the
 * print center builds (signInData), laid out by print.html and made into a
 * PDF by the host's print port, saved in the pdf area (print.toPdf).
 */
async function signInPdf(ctx: NodeCtx): Promise<Measurement> {
  const members = datasetMembers(ctx.size === 'tiny' ? 'tiny' : 'office', ctx.seed);
  // The print center's defaults (sort by sector, 5 blank rows, no barcode); the barcode variant is measured beside it.
  const job = (rows: typeof members, barcode = false): PrintJob => ({
    kind: 'signin',
    data: signInData(rows, { title: '2026年第一次委员学习会签到表', time: '2026年3月5日 上午9:00', place: '区政协第一会议室', sort: 'sector', blankRows: 5, barcode, sectorOrder: DEFAULT_REF_LISTS.sector }),
  });
  const print = ctx.host.services.print;
  const options = { paper: 'A4' as const, orientation: 'portrait' as const, range: '' };
  let pages = 0;
  const cold = await time(async () => {
    pages = (await print.toPdf(job(members), options)).pages;
  });
  const warm: number[] = [];
  const one: number[] = [];
  const barcodes: number[] = [];
  for (let i = 0; i < Math.max(3, ctx.repeats); i++) {
    warm.push(await time(() => print.toPdf(job(members), options)));
    one.push(await time(() => print.toPdf(job(members.slice(0, 1)), options)));
  }
  barcodes.push(await time(() => print.toPdf(job(members, true), options)));
  return {
    figure: median(warm),
    samples: warm.length,
    baselines: [{ key: 'oneRow', kind: 'reference', name: 'the same path for a one-member sheet (fixed cost)', figure: median(one), ok: true }],
    detail: { members: members.length, pages, firstCallMs: Math.round(cold), withBarcodesMs: Math.round(median(barcodes)) },
    note: 'print.toPdf through the host print port; the first call (which starts the print renderer) is in detail.firstCallMs',
  };
}

/**
 * The compilation of 2,000 suggestions (the office's demo drive) through the
 * same path as the print center: buildCompilation, the print job, print.html
 * lays it out (contents with page numbers measured there), the host's print
 * port makes the PDF.
 */
async function compilationPdf(ctx: NodeCtx): Promise<Measurement> {
  const size = ctx.size === 'tiny' ? 'tiny' : 'office';
  const members = datasetMembers(size, ctx.seed).map((m, i) => ({ ...m, id: `m${i}` }));
  const drive = demoDrive(members, { count: DATASET_SIZES[size].suggestions, today: '2026-06-30', seed: ctx.seed });
  const campaign = { ...drive.campaign, id: 'c', office: 'ZL-01', deleted: 0 as const, _stamps: {}, _rev: '' };
  const list = drive.suggestions.map((s, i) => ({ ...s.fields, id: `s${i}`, campaignId: 'c', office: 'ZL-01', deleted: 0 as const, _stamps: {}, _rev: '', mergedInto: s.mergeInto >= 0 ? `s${s.mergeInto}` : '' }));
  const data = CompilationData.parse(buildCompilation(campaign, list, { compiler: '西林街道政协工委', date: '2026年6月30日' }));
  const print = ctx.host.services.print;
  const options = { paper: 'A4' as const, orientation: 'portrait' as const, range: '' };
  let pages = 0;
  const runs: number[] = [];
  for (let i = 0; i < (ctx.size === 'hq' ? 2 : 1); i++) {
    runs.push(await time(async () => {
      pages = (await print.toPdf({ kind: 'compilation', data }, options)).pages;
    }));
  }
  const one = await time(() => print.toPdf({ kind: 'compilation', data: { ...data, total: 1, groups: [{ ...data.groups[0], items: data.groups[0].items.slice(0, 1) }] } }, options));
  return {
    figure: median(runs),
    samples: runs.length,
    baselines: [{ key: 'oneItem', kind: 'reference', name: 'the same path for a one-suggestion compilation (fixed cost)', figure: one, ok: true }],
    detail: { suggestions: data.total, pages },
    note: 'print.toPdf of the compilation job through the host print port',
  };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export const rows: NodeRow[] = [
  {
    id: 'signin-pdf',
    name: 'sign-in sheet, 300 members, to PDF',
    budget: '≤ 2 s',
    limits: [{ max: 2000 }],
    unit: 'ms',
    stat: 'median',
    source: 'performance.md',
    built: true,
    phase: 'after',
    run: signInPdf,
  },
  {
    id: 'compilation-pdf',
    name: 'compilation of 2,000 suggestions to PDF',
    budget: '≤ 20 s',
    limits: [{ max: 20_000 }],
    unit: 'ms',
    stat: 'median',
    source: 'performance.md',
    built: true,
    phase: 'after',
    run: compilationPdf,
  },
];
