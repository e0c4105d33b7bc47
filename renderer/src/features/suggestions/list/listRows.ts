import type { Suggestion } from '../../../../../shared/domain/suggestion';
import { matchesFilter, type SuggestionFilter } from '../../../../../shared/suggestions/search';
import { findAll, type Mark } from '../../../../../shared/text/similarity';
import type { SuggestionData } from '../store';

/** Every suggestion, newest received first (made once per change of the data, not per keystroke). */
export function sortedSuggestions(data: SuggestionData): Suggestion[] {
  // Code-unit order, as IndexedDB orders the [receivedOn+id] index the first rows are read by (firstRows.ts).
  return [...data.suggestions.values()].filter((s) => !s.deleted).sort((a, b) => cmp(b.receivedOn, a.receivedOn) || cmp(b.id, a.id));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The rows the list shows: the filters, and the query through the search index. */
export function filterRows(data: SuggestionData, sorted: readonly Suggestion[], query: string, filter: SuggestionFilter, office: string | null): Suggestion[] {
  const f = { ...filter, office: office ?? undefined };
  if (!query.trim()) return sorted.filter((s) => matchesFilter(s, f));
  const hits = data.index().search(query);
  return sorted.filter((s) => hits.has(s.id) && matchesFilter(s, f));
}

/** A snippet of the content around its first hit, with the hits' marks shifted into it. */
export function snippet(content: string, query: string, width = 90): { text: string; marks: Mark[] } {
  const marks = query.trim() ? findAll(content, query) : [];
  const start = marks.length ? Math.max(0, marks[0].start - 16) : 0;
  const text = (start > 0 ? '…' : '') + content.slice(start, start + width);
  const shift = start > 0 ? 1 - start : 0;
  return { text, marks: marks.map((m) => ({ start: m.start + shift, end: m.end + shift })).filter((m) => m.start >= 0 && m.start < text.length) };
}
