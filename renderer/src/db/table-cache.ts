import type { Op, SyncMeta } from '../../../shared/sync/record';
import { db } from './index';
import { versionVector } from './oplog';
import { readOps } from './oplog-store';

/**
 * Records of some tables kept in memory and brought up to date from the op
 * log: the first call reads the tables once; later calls read only the ops
 * written since (local writes and imported bundles alike, per origin by seq)
 * and fetch the records they touched. A page recomputes in milliseconds after
 * a write instead of re-reading every row (the figures of sessions; the
 * 50,000 suggestions and their search index at HQ).
 */
export interface CacheListener {
  /** Every record of the tables, after a (re)load. */
  loaded?(maps: ReadonlyMap<string, ReadonlyMap<string, SyncMeta>>): void;
  /** One record changed (undefined: gone). */
  changed?(table: string, id: string, rec: SyncMeta | undefined): void;
}

export class TableCache<M extends { [K in keyof M]: Map<string, SyncMeta> }> {
  private maps: M | null = null;
  private vv: VersionVector = {};
  private pending: Promise<M> | null = null;

  constructor(
    private readonly tables: ReadonlyArray<keyof M & string>,
    private readonly listener: CacheListener = {},
    /**
     * Fields the holder never reads, left out of the copies kept: `_stamps`
     * (a stamp per field, about half of an attendance row) for a cache that
     * only computes from the records (the duty record holds 160,000 attendance
     * rows at HQ).
     */
    private readonly strip: readonly string[] = [],
  ) {}

  private slim<T extends SyncMeta | undefined>(r: T): T {
    if (!r || !this.strip.length) return r;
    const out = { ...r } as Record<string, unknown>;
    for (const f of this.strip) delete out[f];
    return out as T;
  }

  private async load(): Promise<M> {
    // The version vector first: anything written after it is picked up by the next refresh.
    this.vv = await versionVector(db);
    const rows: SyncMeta[][] = [];
    for (const t of this.tables) {
      // Slimmed a page at a time: the whole table is never held twice.
      const out: SyncMeta[] = [];
      await eachPage(t, (page) => { for (const r of page) out.push(this.slim(r)); });
      rows.push(out);
    }
    const maps = Object.fromEntries(this.tables.map((t, i) => [t, new Map(rows[i].map((r) => [r.id, r]))])) as unknown as M;
    this.listener.loaded?.(new Map(Object.entries(maps)));
    return maps;
  }

  private async refresh(maps: M): Promise<M> {
    const since = await touchedSince(this.vv, this.tables);
    // The database was replaced (an office left, a restore): start again.
    if (!since) return this.load();
    await Promise.all([...since.touched].map(async ([t, set]) => {
      const ids = [...set];
      if (!ids.length) return;
      const recs = ((await db.table(t).bulkGet(ids)) as Array<SyncMeta | undefined>).map((r) => this.slim(r));
      const map = (maps as Record<string, Map<string, SyncMeta>>)[t];
      recs.forEach((r, i) => {
        if (r) map.set(ids[i], r);
        else map.delete(ids[i]);
        this.listener.changed?.(t, ids[i], r);
      });
    }));
    this.vv = since.vv;
    return maps;
  }

  /** The records as they are now; concurrent callers share one read. */
  snapshot(): Promise<M> {
    if (!this.pending) {
      this.pending = (this.maps ? this.refresh(this.maps) : this.load())
        .then((m) => (this.maps = m))
        .finally(() => { this.pending = null; });
    }
    return this.pending;
  }

  /** Forget everything (another office opened, the database replaced). */
  drop(): void {
    this.maps = null;
  }
}

export type VersionVector = Record<string, number>;

/**
 * The ids of the records of `tables` that ops written or imported since the
 * version vector `since` touched (local writes and bundles alike, read from
 * the op log per origin by seq), with the vector now; null when the database
 * was replaced meanwhile (an office left, a restore): read everything again.
 */
export async function touchedSince(since: VersionVector, tables: readonly string[]): Promise<{ vv: VersionVector; touched: Map<string, Set<string>> } | null> {
  const vv = await versionVector(db);
  if (Object.entries(since).some(([origin, seq]) => (vv[origin] ?? 0) < seq)) return null;
  const touched = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const [origin, seq] of Object.entries(vv)) {
    const have = since[origin] ?? 0;
    if (seq <= have) continue;
    const ops: Op[] = await readOps(db, origin, have + 1, seq);
    for (const op of ops) touched.get(op.table)?.add(op.id);
  }
  return { vv, touched };
}

/** Rows per read of `eachPage`: each read's records are decoded in one task (about 0.05 ms a suggestion). */
const PAGE = 2500;

/**
 * A whole table, read a page of primary keys at a time: one read of 50,000
 * suggestions is decoded in one task of seconds, during which the page
 * neither scrolls nor paints; pages leave the thread free between them.
 * Each page is handed to `fn` and then let go: a
 * holder that keeps what it makes of the records, not the records, never has
 * the whole table in memory (the duty record reads 160,000 attendance rows at HQ).
 */
export async function eachPage(table: string, fn: (page: SyncMeta[]) => void): Promise<void> {
  const t = db.table<SyncMeta, string>(table);
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? t.orderBy(':id') : t.where(':id').above(after)).limit(PAGE).toArray();
    fn(page);
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

/** Changes whenever any op is written or imported: a live query on it tells a page to refresh its cache. */
export async function dataVersion(): Promise<string> {
  // Local writes add `ops` rows; imports add or merge `opChunks` rows and raise the version vector.
  const [local, chunks, vv] = await Promise.all([db.ops.count(), db.opChunks.count(), versionVector(db)]);
  return `${local}/${chunks}/${Object.values(vv).reduce((a, b) => a + b, 0)}`;
}
