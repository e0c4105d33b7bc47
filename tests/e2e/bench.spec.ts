import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BenchResultsSchema } from '../../bench/results-schema';
import { PERFORMANCE_MD_ROWS } from '../../bench/rows/order';
import { runBench } from '../../bench/run';
import { expect, test, tmpDir } from './fixtures';

// The bench's smoke test: it runs end to end on a tiny data set and writes
// well-formed results. Figures are read by people (npm run bench), never asserted here.
test('npm run bench runs end to end on a tiny data set and writes well-formed results.json', async () => {
  test.setTimeout(300_000);
  const out = path.join(tmpDir('cd-bench-'), 'results.json');
  const returned = await runBench({ size: 'tiny', out, log: () => undefined });

  const written = BenchResultsSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  expect(written).toEqual(JSON.parse(JSON.stringify(returned)));
  expect(written.size).toBe('tiny');
  expect(written.machine.browser).toMatch(/Chrom/);

  const ids = written.rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Every row of the budget table is listed, measured or marked not built: none left out.
  for (const id of PERFORMANCE_MD_ROWS) expect(ids).toContain(id);

  const byId = new Map(written.rows.map((r) => [r.id, r]));
  for (const id of ['app-start', 'heap', 'floor-bulkput', 'floor-bulkput-5000', 'floor-toarray']) {
    const r = byId.get(id)!;
    expect(r.status, `${id}: ${r.note ?? ''}`).toBe('measured');
    expect(r.figure).toBeGreaterThan(0);
  }
  // The peer either ran or says why it could not: never a made-up figure.
  const pouch = byId.get('peer-pouchdb')!;
  expect(pouch.status === 'measured' ? pouch.figure! > 0 : !!pouch.note).toBe(true);

  for (const r of written.rows) {
    if (r.status !== 'measured') {
      expect(r.figure).toBeNull();
      expect(r.within).toBeNull();
      expect(r.note).toBeTruthy();
      continue;
    }
    // Ratios are the figure over the baseline measured in the same run; the verdict follows the limits.
    for (const b of r.baselines) if (b.ok && b.ratio !== null) expect(b.ratio).toBeCloseTo(r.figure! / b.figure, 6);
    const absolute = r.limits.filter((l) => !l.against);
    if (absolute.length && r.limits.length === absolute.length) expect(r.within).toBe(absolute.every((l) => r.figure! <= l.max));
    if (!r.limits.length) expect(r.within).toBeNull();
  }
});
