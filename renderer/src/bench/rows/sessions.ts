import { notBuilt } from '../not-built';
import type { PageRow } from '../types';

export const rows: PageRow[] = [
  notBuilt({
    id: 'signin-keystroke',
    name: 'sign-in lookup per keystroke (3,000 members)',
    budget: 'under one frame (p95 ≤ 16 ms)',
    limits: [{ max: 16 }],
    stat: 'p95',
    source: 'issue 5',
    missing: 'sign-in desk (issue 5) not committed yet',
  }),
  notBuilt({
    id: 'attendance-figures',
    name: 'attendance figures over 150,000 rows',
    budget: '≤ 300 ms',
    limits: [{ max: 300 }],
    stat: 'median',
    source: 'issue 5',
    missing: 'attendance figures (issue 5) not committed yet',
  }),
];
