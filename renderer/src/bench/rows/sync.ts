import { notBuilt } from '../not-built';
import type { PageRow } from '../types';

export const rows: PageRow[] = [
  notBuilt({
    id: 'sync-import',
    name: 'import a 100,000-record bundle',
    budget: '≤ 1.5 × raw bulkPut; faster than PouchDB',
    limits: [{ against: 'bulkPut', max: 1.5 }, { against: 'pouchdb', max: 1 }],
    stat: 'median',
    missing: 'bundle import (issue 6) not committed yet',
  }),
  notBuilt({
    id: 'sync-reimport',
    name: 'import the same bundle again',
    budget: '≤ 0.1 × the first import',
    limits: [{ against: 'firstImport', max: 0.1 }],
    stat: 'median',
    missing: 'bundle import (issue 6) not committed yet',
  }),
  notBuilt({
    id: 'sync-export',
    name: 'export 100,000 changed records',
    budget: '≤ 1.2 × reading them with toArray',
    limits: [{ against: 'toArray', max: 1.2 }],
    stat: 'median',
    missing: 'bundle export (issue 6) not committed yet',
  }),
];
