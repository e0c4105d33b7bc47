import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DutyRuleRow } from '../../../../../shared/domain/duty';
import type { Member } from '../../../../../shared/domain/member';
import { itemsByMember } from '../../../../../shared/duty/engine';
import { compareItems, type DutyItem } from '../../../../../shared/duty/items';
import { DUTY_SOURCE_TABLES, PRODUCERS, type DutyProducer, type DutyTables } from '../../../../../shared/duty/producers';
import { ruleTableOf, type RuleTable } from '../../../../../shared/duty/rules';
import type { SyncMeta } from '../../../../../shared/sync/record';
import { db } from '../../../db';
import { listed } from '../../../db/repo';
import { versionVector } from '../../../db/oplog';
import { dataVersion, eachPage, touchedSince, type VersionVector } from '../../../db/table-cache';
import { keepItems } from './kept';

/**
 * The one loader of the duty record. It keeps the items, not the records:
 * every producer (shared/duty/producers PRODUCERS: a capability that plugs in
 * its producer is read here with no change) is fed its rows table a page at a
 * time, and each page is let go once its items are made (at HQ the records
 * behind 268,000 items are 160,000 attendance rows, 50,000 suggestions and
 * more: hundreds of MB, where the items are tens). After a write or an import
 * the op log names the records touched (db/table-cache.ts touchedSince): their
 * items alone are made again from those records, read by id. Points are never
 * stored; the screens score the items with the rule table in force.
 */
export const DUTY_TABLES: readonly string[] = [...new Set([...DUTY_SOURCE_TABLES, 'members', 'dutyRules'])];

export interface DutySnapshot {
  /** In scoring order (compareItems), so that each member's list is too. */
  items: readonly DutyItem[];
  byMember: ReadonlyMap<string, DutyItem[]>;
  table: RuleTable;
  ruleRows: readonly DutyRuleRow[];
  /** Members not deleted (retired ones too: their record stays). */
  members: readonly Member[];
  /** Counts up on every change: a key for memos. */
  rev: number;
}

interface Held {
  vv: VersionVector;
  items: DutyItem[];
  snap: DutySnapshot;
}

/** Above this many touched records of a table, its producer reads the table through again (paged) instead of by id. */
const BY_ID_MAX = 2500;

let rev = 0;
let held: Held | null = null;
let pending: Promise<DutySnapshot> | null = null;
/** The load that follows the one under way (see loadDutySnapshot). */
let next: Promise<DutySnapshot> | null = null;

const live = <T,>(rows: readonly SyncMeta[]): T[] => rows.filter((r) => r.deleted === 0) as unknown as T[];

async function wholeLive<T>(table: string): Promise<T[]> {
  const out: T[] = [];
  await eachPage(table, (page) => { for (const r of page) if (r.deleted === 0) out.push(r as unknown as T); });
  return out;
}

/**
 * One copy of each member id, date and kind among the items: read from the
 * records, each item would hold its own copy of the same few thousand strings.
 */
function interner(): (items: DutyItem[]) => DutyItem[] {
  const pool = new Map<string, string>();
  const one = (s: string) => {
    const have = pool.get(s);
    if (have !== undefined) return have;
    pool.set(s, s);
    return s;
  };
  return (items) => {
    for (const it of items) {
      it.memberId = one(it.memberId);
      it.date = one(it.date);
      if (it.kind !== undefined) it.kind = one(it.kind);
    }
    return items;
  };
}

/** The producer's other tables, read whole (small ones: sessions, co-signatures, topics). */
async function contextOf(p: DutyProducer): Promise<Record<string, SyncMeta[]>> {
  const ctx: Record<string, SyncMeta[]> = {};
  for (const t of p.tables) if (t !== p.rows) ctx[t] = await wholeLive(t);
  return ctx;
}

/** Every item of one producer, its rows table read a page at a time. */
async function produceAll(p: DutyProducer, keep: (items: DutyItem[]) => DutyItem[], out: DutyItem[]): Promise<void> {
  const ctx = await contextOf(p);
  await eachPage(p.rows, (page) => {
    for (const it of keep(p.produce({ ...ctx, [p.rows]: live(page) } as DutyTables))) out.push(it);
  });
}

/** The items of some records of the producer's rows table, read by id (deleted ones give none). */
async function produceSome(p: DutyProducer, ids: readonly string[], keep: (items: DutyItem[]) => DutyItem[]): Promise<DutyItem[]> {
  const ctx = await contextOf(p);
  const recs = (await db.table(p.rows).bulkGet([...ids])) as Array<SyncMeta | undefined>;
  return keep(p.produce({ ...ctx, [p.rows]: live(recs.filter((r): r is SyncMeta => !!r)) } as DutyTables));
}

async function rosterAndRules(): Promise<Pick<DutySnapshot, 'members' | 'ruleRows' | 'table'>> {
  // At an office, a member HQ moved to another office is no longer its to rank (db/repo.ts listed).
  const members = (await wholeLive<Member>('members')).filter((m) => listed(m));
  members.sort((a, b) => (a.sortKey ?? a.name).localeCompare(b.sortKey ?? b.name));
  const ruleRows = await wholeLive<DutyRuleRow>('dutyRules');
  return { members, ruleRows, table: ruleTableOf(ruleRows) };
}

