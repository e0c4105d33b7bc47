import type { BenchResults, RowResult, Unit } from './spec';

export function formatFigure(x: number | null, unit: Unit): string {
  if (x === null || !Number.isFinite(x)) return '—';
  if (unit === 'MB') return `${x.toFixed(1)} MB`;
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  return `${x.toFixed(1)} ms`;
}

function verdict(r: RowResult): string {
  if (r.status !== 'measured') return r.status;
  if (r.within === null) return r.limits.length ? '?' : '—';
  return r.within ? 'ok' : 'OVER';
}

function baselineCell(r: RowResult): string {
  const b = r.baseline;
  if (!b) return '';
  if (!b.ok) return `${b.key}: could not run`;
  return `${b.key} ${formatFigure(b.figure, r.unit)}`;
}

function ratioCell(r: RowResult): string {
  const parts = r.baselines.filter((b) => b.ratio !== null && (b.maxRatio !== undefined || b === r.baseline)).map((b) => `${b.ratio!.toFixed(2)}×${b.maxRatio !== undefined ? ` (≤${b.maxRatio})` : ''}`);
  return parts.join(', ');
}

/** The readable table `npm run bench` prints. */
export function renderTable(res: BenchResults): string {
  const head = ['row', 'stat', 'figure', 'floor / peer', 'ratio', 'budget', 'verdict'];
  const lines = res.rows.map((r) => [
    r.name,
    r.status === 'measured' ? `${r.stat} of ${r.samples}` : '',
    r.status === 'measured' ? formatFigure(r.figure, r.unit) : '',
    baselineCell(r),
    ratioCell(r),
    r.budget,
    verdict(r),
  ]);
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]))));
  const fmt = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(cols[i] - width(c))).join(' | ').trimEnd();
  const out = [fmt(head), cols.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)];
  const notes = res.rows.filter((r) => r.note && r.status !== 'measured').map((r) => `  ${r.name}: ${r.note}`);
  const m = res.machine;
  return [
    `Committee Desk bench · size ${res.size} · seed ${res.seed}`,
    `${m.os} ${m.arch} · ${m.cpus} × ${m.cpuModel} · ${m.memoryGB} GB · node ${m.node} · ${m.browser}`,
    '',
    ...out,
    ...(notes.length ? ['', 'Not measured:', ...notes] : []),
  ].join('\n');
}
