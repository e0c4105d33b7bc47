import type { Mark } from '../../../../shared/text/similarity';

/** A text with passages marked (search hits, passages shared with another suggestion). */
export function Marked({ text, marks, max }: { text: string; marks: readonly Mark[]; max?: number }) {
  const end = max && text.length > max ? max : text.length;
  const parts: Array<{ s: string; hit: boolean }> = [];
  let at = 0;
  for (const m of marks) {
    if (m.start >= end) break;
    if (m.start > at) parts.push({ s: text.slice(at, m.start), hit: false });
    parts.push({ s: text.slice(Math.max(m.start, at), Math.min(m.end, end)), hit: true });
    at = Math.min(m.end, end);
  }
  if (at < end) parts.push({ s: text.slice(at, end), hit: false });
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i} data-testid="mark">{p.s}</mark> : <span key={i}>{p.s}</span>))}
      {end < text.length && '…'}
    </>
  );
}
