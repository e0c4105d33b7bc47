/** Milliseconds an async step takes. */
export async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Let the page breathe between heavy steps (GC, pending IndexedDB work). */
export function settle(ms = 50): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

/** Average size of records as JSON, in bytes (UTF-8). */
export function averageBytes(records: unknown[]): number {
  if (!records.length) return 0;
  const enc = new TextEncoder();
  const n = Math.min(records.length, 2000);
  let total = 0;
  for (let i = 0; i < n; i++) total += enc.encode(JSON.stringify(records[i])).length;
  return Math.round(total / n);
}
