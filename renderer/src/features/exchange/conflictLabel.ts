import type { Member } from '../../../../shared/domain/member';
import { REF_LIST_LABELS, type RefEntry, type RefListKind } from '../../../../shared/domain/reflist';
import type { Attendance, StudySession } from '../../../../shared/domain/session';
import { repos } from '../../db';
import { s, tableLabel } from './strings';

interface Getter<T> {
  get(id: string): Promise<T | undefined>;
}

/** The repositories a label is looked up in (the app's by default; tests pass their own). */
export interface LabelRepos {
  members: Getter<Member>;
  sessions: Getter<StudySession>;
  attendance: Getter<Attendance>;
  refLists: Getter<RefEntry>;
}

/** The last 8 characters of an id, without dashes: enough to tell records apart on one screen. */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(-8);
}

const unknown = (table: string, id: string) => s.conflicts.unknownRecord(tableLabel(table), shortId(id));

/**
 * A function naming records for a person: a member's name, a session's date
 * and title, an attendance record as "<session title> · <member name>", a
 * list entry's kind and name; the table's Chinese name and a short id when
 * the record is not on this machine. Deleted records keep their names (a
 * conflict on the tombstone is about one). One labeller reads each record
 * once, however many conflicts name it.
 */
export function recordLabeller(r: LabelRepos = repos): (table: string, id: string) => Promise<string> {
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(table: keyof LabelRepos, id: string): Promise<T | undefined> => {
    const key = `${table}\u0000${id}`;
    let p = cache.get(key);
    if (!p) cache.set(key, (p = (r[table] as Getter<unknown>).get(id)));
    return p as Promise<T | undefined>;
  };
  const memberName = async (id: string) => (await get<Member>('members', id))?.name || unknown('members', id);
  const sessionTitle = async (id: string) => (await get<StudySession>('sessions', id))?.title || unknown('sessions', id);

  return async (table, id) => {
    switch (table) {
      case 'members':
        return memberName(id);
      case 'sessions': {
        const x = await get<StudySession>('sessions', id);
        return x?.title ? s.conflicts.session(x.date, x.title) : unknown(table, id);
      }
      case 'attendance': {
        const a = await get<Attendance>('attendance', id);
        if (!a) return unknown(table, id);
        const [session, member] = await Promise.all([sessionTitle(a.sessionId), memberName(a.memberId)]);
        return s.conflicts.attendance(session, member);
      }
      case 'refLists': {
        const e = await get<RefEntry>('refLists', id);
        return e?.name ? s.conflicts.refEntry(REF_LIST_LABELS[e.kind as RefListKind] ?? e.kind, e.name) : unknown(table, id);
      }
      default:
        return unknown(table, id);
    }
  };
}
