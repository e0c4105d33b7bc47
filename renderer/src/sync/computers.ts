import { Hlc } from '../../../shared/hlc';
import type { Op } from '../../../shared/sync/record';
import type { DeskDb } from '../db/db';
import { CHUNKED_WRITE_MIN } from '../db/oplog';
import { addChunkedOps, heldVersionVector, takeOpsAbove } from '../db/oplog-store';
import { authoriseTransaction } from '../db/write-guard';
import { defaultCaller, type Caller } from './caller';

interface ClockRow {
  key: 'clock';
  last: string | null;
  seq: number;
}

/**
 * Issue `previous`'s ops above `above` again under `node`, with new seqs from
 * this node's next one, in one transaction: the same stamps, tables, records
 * and fields (so every node reaches the same state by the same rules), and the
 * old seqs are freed so the other machine's ops of `previous` can arrive here.
 * For a data folder copied from another computer (issue 17): the ops this
 * machine wrote under the shared identity reach HQ as this computer's own.
 */
export async function reissueOps(db: DeskDb, o: { previous: string; node: string; above: number }): Promise<number> {
  return db.transaction('rw', ['ops', 'opChunks', 'meta'], async (tx) => {
    authoriseTransaction(tx.idbtrans);
    const taken = await takeOpsAbove(db, o.previous, o.above);
    const clock = ((await db.meta.get('clock')) as ClockRow | undefined) ?? { key: 'clock', last: null, seq: 0 };
    let seq = (await heldVersionVector(db))[o.node] ?? 0;
    const ops: Op[] = taken.map((op) => ({ ...op, origin: o.node, seq: ++seq }));
    if (ops.length >= CHUNKED_WRITE_MIN) await addChunkedOps(db, ops);
    else if (ops.length) await db.ops.bulkAdd(ops);
    // The clock now belongs to the new node: same time, its own name; seqs count on from the last issued.
    const last = clock.last ? new Hlc(o.node, Date.now, clock.last).last() : null;
    await db.meta.put({ ...clock, last, seq });
    return ops.length;
  });
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
