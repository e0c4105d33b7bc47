import type { Member } from '../../../../shared/domain/member';
import type { Attendance, StudySession } from '../../../../shared/domain/session';
import type { Op } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { versionVector } from '../../db/oplog';
import { readOps } from '../../db/oplog-store';

/**
 * The records the figures need, kept in memory and brought up to date from
 * the op log: the first call reads the tables once; later calls read only
 * the ops written since (local writes and imported bundles alike, per origin
 * by seq) and fetch the records they touched. So the figures page recomputes
 * in milliseconds after each sign-in instead of re-reading every row.
 */
interface Snapshot {
  sessions: Map<string, StudySession>;
  attendance: Map<string, Attendance>;
  members: Map<string, Member>;
  /** Highest seq seen per origin when the snapshot was last brought up to date. */
  vv: Record<string, number>;
}

const TABLES = ['sessions', 'attendance', 'members'] as const;
type CachedTable = (typeof TABLES)[number];

let snapshot: Snapshot | null = null;
let pending: Promise<Snapshot> | null = null;

async function load(): Promise<Snapshot> {
  // The version vector first: anything written after it is picked up by the next refresh.
  const vv = await versionVector(db);
  const [sessions, attendance, members] = await Promise.all([
    repos.sessions.read.toArray(), repos.attendance.read.toArray(), repos.members.read.toArray(),
  ]);
  return {
    sessions: new Map(sessions.map((r) => [r.id, r])),
    attendance: new Map(attendance.map((r) => [r.id, r])),
    members: new Map(members.map((r) => [r.id, r])),
    vv,
  };
}

async function refresh(s: Snapshot): Promise<Snapshot> {
  const vv = await versionVector(db);
  // The database was replaced (an office left, a restore): start again.
  if (Object.entries(s.vv).some(([origin, seq]) => (vv[origin] ?? 0) < seq)) return load();
  const touched: Record<CachedTable, Set<string>> = { sessions: new Set(), attendance: new Set(), members: new Set() };
  for (const [origin, seq] of Object.entries(vv)) {
    const have = s.vv[origin] ?? 0;
    if (seq <= have) continue;
    const ops: Op[] = await readOps(db, origin, have + 1, seq);
    for (const op of ops) if ((TABLES as readonly string[]).includes(op.table)) touched[op.table as CachedTable].add(op.id);
  }
  await Promise.all(TABLES.map(async (t) => {
    const ids = [...touched[t]];
    if (!ids.length) return;
    const recs = await db.table(t).bulkGet(ids);
    const map = s[t] as Map<string, unknown>;
    recs.forEach((r, i) => (r ? map.set(ids[i], r) : map.delete(ids[i])));
  }));
  s.vv = vv;
  return s;
}

/** The records as they are now; concurrent callers share one read. */
export function figureSnapshot(): Promise<Snapshot> {
  if (!pending) {
    pending = (snapshot ? refresh(snapshot) : load())
      .then((s) => (snapshot = s))
      .finally(() => { pending = null; });
  }
  return pending;
}

/** Changes whenever any op is written or imported: a live query on it tells a page to refresh. */
export async function figureVersion(): Promise<string> {
  // Local writes add `ops` rows; imports add or merge `opChunks` rows and raise the version vector.
  const [local, chunks, vv] = await Promise.all([db.ops.count(), db.opChunks.count(), versionVector(db)]);
  return `${local}/${chunks}/${Object.values(vv).reduce((a, b) => a + b, 0)}`;
}

/** Forget the snapshot (another office opened, the database replaced). */
export function dropFigureSnapshot(): void {
  snapshot = null;
}
