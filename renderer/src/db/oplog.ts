import Dexie from 'dexie';
import { Hlc } from '../../../shared/hlc';
import { opRefusal, ownershipRefusal } from '../../../shared/sync/authority';
import { applyOpToRecord, moveFields, type Op, type SyncMeta } from '../../../shared/sync/record';
import type { DeskDb } from './db';
import { withDerived } from './derive';
import { identity } from './identity';
import { addChunkedOps, heldVersionVector } from './oplog-store';
import { authoriseTransaction } from './write-guard';

interface ClockRow extends Record<string, unknown> {
  key: 'clock';
  last: string | null;
  /** Last seq issued by this node. */
  seq: number;
}

/** A write of at least this many records logs its ops as chunk rows (op-chunk.ts) instead of one row each. */
export const CHUNKED_WRITE_MIN = 100;

/**
 * Writes inside one transaction: each record write gets a fresh HLC stamp and
 * the next seq, the record and its op are written together, and the clock row
 * is saved once at the end. If anything throws, Dexie rolls back all of it.
 */
export class LoggedWriter {
  private constructor(
    private readonly db: DeskDb,
    private readonly hlc: Hlc,
    private clock: ClockRow,
  ) {}

  static async open(db: DeskDb): Promise<LoggedWriter> {
    const { nodeId } = identity();
    const row = ((await db.meta.get('clock')) as ClockRow | undefined) ?? { key: 'clock', last: null, seq: 0 };
    return new LoggedWriter(db, new Hlc(nodeId, Date.now, row.last), row);
  }

  /** Write changed fields of records in one table: one op per record, never per field. */
  async writeMany<T extends SyncMeta>(
    table: string,
    entries: Array<{ id: string; fields: Record<string, unknown> }>,
    opts: { fresh?: boolean } = {},
  ): Promise<T[]> {
    if (!entries.length) return [];
    const t = this.db.synced<T>(table);
    // Ids just born cannot exist yet: skip the read (about a tenth of a bulk create).
    const current: Array<T | undefined> = opts.fresh ? new Array(entries.length) : await t.bulkGet(entries.map((e) => e.id));
    const me = identity();
    const { nodeId } = me;
    const records: T[] = [];
    const ops: Op[] = [];
    entries.forEach((e, i) => {
      const stamp = this.hlc.send();
      const seq = ++this.clock.seq;
      // HQ moving a record to another office writes all of it, and where it came from (record.ts moveFields).
      const fields = me.role === 'office' ? e.fields : moveFields(current[i], e.fields);
      const op: Op = { stamp, origin: nodeId, seq, table, id: e.id, fields };
      if (me.role === 'office') refuseBeyondAuthority(op, current[i], me.office);
      const { record } = applyOpToRecord<T>(current[i], op);
      records.push(withDerived(table, (record ?? current[i]) as T & Record<string, unknown>));
      ops.push(op);
    });
    await t.bulkPut(records);
    // Bulk writes (an import, the demo) log their ops packed, as an import does; a few at a time stay rows.
    if (ops.length >= CHUNKED_WRITE_MIN) await addChunkedOps(this.db, ops);
    else await this.db.ops.bulkAdd(ops);
    this.clock.last = this.hlc.last();
    return records;
  }

  async save(): Promise<void> {
    await this.db.meta.put(this.clock);
  }
}

/**
 * An office writes only what its bundles may carry to HQ (shared/sync/authority.ts):
 * the same rules, checked here, so the op log never holds a write HQ would refuse
 * (which would stop every later bundle). The transaction rolls back.
 */
function refuseBeyondAuthority(op: Op, current: SyncMeta | undefined, office: string): void {
  const writer = { office, role: 'office' as const };
  const why = opRefusal(op, writer, new Set([op.origin])) ?? ownershipRefusal(op, current as never, 'office' in op.fields, writer);
  if (why) throw new Error(`不能保存：${why}。区政协统一的记录和其他办公室的记录，本办公室只能查看。`);
}

const writers = new WeakMap<object, LoggedWriter>();

/**
 * Run `fn` in one read-write transaction over `tables` plus the op log.
 * Nested calls join the outer transaction and its writer.
 */
export async function loggedTransaction<R>(db: DeskDb, tables: string[], fn: (w: LoggedWriter) => Promise<R>): Promise<R> {
  const outer = Dexie.currentTransaction;
  const joined = outer ? writers.get(outer.idbtrans) : undefined;
  if (joined) return fn(joined);
  return db.transaction('rw', [...new Set([...tables, 'ops', 'opChunks', 'meta'])], async (tx) => {
    authoriseTransaction(tx.idbtrans);
    const writer = await LoggedWriter.open(db);
    writers.set(tx.idbtrans, writer);
    const result = await fn(writer);
    await writer.save();
    return result;
  });
}

/** The highest seq this database holds for each origin (the version vector), local and imported ops alike. */
export function versionVector(db: DeskDb): Promise<Record<string, number>> {
  return heldVersionVector(db);
}
