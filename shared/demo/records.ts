import { formatStamp } from '../hlc';
import type { SyncMeta } from '../sync/record';
import { datasetAttendance, datasetMembers, datasetSessions, datasetSuggestions, DATASET_SIZES, type DatasetSize } from './datasets';
import { DEMO_SEED } from './generator';
import { Rng } from './random';

/**
 * Synced-shaped records (sync metadata plus fields, about 250 bytes as JSON
 * on average) drawn from a data set in the proportions the hq data has:
 * mostly attendance rows, then suggestions, members and sessions. The bench
 * writes exactly these with raw Dexie bulkPut and PouchDB to measure the
 * floor and the peer of bulk imports.
 */
export type BenchRecord = SyncMeta & { table: string } & Record<string, unknown>;

const START = Date.UTC(2025, 0, 1);

/** A UUIDv7-shaped id from the seeded generator, so the same seed gives the same ids. */
export function seededId(rng: Rng, millis: number): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  const t = millis.toString(16).padStart(12, '0');
  return `${t.slice(0, 8)}-${t.slice(8)}-7${hex(3)}-${(8 + rng.int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`;
}

export function seededNodeId(rng: Rng): string {
  return Array.from({ length: 16 }, () => rng.int(0, 15).toString(16)).join('').toUpperCase();
}

export function benchRecords(size: DatasetSize, count: number = DATASET_SIZES[size].bundle, seed = DEMO_SEED): BenchRecord[] {
  const rng = new Rng(seed + 7);
  const node = seededNodeId(rng);
  const members = datasetMembers(size, seed);
  const sessions = datasetSessions(size, seed);
  const attendance = datasetAttendance(size, seed);
  const suggestions = datasetSuggestions(size, seed);
  const sources: Array<{ table: string; rows: Array<Record<string, unknown>> }> = [
    { table: 'members', rows: members },
    { table: 'sessions', rows: sessions as unknown as Array<Record<string, unknown>> },
    {
      table: 'attendance',
      rows: attendance.map((a) => ({ office: members[a.member].office, session: a.session, member: a.member, status: a.status })),
    },
    {
      table: 'suggestions',
      rows: suggestions.map((s) => ({ office: s.office, title: s.title, body: s.body.slice(0, 60), member: s.member, year: s.year })),
    },
  ];
  const total = sources.reduce((n, s) => n + s.rows.length, 0);
  const out: BenchRecord[] = [];
  for (const { table, rows } of sources) {
    const want = Math.max(1, Math.round((rows.length * count) / total));
    for (let i = 0; i < want && out.length < count; i++) {
      const fields = rows[i % rows.length];
      const millis = START + out.length * 1000;
      const stamp = formatStamp({ millis, counter: 0, node });
      const stamps: Record<string, string> = { office: stamp, deleted: stamp };
      for (const k of Object.keys(fields)) stamps[k] = stamp;
      out.push({ ...fields, table, id: seededId(rng, millis), office: String(fields.office ?? 'ZL-01'), deleted: 0, _stamps: stamps, _rev: stamp });
    }
  }
  while (out.length < count) out.push({ ...out[out.length % Math.max(1, out.length)], id: seededId(rng, START + out.length * 1000) });
  return out;
}
