import Dexie, { type Table } from 'dexie';
import type { Op, SyncMeta } from '../../../shared/sync/record';
import { DB_NAME, SYNCED_TABLES, upgradeOf, VERSIONS, type VersionSpec } from './schema';
import type { OpChunk } from './oplog-store';
import { guardSyncedWrites } from './write-guard';

export interface MetaRow {
  key: string;
  [k: string]: unknown;
}

export interface ConflictRow {
  id: string;
  table: string;
  rowId: string;
  field: string;
  kept: unknown;
  keptStamp: string;
  lost: unknown;
  lostStamp: string;
  resolved: 0 | 1;
}

/**
 * The renderer's database. Synced tables are typed loosely here; features
 * reach them through their repositories, which own the op log.
 */
export class DeskDb extends Dexie {
  meta!: Table<MetaRow, string>;
  ops!: Table<Op, [string, number]>;
  /** Ops stored together: imported chunks and bulk local writes (oplog-store.ts, op-chunk.ts). */
  opChunks!: Table<OpChunk, [string, number]>;
  conflicts!: Table<ConflictRow, string>;

  constructor(name = DB_NAME, versions: VersionSpec[] = VERSIONS) {
    super(name);
    for (const v of versions) {
      const ver = this.version(v.version).stores(v.stores);
      const upgrade = upgradeOf(v);
      if (upgrade) ver.upgrade(upgrade);
    }
    guardSyncedWrites(this, SYNCED_TABLES);
  }

  synced<T extends SyncMeta>(table: string): Table<T, string> {
    return this.table(table) as Table<T, string>;
  }
}
