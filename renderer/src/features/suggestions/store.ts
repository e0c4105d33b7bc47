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
let rev = 0;
let all: Map<string, Suggestion> = new Map();

const cache = new TableCache<Maps>(['campaigns', 'suggestions'], {
  loaded(maps) {
    all = maps.get('suggestions') as Map<string, Suggestion>;
    index = null;
    rev++;
  },
  changed(table: string, id: string, rec: SyncMeta | undefined) {
    if (table === 'suggestions' && index) {
      if (rec) index.set(rec as Suggestion);
      else index.remove(id);
    }
    rev++;
  },
});

function indexOf(): SuggestionIndex {
  if (!index) {
    index = new SuggestionIndex();
    for (const s of all.values()) index.set(s);
  }
  return index;
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

/** The data, live: refreshed whenever an op is written or imported. Undefined while the first load runs. */
export function useSuggestionData(): SuggestionData | undefined {
  const version = useLiveQuery(() => dataVersion(), []);
  const [data, setData] = useState<SuggestionData>();
  useEffect(() => {
    if (version === undefined) return;
    let live = true;
    void loadSuggestionData().then((d) => {
      if (live) setData((prev) => (prev && prev.rev === d.rev ? prev : d));
    });
    return () => { live = false; };
  }, [version]);
  return data;
}

export function dropSuggestionData(): void {
  cache.drop();
}
