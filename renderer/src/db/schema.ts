import type { Transaction } from 'dexie';
import { memberSortKey } from '../../../shared/pinyin';
import type { Op } from '../../../shared/sync/record';
import { makeChunk } from './op-chunk';

/**
 * Every version of the database, oldest first. A new version lists only the
 * stores it changes, plus an upgrade that brings old rows up to date; it is
 * tested from every earlier version (schema.test.ts). Until the first release,
 * a capability adds its new tables to the newest version.
 */
export interface VersionSpec {
  version: number;
  stores: Record<string, string | null>;
  /**
   * How a row of a table written by the version before becomes a row of this
   * one. Run on the database when it opens (Dexie upgrade) and on rows read
   * from an older backup when it is restored (sync/backup.ts), so both paths
   * bring old rows up to date the same way.
   */
  rows?: Record<string, RowUpgrade>;
}

export type RowUpgrade = (row: Record<string, unknown>) => Record<string, unknown>;

/** The row upgrades of every version above `from`, oldest first, for one table. */
export function rowUpgradesSince(from: number, table: string): RowUpgrade[] {
  return VERSIONS.filter((v) => v.version > from && v.rows?.[table]).map((v) => v.rows![table]);
}

/** Dexie's upgrade step for a version: each of its row upgrades applied to every row of its table. */
export function upgradeOf(v: VersionSpec): ((tx: Transaction) => Promise<void>) | undefined {
  const rows = v.rows;
  if (!rows) return undefined;
  return async (tx) => {
    for (const [table, fn] of Object.entries(rows)) {
      await tx.table(table).toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = fn(row);
      });
    }
  };
}

export const DB_NAME = 'committee-desk';

/**
 * Tables whose records carry sync metadata and are written only through
 * repositories (so every write leaves an op). The sync exchange is generic
 * over this list: a capability syncs a table by adding it here.
 */
export const SYNCED_TABLES = ['members', 'refLists', 'sessions', 'attendance'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const VERSIONS: VersionSpec[] = [
  {
    version: 1,
    stores: {
      // Local state: node clock, settings. Not synced.
      meta: 'key',
      // The op log: one row per local or imported write, keyed per origin.
      ops: '[origin+seq], [table+id], stamp',
      // Conflicts kept for a person to resolve (fields that matter).
      conflicts: 'id, [table+rowId], resolved',
      members: 'id, office, memberNo, name, sector, status, *committees, _rev',
      refLists: 'id, office, kind, [kind+name]',
    },
  },
  {
    // v2: members get a pinyin sort key so the roster sorts by 拼音 in the index, not in memory.
    version: 2,
    stores: {
      members: 'id, office, memberNo, name, sector, status, *committees, _rev, sortKey',
      // Study sessions and one attendance record per (session, member) (features/sessions).
      sessions: 'id, office, date, _rev',
      attendance: 'id, office, sessionId, memberId, [sessionId+memberId], _rev',
    },
    rows: {
      members: (m) => ({ ...m, sortKey: memberSortKey(typeof m.name === 'string' ? m.name : '') }),
    },
  },
  {
    // v3: indexes only where a screen or the exchange queries them (performance.md: every
    // index is one more B-tree write per row; the op log and imports pay it 100,000 times).
    // Dropped: ops.stamp and ops.[table+id] (the exchange finds a write's op by [origin+seq]),
    // members' name/memberNo/sector/status/committees/_rev (the roster filters an in-memory
    // index), refLists.[kind+name], sessions._rev, attendance._rev and attendance.sessionId.
    version: 3,
    stores: {
      ops: '[origin+seq]',
      members: 'id, office, sortKey',
      refLists: 'id, office, kind',
      sessions: 'id, office, date',
      // where('sessionId') is served by the compound index's first part (a Dexie virtual index).
      attendance: 'id, office, memberId, [sessionId+memberId]',
    },
  },
  {
    // v4: imported ops are stored one row per applied chunk per origin (db/oplog-store.ts),
    // so an import writes its records plus a handful of rows instead of two rows a record.
    // Local writes keep one `ops` row each; readers see both stores. Existing `ops` rows
    // stay where they are (every reader merges the stores), so no row has to move.
    version: 4,
    stores: {
      opChunks: '[origin+to]',
    },
  },
  {
    // v5: the cost of an import is the index entries of the records it writes (performance.md:
    // an import of 100,000 was twice a plain bulkPut). Attendance keeps only the index the
    // session page reads by; the member page looks a member's rows up through it too
    // (features/sessions/data.ts memberAttendance), and the mass-delete guard counts by a
    // scan. Chunk rows hold their ops gzipped, as they travel (op-chunk.ts).
    version: 5,
    stores: {
      attendance: 'id, [sessionId+memberId]',
    },
    rows: {
      opChunks: (c) => makeChunk([...(c.ops as Op[])].sort((a, b) => a.seq - b.seq)) as unknown as Record<string, unknown>,
    },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1].version;
