import type { PageSpan } from '../../../shared/print/page';

/** Spans as Chromium's pageRanges text: "1-3,5"; "" = every page. */
export function rangesText(ranges: PageSpan[]): string {
  return ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(',');
}
