import { notBuilt } from '../not-built';
import type { PageRow } from '../types';

export const rows: PageRow[] = [
  notBuilt({
    id: 'member-search',
    name: 'member search as typed (3,000)',
    budget: 'p95 ≤ 16 ms a keystroke',
    limits: [{ max: 16 }],
    stat: 'p95',
    missing: 'member search (issue 3) not committed yet',
  }),
  notBuilt({
    id: 'roster-import',
    name: 'import a 3,000-row sheet with preview',
    budget: '< 3 s',
    limits: [{ max: 3000 }],
    stat: 'median',
    source: 'issue 3',
    missing: 'roster import (issue 3) not committed yet',
  }),
];
