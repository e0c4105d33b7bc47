// npm run bench [-- --quick | --size tiny|office|hq] [--no-build] [--out file] [--only id,id] [--repeats n] [--data dir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBench } from './run';
import type { BenchSize } from './spec';
import { renderTable } from './table';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const value = (flag: string) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};

const size = (value('--size') ?? (argv.includes('--quick') ? 'office' : 'hq')) as BenchSize;
if (!['tiny', 'office', 'hq'].includes(size)) {
  console.error(`Unknown size "${size}": use tiny, office or hq.`);
  process.exit(2);
}
const out = path.resolve(value('--out') ?? path.join(root, 'bench/results.json'));
const only = value('--only')?.split(',');
const repeats = value('--repeats') ? Number(value('--repeats')) : undefined;
if (repeats !== undefined && !(Number.isInteger(repeats) && repeats >= 1)) {
  console.error('--repeats takes a whole number from 1 up.');
  process.exit(2);
}

const t0 = performance.now();
if (!argv.includes('--no-build')) {
  console.log(`Building the renderer into ${process.env.CD_DIST ?? path.join(root, 'dist')} …`);
  // @ts-expect-error plain .mjs build script without types
  const { buildAll } = await import('../scripts/build.mjs');
  await buildAll({ quiet: true });
}
const res = await runBench({ size, out, only, repeats, dataDir: value('--data') });
console.log(`\n${renderTable(res)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), out) || out} in ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
