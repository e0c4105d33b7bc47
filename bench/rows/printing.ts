import type { NodeRow } from './types';

export const rows: NodeRow[] = [
  {
    id: 'signin-pdf',
    name: 'sign-in sheet, 300 members, to PDF',
    budget: '≤ 2 s',
    limits: [{ max: 2000 }],
    unit: 'ms',
    stat: 'median',
    source: 'performance.md',
    built: false,
    missing: 'print service (issue 4) not committed yet',
    phase: 'after',
  },
  {
    id: 'compilation-pdf',
    name: 'compilation of 2,000 suggestions to PDF',
    budget: '≤ 20 s',
    limits: [{ max: 20_000 }],
    unit: 'ms',
    stat: 'median',
    source: 'performance.md',
    built: false,
    missing: 'suggestions capability (compilation) not built',
    phase: 'after',
  },
];
