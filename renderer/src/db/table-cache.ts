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
  private vv: Record<string, number> = {};
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
    for (const t of this.tables) rows.push(this.strip.length ? (await readInPages(t)).map((r) => this.slim(r)) : await readInPages(t));
    const maps = Object.fromEntries(this.tables.map((t, i) => [t, new Map(rows[i].map((r) => [r.id, r]))])) as unknown as M;
    this.listener.loaded?.(new Map(Object.entries(maps)));
    return maps;
  }

  private async refresh(maps: M): Promise<M> {
    const vv = await versionVector(db);
    // The database was replaced (an office left, a restore): start again.
    if (Object.entries(this.vv).some(([origin, seq]) => (vv[origin] ?? 0) < seq)) return this.load();
    const touched = new Map<string, Set<string>>(this.tables.map((t) => [t, new Set()]));
    for (const [origin, seq] of Object.entries(vv)) {
      const have = this.vv[origin] ?? 0;
      if (seq <= have) continue;
      const ops: Op[] = await readOps(db, origin, have + 1, seq);
      for (const op of ops) touched.get(op.table)?.add(op.id);
    }
    await Promise.all([...touched].map(async ([t, set]) => {
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
    this.vv = vv;
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

/** Rows per read of `readInPages`: each read's records are decoded in one task (about 0.05 ms a suggestion). */
const PAGE = 2500;

/**
 * A whole table, read a page of primary keys at a time: one read of 50,000
 * suggestions is decoded in one task of seconds, during which the page
 * neither scrolls nor paints; pages leave the thread free between them.
 */
async function readInPages(table: string): Promise<SyncMeta[]> {
  const t = db.table<SyncMeta, string>(table);
  const out: SyncMeta[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? t.orderBy(':id') : t.where(':id').above(after)).limit(PAGE).toArray();
    for (const r of page) out.push(r);
    if (page.length < PAGE) return out;
    after = page[page.length - 1].id;
  }
}

/** Changes whenever any op is written or imported: a live query on it tells a page to refresh its cache. */
export async function dataVersion(): Promise<string> {
  // Local writes add `ops` rows; imports add or merge `opChunks` rows and raise the version vector.
  const [local, chunks, vv] = await Promise.all([db.ops.count(), db.opChunks.count(), versionVector(db)]);
  return `${local}/${chunks}/${Object.values(vv).reduce((a, b) => a + b, 0)}`;
}
