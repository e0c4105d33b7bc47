import { notBuilt } from '../not-built';
import type { PageRow } from '../types';

/** Suggestions (社情民意) are not built yet: their rows are listed so the gap shows. */
export const rows: PageRow[] = [
  notBuilt({
    id: 'suggestion-fulltext',
    name: 'full-text search (50,000 suggestions)',
    budget: 'p95 ≤ 50 ms',
    limits: [{ max: 50 }],
    stat: 'p95',
    missing: 'suggestions capability (full-text index) not built',
  }),
  notBuilt({
    id: 'suggestion-similar',
    name: 'similar-suggestion check while typing',
    budget: 'p95 ≤ 50 ms',
    limits: [{ max: 50 }],
    stat: 'p95',
    missing: 'suggestions capability (similarity check) not built',
  }),
  notBuilt({
    id: 'suggestion-list',
    name: 'open a 50,000-row list',
    budget: 'first rows drawn ≤ 300 ms, scrolling at frame rate',
    limits: [{ max: 300 }],
    stat: 'median',
    missing: 'suggestions list not built',
  }),
];
