import { makeDiff } from '@sanity/diff-match-patch';
import type { Measurement } from '../../../../bench/spec';
import type { DraftFields } from '../../../../shared/domain/proposal';
import { numberText } from '../../../../shared/domain/proposal';
import { Rng } from '../../../../shared/demo/random';
import { diffRevisions, newestFirst } from '../../../../shared/proposals/revisions';
import { ProposalIndex } from '../../../../shared/proposals/similar';
import { db } from '../../db';
import { allProposals, coSignersOf, createProposal, getProposal, revisionsOf, saveDraft, stepsOf } from '../../features/proposals/data/proposals';
import { statOf } from '../../../../bench/spec';
import { median, settle, timed } from '../timing';
import type { PageCtx, PageRow } from '../types';

const PARA = '我区现有2000年以前建成的老旧小区146个，多层住宅无电梯，60岁以上居民占比超过三成，上下楼困难，群众反映强烈。';

/** A 1,500-character draft (situation, analysis, measures about 500 each). */
function longDraft(seed: number): DraftFields {
  const rng = new Rng(seed);
  const fill = (n: number) => {
    let s = '';
    while (s.length < n) s += PARA.slice(rng.int(0, 20));
    return s.slice(0, n);
  };
  return { title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'individual', leadMemberId: '', proposerName: '', category: '社会建设', situation: fill(500), analysis: fill(500), measures: fill(500), contact: '' };
}

/** One edit as a person makes it: a few characters typed somewhere in a part. */
function edited(d: DraftFields, i: number): DraftFields {
  const k = (['situation', 'analysis', 'measures'] as const)[i % 3];
  const at = (i * 37) % d[k].length;
  return { ...d, [k]: `${d[k].slice(0, at)}新增${i}${d[k].slice(at)}` };
}

/** Open a proposal with 200 revisions: what its page reads (proposal, revisions newest first, co-signers, steps). Floor: the raw key-range read of the same revision rows. */
async function openWith200(): Promise<Measurement> {
  let d = longDraft(1);
  const p = await createProposal(d, 'bench');
  for (let i = 1; i < 200; i++) await saveDraft(p.id, (d = edited(d, i)), 'bench');
  const ids = (await revisionsOf(p.id)).map((r) => r.id);
  const times: number[] = [];
  const floors: number[] = [];
  for (let r = 0; r < 7; r++) {
    times.push(await timed(async () => {
      const [prop, revs] = await Promise.all([getProposal(p.id), revisionsOf(p.id), coSignersOf(p.id), stepsOf(p.id)]);
      if (!prop || newestFirst(revs).length !== 200) throw new Error('revisions missing');
    }));
    floors.push(await timed(() => db.table('proposalRevisions').where(':id').startsWith(`${p.id}~`).toArray()));
    await settle();
  }
  return { figure: median(times), samples: times.length, baselines: [{ key: 'rangeRead', kind: 'floor', name: 'raw Dexie key-range toArray of the same 200 revision rows', figure: median(floors), ok: true }], detail: { revisions: ids.length } };
}

/** Autosave of a 1,500-character draft: saveDraft (proposal update, revision, ops, one transaction). Floor: a raw put of the same fields. */
async function autosave(ctx: PageCtx): Promise<Measurement> {
  let d = longDraft(2);
  const p = await createProposal(d, 'bench');
  const times: number[] = [];
  const floors: number[] = [];
  const n = ctx.size === 'tiny' ? 20 : 80;
  for (let i = 0; i < n; i++) {
    d = edited(d, i);
    times.push(await timed(() => saveDraft(p.id, d, 'bench')));
    floors.push(await timed(() => db.meta.put({ key: 'bench-autosave', ...d })));
  }
  await db.meta.delete('bench-autosave');
  return { figure: statOf(times, 'p95'), samples: n, baselines: [{ key: 'rawPut', kind: 'floor', name: 'raw Dexie put of the same draft fields, p95', figure: statOf(floors, 'p95'), ok: true }], detail: { chars: d.situation.length + d.analysis.length + d.measures.length, median: median(times) } };
}

/** The similar-proposal check over every proposal on file (8,000 at hq). Floor: a linear String.includes scan of the same texts for an 8-character passage. */
async function similarCheck(ctx: PageCtx): Promise<Measurement> {
  const list = await allProposals();
  const index = new ProposalIndex();
  const buildMs = await timed(() => { for (const p of list) index.set({ ...p, numberText: numberText(p) }); });
  const texts = list.map((p) => `${p.title}${p.situation}${p.analysis}${p.measures}`);
  const rng = new Rng(ctx.seed + 14);
  const times: number[] = [];
  const floors: number[] = [];
  let hits = 0;
  for (let i = 0; i < 60; i++) {
    const base = list[rng.int(0, list.length - 1)];
    const draft = { title: base.title.replace('建议', '意见'), situation: base.situation, analysis: `${base.analysis}另外还需关注资金保障。`, measures: base.measures.slice(0, Math.max(10, base.measures.length - 12)) };
    const t0 = performance.now();
    hits += index.similar(draft, { selfId: '', year: base.year, minScore: 0.35 }).length;
    times.push(performance.now() - t0);
    const q = base.situation.slice(4, 12);
    const t1 = performance.now();
    hits += texts.filter((t) => t.includes(q)).length;
    floors.push(performance.now() - t1);
  }
  return { figure: statOf(times, 'p95'), samples: times.length, baselines: [{ key: 'linearScan', kind: 'floor', name: 'linear scan (String.includes) of the same texts, p95', figure: statOf(floors, 'p95'), ok: true }], detail: { proposals: list.length, indexBuildMs: Math.round(buildMs), hits } };
}

/** Diff of two 1,500-character revisions with semantic clean-up. Floor: diff-match-patch's raw diff of the same texts (no clean-up). */
async function diffTwo(): Promise<Measurement> {
  const a = longDraft(3);
  let b = a;
  for (let i = 0; i < 12; i++) b = edited(b, i * 5);
  const times: number[] = [];
  const floors: number[] = [];
  for (let r = 0; r < 30; r++) {
    times.push(await timed(() => diffRevisions(a, b)));
    floors.push(await timed(() => { for (const k of ['situation', 'analysis', 'measures'] as const) makeDiff(a[k], b[k]); }));
  }
  return { figure: median(times), samples: times.length, baselines: [{ key: 'rawDiff', kind: 'floor', name: 'diff-match-patch makeDiff of the same three parts, no clean-up', figure: median(floors), ok: true }] };
}

export const rows: PageRow[] = [
  { id: 'proposal-open', name: 'open a proposal with 200 revisions', budget: '≤ 200 ms', limits: [{ max: 200 }], unit: 'ms', stat: 'median', source: 'performance.md', built: true, run: openWith200 },
  { id: 'proposal-autosave', name: 'autosave of a 1,500-character draft, pause to committed', budget: 'p95 ≤ 50 ms', limits: [{ max: 50 }], unit: 'ms', stat: 'p95', source: 'performance.md', built: true, run: autosave },
  { id: 'proposal-similar', name: 'similar-proposal check over 8,000 proposals', budget: 'p95 ≤ 50 ms', limits: [{ max: 50 }], unit: 'ms', stat: 'p95', source: 'performance.md', built: true, run: similarCheck },
  { id: 'proposal-diff', name: 'diff of two 1,500-character revisions', budget: '≤ 50 ms', limits: [{ max: 50 }], unit: 'ms', stat: 'median', source: 'performance.md', built: true, run: diffTwo },
];
