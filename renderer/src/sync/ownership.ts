import type { Table } from 'dexie';
import { authorityError, ownershipRefusal, type Writer } from '../../../shared/sync/authority';
import type { Op, SyncMeta } from '../../../shared/sync/record';
import type { DeskDb } from '../db/db';

/**
 * The records of `table` among `ids` that this database holds, read for their
 * owner only. A keys-only query finds which exist first: an office's first
 * bundle mostly creates records, and gets that find nothing cost as much as
 * the rest of the check.
 */
async function held(t: Table<SyncMeta, string>, ids: string[]): Promise<Map<string, SyncMeta>> {
  const keys = await t.where(':id').anyOf(ids).primaryKeys();
  const out = new Map<string, SyncMeta>();
  if (!keys.length) return out;
  const recs = await t.bulkGet(keys);
  keys.forEach((k, i) => recs[i] && out.set(k, recs[i]!));
  return out;
}

/**
 * Refuse an office's bundle, before any of it is applied, when an op writes a
 * record the office does not own here (shared/sync/authority.ts): a record
 * of another office or of HQ, or one this database does not hold and the
 * bundle does not make. Reads the records the bundle touches in one read
 * transaction, as they were before the import.
 */
export async function checkOwnership(db: DeskDb, chunks: readonly Op[][], writer: Writer, senderLabel: string): Promise<void> {
  if (writer.role === 'hq') return;
  const byTable = new Map<string, Op[]>();
  for (const ops of chunks) {
    for (const op of ops) {
      const list = byTable.get(op.table);
      if (list) list.push(op);
      else byTable.set(op.table, [op]);
    }
  }
  if (!byTable.size) return;
  await db.transaction('r', [...byTable.keys()], async () => {
    for (const [table, ops] of byTable) {
      const claimed = new Set<string>();
      for (const op of ops) if ('office' in op.fields) claimed.add(op.id);
      const current = await held(db.synced<SyncMeta>(table), [...new Set(ops.map((o) => o.id))]);
      for (const op of ops) {
        const why = ownershipRefusal(op, current.get(op.id), claimed.has(op.id), writer);
        if (why) throw authorityError(senderLabel, why);
      }
    }
  });
}
