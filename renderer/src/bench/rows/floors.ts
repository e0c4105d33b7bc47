import type { Baseline, Measurement } from '../../../../bench/spec';
import { bulkPutChunked, bulkPutOneTx, pouchBulkDocs, toArrayFloor } from '../floors';
import { floorRecords } from '../records';
import { averageBytes } from '../timing';
import type { PageCtx, PageRow } from '../types';

/**
 * The floors and the peer themselves, on the bundle-sized records of the run
 * (100,000 at hq size). No budget: they are what the other rows are measured
 * against, and the reference figures are what docs/performance.md saw.
 */
function floorRow(
  id: string,
  name: string,
  reference: { figure: number; text: string },
  measure: (records: ReturnType<typeof floorRecords>, repeats: number) => Promise<Baseline>,
): PageRow {
  return {
    id,
    name,
    budget: `reference: ${reference.text} (performance.md, 100,000 rows)`,
    limits: [],
    unit: 'ms',
    stat: 'median',
    source: 'performance.md floors',
    built: true,
    async run(ctx: PageCtx): Promise<Measurement> {
      const records = floorRecords(ctx);
      const repeats = ctx.repeats;
      const b = await measure(records, repeats);
      if (!b.ok) throw new Error(b.note ?? `${name} failed`);
      const scale = records.length / 100_000;
      return {
        figure: b.figure,
        samples: repeats,
        baselines: [{ key: 'reference', kind: 'reference', name: `performance.md, scaled to ${records.length} records`, figure: reference.figure * scale, ok: true }],
        detail: { records: records.length, avgBytes: averageBytes(records), measured: b.name },
      };
    },
  };
}

export const rows: PageRow[] = [
  floorRow('floor-bulkput', 'floor: raw Dexie bulkPut, one transaction', { figure: 11_750, text: '11–12.5 s' }, bulkPutOneTx),
  floorRow('floor-bulkput-5000', 'floor: raw Dexie bulkPut, transactions of 5,000', { figure: 9_300, text: '9.3 s' }, bulkPutChunked),
  floorRow('floor-toarray', 'floor: raw Dexie toArray', { figure: 2_250, text: '2.1–2.4 s' }, toArrayFloor),
  floorRow('peer-pouchdb', 'peer: PouchDB bulkDocs (idb adapter, new_edits false)', { figure: 28_000, text: '28 s' }, pouchBulkDocs),
];
