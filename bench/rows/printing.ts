import { DEFAULT_REF_LISTS } from '../../shared/domain/reflist';
import { datasetMembers } from '../../shared/demo/datasets';
import { signInData } from '../../shared/print/build';
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
    built: false,
    missing: 'suggestions capability (compilation) not built',
    phase: 'after',
  },
];
