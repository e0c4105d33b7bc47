import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { RefEntry } from '../../../shared/domain/reflist';
import type { Attendance, StudySession } from '../../../shared/domain/session';
import { openConflicts } from '../../../renderer/src/sync/conflicts';
import { recordLabeller, shortId, type LabelRepos } from '../../../renderer/src/features/exchange/conflictLabel';
import { member, statusConflict, TestNode } from './harness';

afterEach(() => vi.restoreAllMocks());

const reposOf = (n: TestNode): LabelRepos => ({
  members: n.repo<Member>('members'),
  sessions: n.repo<StudySession>('sessions'),
  attendance: n.repo<Attendance>('attendance'),
  refLists: n.repo<RefEntry>('refLists'),
});

const session = (title: string, date: string) => ({
  title, kind: '学习会', date, startTime: '09:00', endTime: '', place: '', organiser: '', topic: '', agenda: [],
  required: { all: true, committees: [], sectors: [], memberIds: [] }, materials: [], closedAt: '',
});

describe('the record a conflict is about, named for a person', () => {
  it('a member by name, a session by date and title, attendance as session · member, a list entry by kind and name', async () => {
    const n = await TestNode.create('ZL-NJ');
    const m = await n.repo<Member>('members').create(member('欧阳明') as never);
    const ses = await n.repo<StudySession>('sessions').create(session('十届四次会议精神学习会', '2026-12-01') as never);
    const att = await n.repo<Attendance>('attendance').create({ sessionId: ses.id, memberId: m.id, status: 'leave', arrivedAt: '', leave: null, makeUp: null } as never);
    const ref = await n.repo<RefEntry>('refLists').create({ kind: 'committee', name: '提案委员会', order: 1 } as never);
    const label = recordLabeller(reposOf(n));
    expect(await label('members', m.id)).toBe('欧阳明');
    expect(await label('sessions', ses.id)).toBe('2026-12-01 十届四次会议精神学习会');
    expect(await label('attendance', att.id)).toBe('十届四次会议精神学习会 · 欧阳明');
    expect(await label('refLists', ref.id)).toBe('专委会：提案委员会');
    // A deleted record is still named: a conflict on its tombstone is about it.
    await n.repo<Member>('members').remove(m.id);
    expect(await recordLabeller(reposOf(n))('members', m.id)).toBe('欧阳明');
  });

  it('a record not on this machine: the kind of data and a short id, also for either half of an attendance record', async () => {
    const n = await TestNode.create('ZL-NJ');
    const m = await n.repo<Member>('members').create(member('李四') as never);
    const ghost = '0190aaaa-bbbb-7ccc-8ddd-eeeeffff1234';
    const att = await n.repo<Attendance>('attendance').create({ sessionId: ghost, memberId: m.id, status: 'present', arrivedAt: '', leave: null, makeUp: null } as never);
    const label = recordLabeller(reposOf(n));
    expect(shortId(ghost)).toBe('ffff1234');
    expect(await label('members', ghost)).toBe('委员 #ffff1234');
    expect(await label('sessions', ghost)).toBe('学习活动 #ffff1234');
    expect(await label('refLists', ghost)).toBe('名录 #ffff1234');
    expect(await label('attendance', ghost)).toBe('签到记录 #ffff1234');
    expect(await label('attendance', att.id)).toBe('学习活动 #ffff1234 · 李四');
    expect(await label('proposals', ghost)).toBe('提案 #ffff1234');
  });

  it('each record is read once however many conflicts name it', async () => {
    const n = await TestNode.create('ZL-NJ');
    const m = await n.repo<Member>('members').create(member('王五') as never);
    const r = reposOf(n);
    const get = vi.spyOn(r.members, 'get');
    const label = recordLabeller(r);
    expect(await Promise.all([label('members', m.id), label('members', m.id), label('members', m.id)])).toEqual(['王五', '王五', '王五']);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('a conflict that arose in an exchange names its member', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const m = await statusConflict(await TestNode.create('ZL-A'), hq, '辛弃疾');
    const [c] = await openConflicts(hq.db);
    expect(c).toMatchObject({ table: 'members', rowId: m.id, field: 'status' });
    expect(await recordLabeller(reposOf(hq))(c.table, c.rowId)).toBe('辛弃疾');
  });
});
