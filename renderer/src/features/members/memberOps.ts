import type { Member } from '../../../../shared/domain/member';
import type { RefListKind } from '../../../../shared/domain/reflist';
import type { ImportPlan } from '../../../../shared/members/import/plan';
import { localDateTime } from '../../../../shared/attendance/time';
import { newId } from '../../../../shared/ids';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';
import { memberAttendance } from '../sessions/data';

export function createMember(fields: Fields<Member>): Promise<Member> {
  return repos.members.create(fields);
}

export function updateMember(id: string, changes: Partial<Fields<Member>>): Promise<Member> {
  return repos.members.update(id, changes);
}

/** What a member is part of, so deleting them can be refused or warned about first. */
export interface MemberRecords {
  /** Attendance records (出席、请假、缺席 …) of sessions not deleted. */
  attendance: number;
  /** Sessions that name the member by hand among their required attendees. */
  pickedIn: number;
}

export async function memberRecords(memberId: string): Promise<MemberRecords> {
  const { rows } = await memberAttendance(memberId);
  const sessions = await repos.sessions.read.filter((x) => x.deleted === 0 && x.required.memberIds.includes(memberId)).toArray();
  return { attendance: rows.length, pickedIn: sessions.length };
}

/** Delete by tombstone (it travels to HQ like any change); restoreMember undoes it. */
export function deleteMember(id: string): Promise<Member> {
  return repos.members.remove(id);
}

export function restoreMember(id: string): Promise<Member> {
  return repos.members.restore(id);
}

/** Members deleted here or elsewhere, newest change first: the roster offers to restore them. */
export async function deletedMembers(): Promise<Member[]> {
  const rows = await repos.members.read.filter((m) => m.deleted === 1).toArray();
  return rows.sort((a, b) => (a._rev < b._rev ? 1 : -1));
}

/** The outcome of a confirmed import, for the message shown afterwards. */
export interface ImportOutcome {
  created: number;
  updated: number;
  addedRefs: number;
  batchId: string;
}

/**
 * One import as it was written, kept in this computer's local state (the meta
 * table, written in the import's own transaction) so that 撤销这次导入 knows
 * which members it made and what it changed. Not synced: the undo itself is
 * ordinary deletions and edits, which travel.
 */
export interface ImportBatch {
  /** A row of the meta table: `import-batch:<id>`. */
  key: string;
  [field: string]: unknown;
  id: string;
  fileName: string;
  /** Local date-time of the import. */
  at: string;
  created: string[];
  /** Per updated member: the fields the import wrote, with their values before and after. */
  updated: Array<{ id: string; before: Record<string, unknown>; after: Record<string, unknown> }>;
  undone: boolean;
}

const BATCH_PREFIX = 'import-batch:';
const LAST_BATCH = 'import-batch-last';

/**
 * Write a confirmed import: new list entries first, then new and changed
 * members, and the batch that can undo it, all in one transaction (a failure
 * leaves nothing written).
 */
export async function commitImport(plan: ImportPlan, newRefs: Array<{ kind: RefListKind; name: string }>, fileName = ''): Promise<ImportOutcome> {
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
    const before = await repos.members.read.bulkGet(updates.map((u) => u.id));
    const made = await repos.members.bulkCreate(creates);
    await repos.members.bulkUpdate(updates);
    const batch: ImportBatch = {
      key: `${BATCH_PREFIX}${newId()}`,
      id: '',
      fileName,
      at: localDateTime(new Date()),
      created: made.map((m) => m.id),
      updated: updates.map((u, i) => ({
        id: u.id,
        after: u.changes as Record<string, unknown>,
        before: Object.fromEntries(Object.keys(u.changes).map((k) => [k, (before[i] as unknown as Record<string, unknown> | undefined)?.[k] ?? ''])),
      })),
      undone: false,
    };
    batch.id = batch.key.slice(BATCH_PREFIX.length);
    await db.meta.put(batch);
    await db.meta.put({ key: LAST_BATCH, id: batch.id });
    return { created: creates.length, updated: updates.length, addedRefs: newRefs.length, batchId: batch.id };
  });
}

/** Stop offering to undo the newest import (the person closed the bar). */
export async function dismissImportBatch(batchId: string): Promise<void> {
  const last = (await db.meta.get(LAST_BATCH)) as { id?: string } | undefined;
  if (last?.id === batchId) await db.meta.delete(LAST_BATCH);
}

/** The newest import on this computer, while it can still be undone. */
export async function lastImportBatch(): Promise<ImportBatch | undefined> {
  const last = (await db.meta.get(LAST_BATCH)) as { id?: string } | undefined;
  if (!last?.id) return undefined;
  const batch = (await db.meta.get(`${BATCH_PREFIX}${last.id}`)) as ImportBatch | undefined;
  return batch && !batch.undone ? batch : undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}

/** What undoing a batch will do, said before it is done. */
export interface UndoPlan {
  /** Members the import created and that are still there: they will be deleted (tombstones, restorable). */
  remove: Member[];
  /** Members the import changed: their fields go back to the earlier values, unless changed again since. */
  revert: Array<{ member: Member; changes: Record<string, unknown>; kept: string[] }>;
}

export async function planUndoImport(batch: ImportBatch): Promise<UndoPlan> {
  const created = (await repos.members.read.bulkGet(batch.created)).filter((m): m is Member => !!m && m.deleted === 0);
  const current = await repos.members.read.bulkGet(batch.updated.map((u) => u.id));
  const revert: UndoPlan['revert'] = [];
  batch.updated.forEach((u, i) => {
    const m = current[i];
    if (!m || m.deleted) return;
    const changes: Record<string, unknown> = {};
    const kept: string[] = [];
    for (const [k, after] of Object.entries(u.after)) {
      // A field edited again since the import keeps the newer edit.
      if (same((m as unknown as Record<string, unknown>)[k], after)) changes[k] = u.before[k];
      else kept.push(k);
    }
    if (Object.keys(changes).length || kept.length) revert.push({ member: m, changes, kept });
  });
  return { remove: created, revert };
}

/** 撤销这次导入: tombstone what it created, put back what it changed; one transaction. */
export async function undoImport(batchId: string): Promise<{ removed: number; reverted: number }> {
  return loggedTransaction(db, ['members'], async () => {
    const batch = (await db.meta.get(`${BATCH_PREFIX}${batchId}`)) as ImportBatch | undefined;
    if (!batch) throw new Error('找不到这次导入的记录，无法撤销');
    if (batch.undone) throw new Error('这次导入已经撤销过了');
    const plan = await planUndoImport(batch);
    await repos.members.bulkUpdate([
      ...plan.remove.map((m) => ({ id: m.id, changes: { deleted: 1 } as unknown as Partial<Fields<Member>> })),
      ...plan.revert.filter((r) => Object.keys(r.changes).length).map((r) => ({ id: r.member.id, changes: r.changes as Partial<Fields<Member>> })),
    ]);
    await db.meta.put({ ...batch, undone: true });
    return { removed: plan.remove.length, reverted: plan.revert.filter((r) => Object.keys(r.changes).length).length };
  });
}
