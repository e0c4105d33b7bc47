import { Hlc } from '../../../../shared/hlc';
import type { Op } from '../../../../shared/sync/record';
import { db } from '../../db';
import { versionVector } from '../../db/oplog';
import { applyChunk } from '../../sync/apply';

/**
 * The demo HQ's computer: what HQ wrote into the demo office's records (a
 * proposal's number, review, assignment and replies) reaches the office as
 * HQ's bundles would bring it. An office may not write those fields itself
 * (shared/sync/authority.ts refuses them at the keyboard as on import), and
 * they are not the office's to send: the office exports only its own
 * computers' ops (sync/gather.ts), so these stay on the demo computer.
 */
export const DEMO_HQ_NODE = 'D0D0D0D0D0D0D0D0';

const CHUNK = 4000;

/** Apply HQ's part of some records as ops from the demo HQ computer, in chunks, after the office's own writes. */
export async function applyFromDemoHq(table: string, rows: ReadonlyArray<{ id: string; fields: Record<string, unknown> }>): Promise<void> {
  if (!rows.length) return;
  const held = await versionVector(db);
  const hlc = new Hlc(DEMO_HQ_NODE);
  let seq = held[DEMO_HQ_NODE] ?? 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ops: Op[] = rows.slice(i, i + CHUNK).map((r) => ({ stamp: hlc.send(), origin: DEMO_HQ_NODE, seq: ++seq, table, id: r.id, fields: r.fields }));
    // HQ had seen everything the office wrote: nothing here competes with a local write.
    await applyChunk(db, ops, { covers: { ...(await versionVector(db)) }, node: DEMO_HQ_NODE, checkpoint: null });
    await new Promise((r) => setTimeout(r, 0));
  }
}
