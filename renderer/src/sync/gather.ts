import { MOVED_FROM, type Op } from '../../../shared/sync/record';
import { hqSendsRecord } from '../../../shared/sync/policy';
import { OPS_PER_CHUNK } from '../../../shared/sync/ops-codec';
import type { VersionVector } from '../../../shared/sync/vv';
import type { DeskDb } from '../db/db';
import { chunkAtOrAbove, readOps, rowsWithin, type OpChunk } from '../db/oplog-store';

export interface GatherOptions {
  /** What the destination has acknowledged: only ops above it are sent. */
  ack: VersionVector;
  /** Upper bound per origin (this node's version vector when the export began). */
  upTo: VersionVector;
  /** Ops from this origin are not sent back to it. */
  skipOrigin: string | null;
  /**
   * At an office: only the ops of these origins (its own computers) are sent.
   * What it holds of others came from HQ, and an office's bundle may carry only
   * its own writes (shared/sync/authority.ts). Null at HQ, which relays.
   */
  onlyOrigins?: ReadonlySet<string> | null;
  /** At HQ: send only what HQ sends to this office (per-table declaration in shared/sync/policy.ts). */
  hqFilter: { destOffice: string; hqOffice: string } | null;
}

/** Number of ops above the acknowledgement, before any HQ filter: the progress bar's total. */
/** Whether the ops of `origin` go out at all. */
function sends(o: Pick<GatherOptions, 'skipOrigin' | 'onlyOrigins'>, origin: string): boolean {
  return origin !== o.skipOrigin && (!o.onlyOrigins || o.onlyOrigins.has(origin));
}

export function pendingCount(o: Pick<GatherOptions, 'ack' | 'upTo' | 'skipOrigin' | 'onlyOrigins'>): number {
  let n = 0;
  for (const [origin, top] of Object.entries(o.upTo)) if (sends(o, origin)) n += Math.max(0, top - (o.ack[origin] ?? 0));
  return n;
}

async function filterForOffice(db: DeskDb, ops: Op[], f: NonNullable<GatherOptions['hqFilter']>): Promise<Op[]> {
  const byTable = new Map<string, Op[]>();
  for (const op of ops) byTable.set(op.table, [...(byTable.get(op.table) ?? []), op]);
  const keep = new Set<Op>();
  for (const [table, list] of byTable) {
    const ids = [...new Set(list.map((o) => o.id))];
    const recs = await db.table(table).bulkGet(ids);
    const office = new Map(ids.map((id, i) => [id, (recs[i] as { office?: string } | undefined)?.office]));
    for (const op of list) {
      const recOffice = office.get(op.id) ?? (op.fields.office as string | undefined);
      // A move away from the office goes to it too: it learns the record is no longer its own.
      if (hqSendsRecord(table, recOffice, f.destOffice, f.hqOffice) || (op.fields[MOVED_FROM] === f.destOffice && 'office' in op.fields)) keep.add(op);
    }
  }
  return ops.filter((o) => keep.has(o));
}

/** What gatherOps hands out: ops to encode, or a stored chunk to forward as it is. */
export type GatherPiece = { ops: Op[] } | { chunk: OpChunk };

/**
 * Walk the op log above the acknowledgement, origin by origin, in seq order,
 * handing out pieces of at most OPS_PER_CHUNK ops. A stored chunk that lies
 * wholly inside what is to be sent goes out untouched (its gzipped NDJSON is
 * a bundle entry already); everything else (single-op rows, the part of a
 * chunk the destination already has, an HQ export that filters per office)
 * is read as ops, gathered to full pieces and encoded by the caller. Reads by
 * key range, so the cost is the ops sent, not the whole log.
 */
export async function gatherOps(db: DeskDb, o: GatherOptions, onPiece: (piece: GatherPiece, read: number) => Promise<void>): Promise<void> {
  let buffer: Op[] = [];
  let read = 0;
  const flush = async (all: boolean) => {
    while (buffer.length >= (all ? 1 : OPS_PER_CHUNK)) {
      await onPiece({ ops: buffer.slice(0, OPS_PER_CHUNK) }, read);
      buffer = buffer.slice(OPS_PER_CHUNK);
    }
  };
  for (const origin of Object.keys(o.upTo).sort()) {
    if (!sends(o, origin)) continue;
    let from = (o.ack[origin] ?? 0) + 1;
    const top = o.upTo[origin];
    while (from <= top) {
      const next = await chunkAtOrAbove(db, origin, from);
      if (next && !o.hqFilter && next.from >= from && next.to <= top && next.count <= OPS_PER_CHUNK && !(await rowsWithin(db, origin, from, next.to))) {
        read += next.count;
        await flush(true);
        await onPiece({ chunk: next }, read);
        from = next.to + 1;
        continue;
      }
      // Read as ops only up to the next chunk (or to the end of one the acknowledgement cuts
      // through), so the chunk after it can go out whole on the next turn.
      const end = next ? Math.min(top, next.from > from ? next.from - 1 : next.to) : top;
      const batch = await readOps(db, origin, from, end, OPS_PER_CHUNK);
      if (!batch.length) {
        if (end >= top) break;
        from = end + 1;
        continue;
      }
      read += batch.length;
      from = batch[batch.length - 1].seq + 1;
      const kept = o.hqFilter ? await filterForOffice(db, batch, o.hqFilter) : batch;
      buffer = buffer.length ? buffer.concat(kept) : kept;
      await flush(false);
    }
  }
  await flush(true);
}
