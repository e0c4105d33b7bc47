import type { Member } from '../../../../shared/domain/member';
import type { RefListKind } from '../../../../shared/domain/reflist';
import type { ImportPlan } from '../../../../shared/members/import/plan';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';

export function createMember(fields: Fields<Member>): Promise<Member> {
  return repos.members.create(fields);
}

export function updateMember(id: string, changes: Partial<Fields<Member>>): Promise<Member> {
  return repos.members.update(id, changes);
}

/** The outcome of a confirmed import, for the message shown afterwards. */
export interface ImportOutcome {
  created: number;
  updated: number;
  addedRefs: number;
}

/**
 * Write a confirmed import: new list entries first, then new and changed
 * members, all in one transaction (a failure leaves nothing written).
 */
export async function commitImport(plan: ImportPlan, newRefs: Array<{ kind: RefListKind; name: string }>): Promise<ImportOutcome> {
  return loggedTransaction(db, ['members', 'refLists'], async () => {
    if (newRefs.length) {
      const current = await repos.refLists.all();
      const nextOrder = (kind: RefListKind) => Math.max(-1, ...current.filter((e) => e.kind === kind).map((e) => e.order)) + 1;
      const orders = new Map<RefListKind, number>();
      const fresh = newRefs
        .filter((r) => !current.some((e) => e.kind === r.kind && e.name === r.name))
        .map((r) => {
          const order = orders.get(r.kind) ?? nextOrder(r.kind);
          orders.set(r.kind, order + 1);
          return { kind: r.kind, name: r.name, order };
        });
      await repos.refLists.bulkCreate(fresh);
    }
    const creates = plan.actions.flatMap((a) => (a.kind === 'create' ? [a.fields] : []));
    const updates = plan.actions.flatMap((a) => (a.kind === 'update' ? [{ id: a.memberId, changes: a.changes }] : []));
    await repos.members.bulkCreate(creates);
    await repos.members.bulkUpdate(updates);
    return { created: creates.length, updated: updates.length, addedRefs: newRefs.length };
  });
}
