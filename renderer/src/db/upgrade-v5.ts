import type { Table, Transaction } from 'dexie';
import { attendanceId } from '../../../shared/domain/session';
import { applyOpToRecord, type Op, type SyncMeta } from '../../../shared/sync/record';
import { makeChunk } from './op-chunk';

/**
 * Version 5 (db/schema.ts), for a database opened by the new code and for the
 * rows of an older backup being restored (sync/backup.ts):
 * - attendance records take their (session, member) id (shared/domain/session.ts
 *   attendanceId); two records of the same pair merge field by field, as an
 *   import would merge them;
 * - the op log follows: ops of a re-keyed record name its new id, so the log
 *   and the records still agree, and every node makes the same ids from the
 *   same records (bundles only travel between nodes of the same version);
 * - chunk rows move from an array of ops to packed NDJSON (op-chunk.ts).
 * Attendance is read a page at a time, so an HQ database is never held whole.
 */

const PAGE = 5000;
type AttendanceRow = SyncMeta & { sessionId?: string; memberId?: string };

/** `b` merged into `a`, each field by its own stamp. */
function mergeRecords(a: SyncMeta, b: SyncMeta): SyncMeta {
  let out = a;
  for (const [field, stamp] of Object.entries(b._stamps ?? {})) {
    const { record } = applyOpToRecord(out, { stamp, id: a.id, fields: { [field]: (b as unknown as Record<string, unknown>)[field] } });
    if (record) out = record;
  }
  return out;
}

const derivedId = (r: AttendanceRow) => (r.sessionId && r.memberId ? attendanceId(r.sessionId, r.memberId) : r.id);

async function rekeyAttendance(t: Table<AttendanceRow, string>): Promise<Map<string, string>> {
  const rekey = new Map<string, string>();
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? t.orderBy(':id') : t.where(':id').above(last)).limit(PAGE).toArray();
    if (!page.length) return rekey;
    last = page[page.length - 1].id;
    const moving = page.filter((r) => derivedId(r) !== r.id);
    if (!moving.length) continue;
    const byId = new Map<string, AttendanceRow>();
    for (const r of moving) {
      const id = derivedId(r);
      rekey.set(r.id, id);
      const moved = { ...r, id };
      const prev = byId.get(id) ?? (await t.get(id));
      byId.set(id, prev ? (mergeRecords(prev, moved) as AttendanceRow) : moved);
    }
    await t.bulkDelete(moving.map((r) => r.id));
    await t.bulkPut([...byId.values()]);
  }
}

export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rekey = await rekeyAttendance(tx.table('attendance'));
  const idOf = (op: Op) => (op.table === 'attendance' ? (rekey.get(op.id) ?? op.id) : op.id);
  if (rekey.size) {
    await tx.table('ops').filter((o: Op) => o.table === 'attendance' && rekey.has(o.id)).modify((o: Op) => {
      o.id = rekey.get(o.id)!;
    });
    await tx.table('conflicts').filter((c: { table: string; rowId: string }) => c.table === 'attendance' && rekey.has(c.rowId)).modify((c: { rowId: string }) => {
      c.rowId = rekey.get(c.rowId)!;
    });
  }
  await tx.table('opChunks').toCollection().modify((c: { ops?: Op[] }, ref: { value: unknown }) => {
    if (!Array.isArray(c.ops)) return;
    ref.value = makeChunk(c.ops.map((o) => ({ ...o, id: idOf(o) })).sort((a, b) => a.seq - b.seq));
  });
}

/**
 * For a rebuild from bundles written before version 5: an attendance op
 * takes its record's (session, member) id. A create names the session and
 * member; a later op of the same record names only the old id, which the
 * create taught (bundles are replayed oldest first, within one rebuild).
 */
export function attendanceOpIds(): (op: Op) => Op {
  const learned = new Map<string, string>();
  return (op) => {
    if (op.table !== 'attendance') return op;
    const { sessionId, memberId } = op.fields;
    let id = learned.get(op.id);
    if (typeof sessionId === 'string' && typeof memberId === 'string') {
      id = attendanceId(sessionId, memberId);
      learned.set(op.id, id);
    }
    return id && id !== op.id ? { ...op, id } : op;
  };
}
