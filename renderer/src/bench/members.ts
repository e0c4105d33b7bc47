import type { Member } from '../../../shared/domain/member';
import { datasetMembers } from '../../../shared/demo/datasets';
import { Rng } from '../../../shared/demo/random';
import { seededId } from '../../../shared/demo/records';
import { nameReadings } from '../../../shared/members/search';
import type { Measurement } from '../../../bench/spec';
import { statOf } from '../../../bench/spec';
import { linearScan } from './floors';
import { median, settle } from './timing';
import type { PageCtx } from './types';

/** The roster of the budget row: 3,000 generated members (40 at tiny size), shaped as stored records. */
export function benchMembers(ctx: PageCtx): Member[] {
  const rng = new Rng(ctx.seed + 11);
  return datasetMembers(ctx.size === 'tiny' ? 'tiny' : 'hq', ctx.seed).map((m, i) => ({
    ...m,
    id: seededId(rng, Date.UTC(2025, 0, 1) + i),
    deleted: 0 as const,
    _stamps: {},
    _rev: '',
  }));
}

/**
 * What people type at the door or in the roster, one keystroke at a time:
 * a name in characters, its full pinyin, its initials, a member number, a
 * unit. Each prefix is one keystroke.
 */
export function typedQueries(members: readonly Member[], seed: number, people = 40): string[] {
  const rng = new Rng(seed + 12);
  const picked = rng.sample(members, Math.min(people, members.length));
  const prefixes = (s: string) => Array.from({ length: [...s].length }, (_, i) => [...s].slice(0, i + 1).join(''));
  const out: string[] = [];
  picked.forEach((m, i) => {
    const readings = nameReadings(m.name).map((r) => r[0] ?? '');
    const forms = [m.name, readings.join(''), readings.map((r) => r[0]).join(''), m.memberNo];
    if (i % 8 === 0) forms.push(m.unitAndPost.slice(0, 6));
    for (const f of forms) out.push(...prefixes(f));
  });
  return out;
}

/** The strings a plain scan would look through for each member: name, its pinyin and initials, number, unit, phone. */
export function scanStrings(members: readonly Member[]): string[] {
  return members.map((m) => {
    const readings = nameReadings(m.name).map((r) => r[0] ?? '');
    return [m.name, readings.join(''), readings.map((r) => r[0]).join(''), m.memberNo, m.unitAndPost, m.phone].join('\u0001');
  });
}

/**
 * Time `lookup` once per typed query (a few rounds), against the floor: a
 * linear scan of the same strings for the same query, in the same loop.
 */
export async function timeKeystrokes(
  ctx: PageCtx,
  members: readonly Member[],
  queries: readonly string[],
  lookup: (q: string) => number,
): Promise<Measurement & { detail: Record<string, number> }> {
  const strings = scanStrings(members);
  const rounds = ctx.size === 'tiny' ? 1 : 3;
  const times: number[] = [];
  const scans: number[] = [];
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      hits += lookup(q);
      times.push(performance.now() - t0);
      const t1 = performance.now();
      hits += linearScan(strings, q.toLowerCase()).length;
      scans.push(performance.now() - t1);
    }
    await settle();
  }
  return {
    figure: statOf(times, 'p95'),
    samples: times.length,
    baselines: [{ key: 'linearScan', kind: 'floor', name: 'linear scan (String.includes) of the same strings, p95', figure: statOf(scans, 'p95'), ok: true }],
    detail: { members: members.length, keystrokes: queries.length, median: median(times), max: Math.max(...times), hits },
  };
}
