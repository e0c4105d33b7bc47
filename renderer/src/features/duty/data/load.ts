import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DutyRuleRow } from '../../../../../shared/domain/duty';
import type { Member } from '../../../../../shared/domain/member';
import { itemsByMember } from '../../../../../shared/duty/engine';
import type { DutyItem } from '../../../../../shared/duty/items';
import { DUTY_SOURCE_TABLES, dutyItems, type DutyTables } from '../../../../../shared/duty/producers';
import { ruleTableOf, type RuleTable } from '../../../../../shared/duty/rules';
import type { SyncMeta } from '../../../../../shared/sync/record';
import { dataVersion, TableCache } from '../../../db/table-cache';
import { keepItems } from './kept';

/**
 * The one loader of the duty record: the records of every table a producer
 * reads (shared/duty/producers PRODUCERS: a capability that plugs in its
 * producer is read here with no change), the roster and HQ's rule table, kept
 * in memory and brought up to date from the op log (db/table-cache.ts). The
 * items are made again after any change; points are never stored, the
 * screens score the items with the rule table in force.
 */
export const DUTY_TABLES: readonly string[] = [...new Set([...DUTY_SOURCE_TABLES, 'members', 'dutyRules'])];

export interface DutySnapshot {
  items: readonly DutyItem[];
  byMember: ReadonlyMap<string, DutyItem[]>;
  table: RuleTable;
  ruleRows: readonly DutyRuleRow[];
  /** Members not deleted (retired ones too: their record stays). */
  members: readonly Member[];
  /** Any record of the source tables, by table and id (a breakdown line opens its record). */
  records: Readonly<Record<string, ReadonlyMap<string, SyncMeta>>>;
  /** Counts up on every change: a key for memos. */
  rev: number;
}

/** What changed since the snapshot was made: a rule or the roster alone need not make the items again. */
let dirty = new Set<string>(DUTY_TABLES);
let rev = 0;
let made: DutySnapshot | null = null;

/**
 * Fields no producer or duty screen reads, not kept in the duty record's
 * copies: the stamps of every field, and the long texts (a suggestion's
 * content; a report's 情况, 原因分析, 意见建议): at HQ they are most of the memory.
 */
const DUTY_UNREAD_FIELDS = ['_stamps', 'content', 'situation', 'cause', 'advice'];

const cache = new TableCache<Record<string, Map<string, SyncMeta>>>(DUTY_TABLES, {
  loaded() { dirty = new Set(DUTY_TABLES); },
  changed(table) { dirty.add(table); },
}, DUTY_UNREAD_FIELDS);

const live = <T,>(m: Map<string, SyncMeta> | undefined): T[] => {
  const out: T[] = [];
  if (m) for (const r of m.values()) if (r.deleted === 0) out.push(r as unknown as T);
  return out;
};

export async function loadDutySnapshot(): Promise<DutySnapshot> {
  const version = await dataVersion();
  const maps = await cache.snapshot();
  if (!dirty.size && made) return made;
  const changed = dirty;
  dirty = new Set();
  let items = made?.items ?? [];
  let byMember = made?.byMember ?? new Map<string, DutyItem[]>();
  if (!made || DUTY_SOURCE_TABLES.some((t) => changed.has(t))) {
    const tables: Record<string, readonly SyncMeta[]> = {};
    for (const t of DUTY_SOURCE_TABLES) tables[t] = live(maps[t]);
    items = dutyItems(tables as DutyTables);
    byMember = itemsByMember(items);
    // For the ranking's next first open (kept.ts); the version read before the tables, so a write meanwhile makes it stale.
    keepItems(version, items);
  }
  const ruleRows = !made || changed.has('dutyRules') ? live<DutyRuleRow>(maps.dutyRules) : made.ruleRows;
  const members = !made || changed.has('members') ? live<Member>(maps.members).sort((a, b) => (a.sortKey ?? a.name).localeCompare(b.sortKey ?? b.name)) : made.members;
  const next: DutySnapshot = { items, byMember, table: !made || changed.has('dutyRules') ? ruleTableOf(ruleRows) : made.table, ruleRows, members, records: maps, rev: ++rev };
  made = next;
  return next;
}

/**
 * The snapshot, live: refreshed whenever an op is written or imported. Undefined while the first load runs,
 * and until `enabled` (the ranking draws from the kept items first: data/kept.ts).
 */
export function useDutySnapshot(enabled = true): DutySnapshot | undefined {
  const version = useLiveQuery(() => dataVersion(), []);
  const [snap, setSnap] = useState<DutySnapshot>();
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
 * The snapshot holds every source table (at HQ, 160,000 attendance rows and
 * 50,000 suggestions among them): it is let go a while after the last screen
 * using it closes, and read again (behind the kept items, kept.ts) on the next.
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
  return made !== null;
}

export function dropDutySnapshot(): void {
  cache.drop();
  made = null;
  dirty = new Set(DUTY_TABLES);
}