/** `items` in scoring order (compareItems): each member's list is then too. */
function snapshotOf(items: DutyItem[], rest: Pick<DutySnapshot, 'members' | 'ruleRows' | 'table'>, sameItems?: DutySnapshot): DutySnapshot {
  if (sameItems) return { ...sameItems, ...rest, rev: ++rev };
  return { items, byMember: itemsByMember(items), ...rest, rev: ++rev };
}

async function loadAll(): Promise<Held> {
  // The version vector first: anything written after it is picked up by the next refresh.
  const vv = await versionVector(db);
  const version = await dataVersion();
  const keep = interner();
  const items: DutyItem[] = [];
  for (const p of PRODUCERS) await produceAll(p, keep, items);
  items.sort(compareItems);
  const snap = snapshotOf(items, await rosterAndRules());
  // For the ranking's next first open (kept.ts); the version read before the tables, so a write meanwhile makes it stale.
  keepItems(version, snap.items);
  return { vv, items, snap };
}

/** Two lists in scoring order made one (the items kept, and those made again after a change). */
function mergeSorted(a: readonly DutyItem[], b: readonly DutyItem[]): DutyItem[] {
  const out: DutyItem[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareItems(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

async function refresh(h: Held): Promise<Held> {
  // The version before the reads, as in loadAll: a write during them leaves the kept copy stale, never fresh.
  const version = await dataVersion();
  const since = await touchedSince(h.vv, DUTY_TABLES);
  if (!since) return loadAll();
  const touched = since.touched;
  const any = (t: string) => (touched.get(t)?.size ?? 0) > 0;
  if (!DUTY_TABLES.some(any)) return { ...h, vv: since.vv };
  let items = h.items;
  if (DUTY_SOURCE_TABLES.some(any)) {
    const keep = interner();
    const redo = new Set<string>();
    const byId = new Map<string, Set<string>>();
    for (const p of PRODUCERS) {
      const rows = touched.get(p.rows)?.size ?? 0;
      if (p.tables.some((t) => t !== p.rows && any(t)) || rows > BY_ID_MAX) redo.add(p.rows);
      else if (rows) byId.set(p.rows, touched.get(p.rows)!);
    }
    const fresh: DutyItem[] = [];
    for (const p of PRODUCERS) {
      if (redo.has(p.rows)) await produceAll(p, keep, fresh);
      else if (byId.has(p.rows)) for (const it of await produceSome(p, [...byId.get(p.rows)!], keep)) fresh.push(it);
    }
    // What stays is in scoring order still: only what was made again is sorted, then merged in.
    const stays = items.filter((i) => !redo.has(i.source.table) && !byId.get(i.source.table)?.has(i.source.id));
    items = mergeSorted(stays, fresh.sort(compareItems));
  }
  const rest = any('members') || any('dutyRules') ? await rosterAndRules() : h.snap;
  const snap = snapshotOf(items, { members: rest.members, ruleRows: rest.ruleRows, table: rest.table }, items === h.items ? h.snap : undefined);
  if (items !== h.items) keepItems(version, snap.items);
  return { vv: since.vv, items, snap };
}

/**
 * The duty record as the database holds it now, with every write made before
 * this call. A load under way may have begun before such a write: a caller
 * then waits for it and for one more (incremental, reading only what changed
 * meanwhile), which every caller that arrives in the meantime shares.
 */
export function loadDutySnapshot(): Promise<DutySnapshot> {
  if (pending) {
    next ??= pending.catch(() => undefined).then(() => { next = null; return loadDutySnapshot(); });
    return next;
  }
  pending = (async () => {
    try {
      const made = held ? await refresh(held) : await loadAll();
      held = made;
      return made.snap;
    } finally {
      pending = null;
    }
  })();
  return pending;
}

/**
 * The snapshot, live: refreshed whenever an op is written or imported. Undefined while the first load runs,
 * and until `enabled` (the ranking draws from the kept items first: data/kept.ts).
 */
export function useDutySnapshot(enabled = true): DutySnapshot | undefined {
  const version = useLiveQuery(() => dataVersion(), []);
  // What is held already draws at once (a member's record opened from the ranking); the version check follows.
  const [snap, setSnap] = useState<DutySnapshot | undefined>(() => (enabled ? held?.snap : undefined));
  useEffect(holdSnapshot, []);
  useEffect(() => {
    if (version === undefined || !enabled) return;
    let on = true;
    void loadDutySnapshot().then((s) => { if (on) setSnap((prev) => (prev && prev.rev === s.rev ? prev : s)); });
    return () => { on = false; };
  }, [version, enabled]);
  return snap;
}

/**
 * The items are let go a while after the last screen using them closes, and
 * made again (behind the kept items, kept.ts) on the next.
 */
const RELEASE_AFTER_MS = 30_000;
let holders = 0;
let release: ReturnType<typeof setTimeout> | undefined;

function holdSnapshot(): () => void {
  holders++;
  clearTimeout(release);
  return () => {
    if (--holders === 0) release = setTimeout(() => { if (holders === 0) dropDutySnapshot(); }, RELEASE_AFTER_MS);
  };
}

/** Whether a snapshot is in memory (a screen then needs no kept copy first). */
export function hasSnapshot(): boolean {
  return held !== null;
}

export function dropDutySnapshot(): void {
  held = null;
}
