/**
 * Version vectors: the highest op `seq` known per origin node. Used as
 * watermarks (docs/sync.md): an export to D carries every op above what D last
 * acknowledged, and acknowledgements travel inside D's own bundles.
 */
export type VersionVector = Record<string, number>;

/** Pointwise maximum of two vectors. */
export function mergeVv(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const [k, v] of Object.entries(b)) if (!(k in out) || out[k] < v) out[k] = v;
  return out;
}

/** True when `vv` already covers op (origin, seq). */
export function coversOp(vv: VersionVector, origin: string, seq: number): boolean {
  return (vv[origin] ?? 0) >= seq;
}

/** True when every entry of `b` is covered by `a`. */
export function dominates(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([k, v]) => (a[k] ?? 0) >= v);
}
