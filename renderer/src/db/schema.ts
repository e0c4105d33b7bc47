import type { Transaction } from 'dexie';
import { memberSortKey } from '../../../shared/pinyin';
import type { Op } from '../../../shared/sync/record';
import { attendanceOpIds, upgradeToV5 } from './upgrade-v5';

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
  /** Whole-table work after the row upgrades (re-keying, say); also run on a restored older backup. */
  upgrade?: (tx: Transaction) => Promise<void>;
  /**
   * How an op written by the version before becomes an op of this one, for a
   * rebuild from archived bundles of older versions (sync/exchange.ts). Made
   * once per rebuild: it may remember what earlier ops said (a record's new id).
   */
  ops?: () => (op: Op) => Op;
}

/** The op upgrades for bundles of older versions, made once and kept for a whole rebuild. */
export class OpUpgrades {
  private readonly made = new Map<number, (op: Op) => Op>();

  /** Every op upgrade of the versions above `from`, oldest first, as one function. */
  since(from: number): (op: Op) => Op {
    const steps = VERSIONS.filter((v) => v.version > from && v.ops).map((v) => {
      if (!this.made.has(v.version)) this.made.set(v.version, v.ops!());
      return this.made.get(v.version)!;
    });
    return (op) => steps.reduce((o, step) => step(o), op);
  }
}

export type RowUpgrade = (row: Record<string, unknown>) => Record<string, unknown>;

/** The row upgrades of every version above `from`, oldest first, for one table. */
export function rowUpgradesSince(from: number, table: string): RowUpgrade[] {
  return VERSIONS.filter((v) => v.version > from && v.rows?.[table]).map((v) => v.rows![table]);
}

/** The whole-table upgrades of every version above `from`, oldest first. */
export function tableUpgradesSince(from: number): Array<(tx: Transaction) => Promise<void>> {
  return VERSIONS.filter((v) => v.version > from && v.upgrade).map((v) => v.upgrade!);
}

/** Dexie's upgrade step for a version: its row upgrades applied to every row of their tables, then its table upgrade. */
export function upgradeOf(v: VersionSpec): ((tx: Transaction) => Promise<void>) | undefined {
  const rows = v.rows;
  if (!rows && !v.upgrade) return undefined;
  return async (tx) => {
    for (const [table, fn] of Object.entries(rows ?? {})) {
      await tx.table(table).toCollection().modify((row: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = fn(row);
      });
    }
    await v.upgrade?.(tx);
  };
}

export const DB_NAME = 'committee-desk';

/**
 * Tables whose records carry sync metadata and are written only through
 * repositories (so every write leaves an op). The sync exchange is generic
 * over this list: a capability syncs a table by adding it here.
 */
export const SYNCED_TABLES = ['members', 'refLists', 'sessions', 'attendance', 'campaigns', 'suggestions', 'suggestionHistory', 'proposals', 'proposalRevisions', 'proposalCoSigners', 'proposalSteps', 'reports', 'dutyActivities', 'dutyRules', 'consultTopics', 'consultMeetings', 'supervisions', 'consultMeasures'] as const;
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
    // an import of 100,000 was twice a plain bulkPut, each index a third more). Attendance has
    // no secondary index: its id is its (session, member) pair, session first, so a session's
    // records are a key range and a member's are one get per session (features/sessions/data.ts);
    // the mass-delete guard counts by a scan. Chunk rows hold their ops packed (op-chunk.ts).
    // upgrade-v5.ts re-keys the records and their ops.
    version: 5,
    stores: {
      attendance: 'id',
    },
    upgrade: upgradeToV5,
    ops: attendanceOpIds,
  },
  {
    // v6: 献一计 (features/suggestions). Campaigns and suggestions are read whole into memory (the
    // search index needs every text anyway), so they carry only the office index HQ's exchange counts
    // by. A suggestion's history is keyed `<suggestionId>~<id>` (shared/domain/suggestion.ts
    // historyId): one suggestion's entries are a primary-key range, with no secondary index.
    version: 6,
    stores: {
      campaigns: 'id, office',
      suggestions: 'id, office',
      suggestionHistory: 'id',
    },
  },
  {
    // v7: proposals (features/proposals). A proposal's revisions, co-signatures and handling
    // steps are keyed `${proposalId}~…` (shared/domain/proposal.ts childId), so one proposal's
    // are a primary-key range and those tables need no proposal index; revisions and steps are
    // the big ones (40,000 revisions at HQ), so they carry no secondary index at all. Co-signers
    // are found by member for the member's page.
    version: 7,
    stores: {
      proposals: 'id, office',
      proposalRevisions: 'id',
      proposalCoSigners: 'id, memberId',
      proposalSteps: 'id',
    },
  },
  {
    // v8: the duty record (features/duty, features/reports). 社情民意 and other duties are read whole
    // into the duty record's memory (shared/duty/producers), so they carry only the office index HQ's
    // exchange counts by; the rule table is a few dozen rows keyed by rule (shared/domain/duty.ts).
    // Points are never stored: they are computed from the records (shared/duty/engine.ts).
    version: 8,
    stores: {
      reports: 'id, office',
      dutyActivities: 'id, office',
      dutyRules: 'id',
    },
  },
  {
    // v9: 有事好商量 (features/consultations). Topics, meetings and 民主监督 items are few (a few
    // hundred a year at HQ) and read whole, so they carry only the office index HQ's exchange counts by.
    // A measure is keyed `${parentId}~…` (shared/domain/consultation.ts measureId): a meeting's or a
    // supervision item's measures are one primary-key range, with no secondary index.
    version: 9,
    stores: {
      consultTopics: 'id, office',
      consultMeetings: 'id, office',
      supervisions: 'id, office',
      consultMeasures: 'id',
    },
  },
  {
    // v10: 献一计's list draws its first rows before every suggestion is read
    // (features/suggestions/list/firstRows.ts): newest received first is one
    // reverse range of this index, in the list's own order (receivedOn, then id).
    version: 10,
    stores: {
      suggestions: 'id, office, [receivedOn+id]',
    },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1].version;
