import { attendanceId, type Attendance } from '../../../../shared/domain/session';
import { recordFromSheet, type SheetEntry } from '../../../../shared/attendance/sheet';
import { sessionStart } from '../../../../shared/attendance/time';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';
import { stateOf, UserError } from './data';

/** One row of the paper sheet as the person left it. */
export interface SheetRow {
  memberId: string;
  /** For messages: the member's name. */
  name: string;
  required: boolean;
  entry: SheetEntry;
}

/**
 * 按签到表补录: write the rows of the sheet in one transaction, each through
 * recordFromSheet against the record as it is now. A refused row stops the
 * save with its message and nothing is written; rows that match their record
 * write nothing. Returns how many records were written.
 */
export async function saveSheet(sessionId: string, rows: readonly SheetRow[]): Promise<number> {
  return loggedTransaction(db, ['sessions', 'attendance', 'members'], async () => {
    const session = await repos.sessions.get(sessionId);
    if (!session || session.deleted) throw new UserError('找不到这次活动');
    const ctx = { start: sessionStart(session), closed: !!session.closedAt };
    const held = await repos.attendance.read.bulkGet(rows.map((r) => attendanceId(sessionId, r.memberId)));
    const creates: Fields<Attendance>[] = [];
    const updates: Array<{ id: string; changes: Partial<Fields<Attendance>> }> = [];
    rows.forEach((row, i) => {
      const rec = held[i];
      const out = recordFromSheet(stateOf(rec), row.entry, { ...ctx, required: row.required });
      switch (out.kind) {
        case 'refused':
          throw new UserError(`${row.name}：${out.message}`);
        case 'unchanged':
          return;
        case 'remove':
          updates.push({ id: rec!.id, changes: { deleted: 1 } as Partial<Fields<Attendance>> });
          return;
        case 'create':
          // A tombstone of the pair is reused: the id is the (session, member) pair.
          if (rec) updates.push({ id: rec.id, changes: { ...out.fields, deleted: 0 } as Partial<Fields<Attendance>> });
          else creates.push({ sessionId, memberId: row.memberId, ...out.fields });
          return;
        case 'update':
          updates.push({ id: rec!.id, changes: out.changes });
      }
    });
    await repos.attendance.bulkCreate(creates);
    await repos.attendance.bulkUpdate(updates);
    return creates.length + updates.length;
  });
}
