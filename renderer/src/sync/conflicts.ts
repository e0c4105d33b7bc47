import type { SyncMeta } from '../../../shared/sync/record';
import type { ConflictRow, DeskDb } from '../db/db';
import { loggedTransaction } from '../db/oplog';
import { Repo } from '../db/repo';
import type { SyncedTable } from '../db/schema';

/** Conflicts waiting for a person, newest loser first. */
export function openConflicts(db: DeskDb): Promise<ConflictRow[]> {
  return db.conflicts.where('resolved').equals(0).reverse().sortBy('lostStamp');
}

/**
 * Resolve a conflict: keep the current value, or take the other one (a new,
 * logged write that travels like any edit and wins everywhere).
 */
export async function resolveConflict(db: DeskDb, c: ConflictRow, take: 'kept' | 'lost'): Promise<void> {
  await loggedTransaction(db, [c.table, 'conflicts'], async () => {
    if (take === 'lost') await new Repo<SyncMeta>(db, c.table as SyncedTable).update(c.rowId, { [c.field]: c.lost } as never);
    await db.conflicts.update(c.id, { resolved: 1 });
  });
}
