import type { Suggestion } from '../../../../../shared/domain/suggestion';
import { matchesFilter, type SuggestionFilter, type SuggestionIndex } from '../../../../../shared/suggestions/search';
import { findAll, type Mark } from '../../../../../shared/text/similarity';
import type { SuggestionData } from '../store';

/** Every suggestion, newest received first (made once per change of the data, not per keystroke). */
export function sortedSuggestions(data: SuggestionData): Suggestion[] {
  // Code-unit order, as IndexedDB orders the [receivedOn+id] index the first rows are read by (firstRows.ts).
  return [...data.suggestions.values()].filter((s) => !s.deleted).sort((a, b) => cmp(b.receivedOn, a.receivedOn) || cmp(b.id, a.id));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Per sorted list, each suggestion's number in the search index: a keystroke's filter is then array reads only. */
const numbers = new WeakMap<readonly Suggestion[], Int32Array>();

function numbersOf(sorted: readonly Suggestion[], index: SuggestionIndex): Int32Array {
  let nums = numbers.get(sorted);
  if (!nums) {
    nums = Int32Array.from(sorted, (s) => index.numberOf(s.id));
    numbers.set(sorted, nums);
  }
  return nums;
}

/** The rows the list shows: the filters, and the query through the search index. */
export function filterRows(data: SuggestionData, sorted: readonly Suggestion[], query: string, filter: SuggestionFilter, office: string | null): Suggestion[] {
  const f = { ...filter, office: office ?? undefined };
  const filtered = Object.values(f).some((v) => v !== undefined && v !== '');
  if (!query.trim()) return filtered ? sorted.filter((s) => matchesFilter(s, f)) : [...sorted];
  const index = data.index();
  const hits = index.search(query);
  const nums = numbersOf(sorted, index);
  const out: Suggestion[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (hits.hasNumber(nums[i]) && (!filtered || matchesFilter(sorted[i], f))) out.push(sorted[i]);
  }
  return out;
}

/** A snippet of the content around its first hit, with the hits' marks shifted into it. */
export function snippet(content: string, query: string, width = 90): { text: string; marks: Mark[] } {
  const marks = query.trim() ? findAll(content, query) : [];
  const start = marks.length ? Math.max(0, marks[0].start - 16) : 0;
  const text = (start > 0 ? '…' : '') + content.slice(start, start + width);
  const shift = start > 0 ? 1 - start : 0;
  return { text, marks: marks.map((m) => ({ start: m.start + shift, end: m.end + shift })).filter((m) => m.start >= 0 && m.start < text.length) };
}
