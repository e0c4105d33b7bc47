import type { Transaction } from 'dexie';
import { memberSortKey } from '../../../shared/pinyin';

/**
 * Every version of the database, oldest first. A new version lists only the
 * stores it changes, plus an upgrade that brings old rows up to date; it is
 * tested from every earlier version (schema.test.ts). Until the first release,
 * a capability adds its new tables to the newest version.
 */
export interface VersionSpec {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
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
    upgrade: async (tx) => {
      await tx
        .table('members')
        .toCollection()
        .modify((m: { name?: string; sortKey?: string }) => {
          m.sortKey = memberSortKey(m.name ?? '');
        });
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
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1].version;
