import type { Op } from '../../../shared/sync/record';
import { hqSendsRecord } from '../../../shared/sync/policy';
import { OPS_PER_CHUNK } from '../../../shared/sync/ops-codec';
import type { VersionVector } from '../../../shared/sync/vv';
import type { DeskDb } from '../db/db';
import { readOps } from '../db/oplog-store';

export interface GatherOptions {
  /** What the destination has acknowledged: only ops above it are sent. */
  ack: VersionVector;
  /** Upper bound per origin (this node's version vector when the export began). */
  upTo: VersionVector;
  /** Ops from this origin are not sent back to it. */
  skipOrigin: string | null;
  /** At HQ: send only what HQ sends to this office (per-table declaration in shared/sync/policy.ts). */
  hqFilter: { destOffice: string; hqOffice: string } | null;
}

/** Number of ops above the acknowledgement, before any HQ filter: the progress bar's total. */
export function pendingCount(o: Pick<GatherOptions, 'ack' | 'upTo' | 'skipOrigin'>): number {
  let n = 0;
  for (const [origin, top] of Object.entries(o.upTo)) if (origin !== o.skipOrigin) n += Math.max(0, top - (o.ack[origin] ?? 0));
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
      if (hqSendsRecord(table, recOffice, f.destOffice, f.hqOffice)) keep.add(op);
    }
  }
  return ops.filter((o) => keep.has(o));
}

/**
 * Walk the op log above the acknowledgement, origin by origin, in key order,
 * handing out chunks of at most OPS_PER_CHUNK ops. Reads by the [origin+seq]
 * key range, so the cost is the ops sent, not the whole log.
 */
export async function gatherOps(db: DeskDb, o: GatherOptions, onChunk: (ops: Op[], read: number) => Promise<void>): Promise<void> {
  let buffer: Op[] = [];
  let read = 0;
  for (const origin of Object.keys(o.upTo).sort()) {
    if (origin === o.skipOrigin) continue;
    let from = (o.ack[origin] ?? 0) + 1;
    const top = o.upTo[origin];
    while (from <= top) {
      const batch = await readOps(db, origin, from, top, OPS_PER_CHUNK);
      if (!batch.length) break;
      read += batch.length;
      from = batch[batch.length - 1].seq + 1;
      const kept = o.hqFilter ? await filterForOffice(db, batch, o.hqFilter) : batch;
      buffer = buffer.length ? buffer.concat(kept) : kept;
      while (buffer.length >= OPS_PER_CHUNK) {
        await onChunk(buffer.slice(0, OPS_PER_CHUNK), read);
        buffer = buffer.slice(OPS_PER_CHUNK);
      }
    }
  }
  if (buffer.length) await onChunk(buffer, read);
}
