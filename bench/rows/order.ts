/** Row order in results.json and the table: the budget table of performance.md, then issue extras, then floors. */
export const ROW_ORDER = [
  'sync-import',
  'sync-reimport',
  'sync-export',
  'member-search',
  'suggestion-fulltext',
  'suggestion-similar',
  'suggestion-list',
  'app-start',
  'signin-pdf',
  'compilation-pdf',
  'heap',
  'proposal-open',
  'proposal-autosave',
  'proposal-similar',
  'proposal-diff',
  'roster-import',
  'consultation-list',
  'signin-keystroke',
  'attendance-figures',
  'floor-bulkput',
  'floor-bulkput-5000',
  'floor-toarray',
  'peer-pouchdb',
];

/** The rows of the budget table in docs/performance.md: results.json always lists each of them. */
export const PERFORMANCE_MD_ROWS = ROW_ORDER.slice(0, 15);

export function byRowOrder<T extends { id: string }>(a: T, b: T): number {
  const ia = ROW_ORDER.indexOf(a.id);
  const ib = ROW_ORDER.indexOf(b.id);
  return (ia < 0 ? ROW_ORDER.length : ia) - (ib < 0 ? ROW_ORDER.length : ib);
}
