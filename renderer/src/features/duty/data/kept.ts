import { useEffect, useState } from 'react';
import type { DutyRuleRow } from '../../../../../shared/domain/duty';
import type { Member } from '../../../../../shared/domain/member';
import { itemsByMember } from '../../../../../shared/duty/engine';
import type { DutyItem } from '../../../../../shared/duty/items';
import { packItems, unpackItems, type PackedItems } from '../../../../../shared/duty/packed';
import { ruleTableOf } from '../../../../../shared/duty/rules';
import { db, repos } from '../../../db';
import { listed } from '../../../db/repo';
import { dataVersion } from '../../../db/table-cache';
import { whenIdle } from '../../../db/version-memo';
import { hasSnapshot, useDutySnapshot, type DutySnapshot } from './load';

/**
 * The ranking's items kept in the local meta table (never synced) with the
 * data version they were made at (db/table-cache.ts dataVersion): the ranking
 * opens from them at once, while the loader reads every source table behind
 * it (seconds at HQ), then shows what the loader made. They are a copy of the
 * items, not points: scoring is done on screen with the rule table in force,
 * and any write or import changes the version, so a kept copy is never taken
 * for the current one (the screen says 正在更新 until the loader is done).
 */
const KEY = 'memo:duty.items';

interface Kept {
  key: string;
  version: string;
  packed: PackedItems;
}

/** Keep the loader's items (when the page is idle: packing 260,000 items takes a moment). */
export function keepItems(version: string, items: readonly DutyItem[]): void {
  whenIdle(() => {
    void db.meta.put({ key: KEY, version, packed: packItems(items) } satisfies Kept).catch(() => { /* a copy: the next load keeps it again */ });
  });
}

export type RankingSnapshot = DutySnapshot & {
  /** False while the kept items are shown and the records are being read (no breakdowns, no prints yet). */
  complete: boolean;
  /** False when the kept items are older than the data (a write or an import since). */
  fresh: boolean;
};

export async function keptSnapshot(): Promise<RankingSnapshot | undefined> {
  const kept = (await db.meta.get(KEY)) as Kept | undefined;
  if (!kept) return undefined;
  // Whole tables then a filter in JS: one getAll each, where Dexie's filter walks a cursor row by row.
  const [allMembers, allRules, version] = await Promise.all([repos.members.read.toArray(), repos.dutyRules.read.toArray() as Promise<DutyRuleRow[]>, dataVersion()]);
  const members = allMembers.filter((m) => listed(m));
  const ruleRows = allRules.filter((r) => r.deleted === 0);
  members.sort((a: Member, b: Member) => (a.sortKey ?? a.name).localeCompare(b.sortKey ?? b.name));
  const items = unpackItems(kept.packed);
  return {
    items, byMember: itemsByMember(items), table: ruleTableOf(ruleRows), ruleRows, members, rev: -1,
    complete: false, fresh: kept.version === version,
  };
}

/**
 * The loader's snapshot once made; before that, one from the kept items
 * (undefined if none is kept). The loader starts once the kept items are
 * drawn: its reads of every source table would otherwise hold them up.
 */
export function useRankingSnapshot(): RankingSnapshot | undefined {
  const [kept, setKept] = useState<RankingSnapshot | null>();
  const full = useDutySnapshot(kept !== undefined || hasSnapshot());
  const loaded = !!full;
  useEffect(() => {
    // Once the loader's snapshot is there, the kept copy (260,000 items at HQ) is let go.
    if (loaded) { setKept(null); return; }
    let on = true;
    void keptSnapshot().then((s) => { if (on) setKept(s ?? null); }, () => { if (on) setKept(null); });
    return () => { on = false; };
  }, [loaded]);
  if (full) return { ...full, complete: true, fresh: true };
  return kept ?? undefined;
}
