import { formatStamp, Hlc, parseStamp } from '../../../shared/hlc';
import type { Op, SyncMeta } from '../../../shared/sync/record';
import type { DeskDb } from '../db/db';
import { CHUNKED_WRITE_MIN } from '../db/oplog';
import { addChunkedOps, heldVersionVector, takeOpsAbove } from '../db/oplog-store';
import { SYNCED_TABLES } from '../db/schema';
import { authoriseTransaction } from '../db/write-guard';
import { defaultCaller, type Caller } from './caller';

interface ClockRow {
  key: 'clock';
  last: string | null;
  seq: number;
}

/**
 * Issue `previous`'s ops above `above` again under `node`, with new seqs from
 * this node's next one, in one transaction: the same times, tables, records
 * and fields, and the old seqs are freed so the other machine's ops of
 * `previous` can arrive here. For a data folder copied from another computer
 * (issue 17): the ops this machine wrote under the shared identity reach HQ as
 * this computer's own.
 *
 * A stamp names its origin (every importer refuses one that does not:
 * shared/sync/authority.ts), so each op's stamp is renamed to `node` too, same
 * time and counter, and so are the stamps the local records keep of those
 * writes: every node then holds the same stamps and reaches the same state by
 * the same rules. (Two machines that shared one identity could even have
 * issued the very same stamp for different writes, which no rule breaks.)
 */
export async function reissueOps(db: DeskDb, o: { previous: string; node: string; above: number }): Promise<number> {
  return db.transaction('rw', ['ops', 'opChunks', 'meta', ...SYNCED_TABLES], async (tx) => {
    authoriseTransaction(tx.idbtrans);
    const taken = await takeOpsAbove(db, o.previous, o.above);
    const clock = ((await db.meta.get('clock')) as ClockRow | undefined) ?? { key: 'clock', last: null, seq: 0 };
    let seq = (await heldVersionVector(db))[o.node] ?? 0;
    const ops: Op[] = taken.map((op) => ({ ...op, origin: o.node, seq: ++seq, stamp: renamed(op.stamp, o.node) }));
    await restampRecords(db, taken, o.node);
    if (ops.length >= CHUNKED_WRITE_MIN) await addChunkedOps(db, ops);
    else if (ops.length) await db.ops.bulkAdd(ops);
    // The clock now belongs to the new node: same time, its own name; seqs count on from the last issued.
    const last = clock.last ? new Hlc(o.node, Date.now, clock.last).last() : null;
    await db.meta.put({ ...clock, last, seq });
    return ops.length;
  });
}

/** The same time and counter, under `node`. */
function renamed(stamp: string, node: string): string {
  const ts = parseStamp(stamp);
  return ts ? formatStamp({ ...ts, node }) : stamp;
}

/** Where a record still keeps the stamp of one of `ops` (a field no later write changed), keep it renamed to `node`. */
async function restampRecords(db: DeskDb, ops: readonly Op[], node: string): Promise<void> {
  const byTable = new Map<string, Op[]>();
  for (const op of ops) byTable.set(op.table, [...(byTable.get(op.table) ?? []), op]);
  for (const [table, list] of byTable) {
    if (!(SYNCED_TABLES as readonly string[]).includes(table)) continue;
    const t = db.synced<SyncMeta>(table);
    const ids = [...new Set(list.map((op) => op.id))];
    const recs = new Map(ids.map((id, i) => [id, i] as const));
    const held = await t.bulkGet(ids);
    const changed = new Set<string>();
    for (const op of list) {
      const rec = held[recs.get(op.id)!];
      if (!rec) continue;
      const fresh = renamed(op.stamp, node);
      for (const [field, stamp] of Object.entries(rec._stamps)) {
        if (stamp !== op.stamp) continue;
        rec._stamps[field] = fresh;
        changed.add(op.id);
      }
      if (rec._rev === op.stamp) rec._rev = fresh;
    }
    if (changed.size) await t.bulkPut(held.filter((r): r is SyncMeta => !!r && changed.has(r.id)));
  }
}

/**
 * Make this installation a new computer of its office (main: new node id and
 * key, own bundle chain), then issue again what it wrote under the old
 * identity that HQ had not acknowledged. Returns the new node and fingerprint
 * and how many ops were issued again.
 */
export async function becomeNewComputer(db: DeskDb, caller: Caller = defaultCaller): Promise<{ node: string; fingerprint: string; reissued: number }> {
  const r = await caller('sync.becomeNewComputer', {});
  const reissued = await reissueOps(db, { previous: r.previous, node: r.node, above: r.reissueAbove });
  return { node: r.node, fingerprint: r.fingerprint, reissued };
}
