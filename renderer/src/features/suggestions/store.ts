import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Campaign, Suggestion } from '../../../../shared/domain/suggestion';
import { SuggestionIndex } from '../../../../shared/suggestions/search';
import type { SyncMeta } from '../../../../shared/sync/record';
import { dataVersion, TableCache } from '../../db/table-cache';

/**
 * Every campaign and suggestion in memory with the search index beside them,
 * built on first use (not at app start) and kept up to date from the op log:
 * after a write or an import only the touched records are read and re-indexed.
 */
interface Maps {
  campaigns: Map<string, Campaign>;
  suggestions: Map<string, Suggestion>;
}

export interface SuggestionData {
  campaigns: Campaign[];
  suggestions: ReadonlyMap<string, Suggestion>;
  /** The search index, built on first call (the 首页 counts need none), then kept up to date. */
  index(): SuggestionIndex;
  /** Counts up on every change: a key for memos. */
  rev: number;
}

let index: SuggestionIndex | null = null;
/** The build under way: the next suggestions to index (index === null until it is done). */
let building: { index: SuggestionIndex; rest: Iterator<Suggestion> } | null = null;
let rev = 0;
let all: Map<string, Suggestion> = new Map();

const cache = new TableCache<Maps>(['campaigns', 'suggestions'], {
  loaded(maps) {
    all = maps.get('suggestions') as Map<string, Suggestion>;
    index = null;
    building = null;
    rev++;
  },
  changed(table: string, id: string, rec: SyncMeta | undefined) {
    // A build under way meets the record again later in `all` (updated before this call) and indexes it as it is then.
    const target = index ?? building?.index;
    if (table === 'suggestions' && target) {
      if (rec) target.set(rec as Suggestion);
      else target.remove(id);
    }
    rev++;
  },
  // Screens and the index never read the per-field stamps (writes read the record afresh): about a third of a record.
}, ['_stamps']);

/** Index up to `budgetMs` more suggestions; true when every one is in. */
function buildSome(budgetMs: number): boolean {
  if (index) return true;
  building ??= { index: new SuggestionIndex(), rest: all.values() };
  const end = performance.now() + budgetMs;
  for (let n = 0; ; n++) {
    if ((n & 15) === 15 && performance.now() > end) return false;
    const next = building.rest.next();
    if (next.done) break;
    building.index.set(next.value);
  }
  building.index.prepareScan();
  index = building.index;
  building = null;
  return true;
}

function indexOf(): SuggestionIndex {
  buildSome(Infinity);
  return index!;
}

/**
 * Build the search index in slices of a few milliseconds while the page is
 * idle, so that the first keystroke finds it ready: at HQ's 50,000
 * suggestions the whole build takes over a second, too long to freeze the
 * screen for at once. A search before it is done finishes the rest at once.
 */
let warming = false;

export function warmSuggestionIndex(): void {
  if (index || warming) return;
  warming = true;
  // Each slice fits the idle time the browser gives (a frame's spare time), so scrolling keeps its frames.
  const next = () => (typeof requestIdleCallback === 'function'
    ? requestIdleCallback((d) => step(Math.max(1, d.timeRemaining() - 1)), { timeout: 500 })
    : setTimeout(() => step(8), 0));
  const step = (budgetMs: number) => {
    if (buildSome(budgetMs)) warming = false;
    else next();
  };
  next();
}

export async function loadSuggestionData(): Promise<SuggestionData> {
  const maps = await cache.snapshot();
  return {
    campaigns: [...maps.campaigns.values()].filter((c) => !c.deleted).sort((a, b) => b.startDate.localeCompare(a.startDate)),
    suggestions: maps.suggestions,
    index: indexOf,
    rev,
  };
}

/**
 * The data, live: refreshed whenever an op is written or imported. Undefined
 * while the first load runs, and until `enabled` (the list reads its first
 * rows before the whole table, which would otherwise hold the thread up).
 */
export function useSuggestionData(enabled = true): SuggestionData | undefined {
  const version = useLiveQuery(() => dataVersion(), []);
  const [data, setData] = useState<SuggestionData>();
  useEffect(() => {
    if (version === undefined || !enabled) return;
    let live = true;
    void loadSuggestionData().then((d) => {
      if (live) setData((prev) => (prev && prev.rev === d.rev ? prev : d));
    });
    return () => { live = false; };
  }, [version, enabled]);
  return data;
}

export function dropSuggestionData(): void {
  cache.drop();
}
