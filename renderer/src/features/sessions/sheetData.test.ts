import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/member';
import { attendanceId, type StudySession } from '../../../../shared/domain/session';
import type { SheetEntry } from '../../../../shared/attendance/sheet';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { setIdentity } from '../../db/identity';
import { allOps, countOps } from '../../db/oplog-store';
import { closeSession, reopenSession, saveMakeUp, saveSession, sessionAttendance, signInMember } from './data';
import { loadFigureReport } from './figuresData';
import { saveSheet, type SheetRow } from './sheetData';

function member(name: string, memberNo: string, committees: string[]): Fields<Member> {
  return {
    name, gender: '女', ethnicity: '汉族', party: '民盟', sector: '教育', committees,
    unitAndPost: '某中学校长', phone: '13900000000', memberNo, term: '十届', status: '在任', notes: '',
  };
}

const e = (choice: SheetEntry['choice'], over: Partial<SheetEntry> = {}): SheetEntry => ({ choice, time: '', reason: '', approver: '', ...over });
let m: Member[];
let session: StudySession;
const row = (i: number, entry: SheetEntry, required = i < 4): SheetRow => ({ memberId: m[i].id, name: m[i].name, required, entry });
const records = async () => new Map((await sessionAttendance(session.id)).map((r) => [r.memberId, r]));

beforeAll(async () => {
  setIdentity({ nodeId: '00000000000000AA', office: 'ZL-02' });
  m = await repos.members.bulkCreate([
    member('陈一', '200001', ['文史委员会']),
    member('周二', '200002', ['文史委员会']),
    member('吴三', '200003', ['文史委员会']),
    member('郑四', '200004', ['文史委员会']),
    member('冯五', '200005', []),
  ]);
  session = await saveSession({
    title: '文史调研', kind: '调研', date: '2026-05-12', startTime: '14:30', endTime: '', place: '区档案馆', organiser: '文史委',
    topic: '', agenda: [], required: { all: false, committees: ['文史委员会'], sectors: [], memberIds: [] },
  });
});

describe('saveSheet', () => {
  it('writes the whole sheet in one transaction, and a refused row writes nothing at all', async () => {
    await signInMember(session, m[0].id, true, new Date('2026-05-12T14:20:00'));
    const before = await countOps(db);
    await expect(saveSheet(session.id, [
      row(1, e('present')),
      row(2, e('late', { time: '14:10' })),
    ])).rejects.toThrow('吴三：迟到的到达时间应晚于开始时间 14:30');
    expect(await countOps(db)).toBe(before);
    expect([...(await records()).keys()]).toEqual([m[0].id]);
  });

  it('writes only the rows that changed: one op each, none for the door sign-in it leaves as it is', async () => {
    const before = await countOps(db);
    const n = await saveSheet(session.id, [
      row(0, e('present')),
      row(1, e('present')),
      row(2, e('late', { time: '14:45' })),
      row(3, e('leave', { reason: '外地出差' })),
      row(4, e('present'), false),
    ]);
    expect(n).toBe(4);
    expect(await countOps(db)).toBe(before + 4);
    const recs = await records();
    expect(recs.get(m[0].id)).toMatchObject({ status: 'present', arrivedAt: '2026-05-12T14:20:00' });
    expect(recs.get(m[1].id)).toMatchObject({ status: 'present', arrivedAt: '' });
    expect(recs.get(m[2].id)).toMatchObject({ id: attendanceId(session.id, m[2].id), status: 'late', arrivedAt: '2026-05-12T14:45:00' });
    expect(recs.get(m[3].id)).toMatchObject({ status: 'leave', leave: { reason: '外地出差', approver: '', askedOn: '2026-05-12' } });
    expect(recs.get(m[4].id)).toMatchObject({ status: 'walkin' });
    // Saving the same sheet again writes nothing.
    const again = await countOps(db);
    expect(await saveSheet(session.id, [row(0, e('present')), row(1, e('present')), row(2, e('late', { time: '14:45' })), row(3, e('leave', { reason: '外地出差' })), row(4, e('present'), false)])).toBe(0);
    expect(await countOps(db)).toBe(again);
    // The figures follow at once.
    const fig = await loadFigureReport('2026-05-01', '2026-05-31', 0.8);
    expect(fig.sessions[0]).toMatchObject({ required: 4, present: 2, late: 1, leave: 1, pending: 0 });
  });

  it('changes one field of one record: the op carries only that field', async () => {
    const before = await countOps(db);
    await saveSheet(session.id, [row(2, e('late', { time: '14:50' }))]);
    expect(await countOps(db)).toBe(before + 1);
    const last = (await allOps(db)).sort((a, b) => (a.stamp < b.stamp ? -1 : 1)).at(-1)!;
    expect(last).toMatchObject({ table: 'attendance', id: attendanceId(session.id, m[2].id), fields: { arrivedAt: '2026-05-12T14:50:00' } });
    expect(Object.keys(last.fields)).toEqual(['arrivedAt']);
  });

  it('closes, reopens, corrects: the absences closing wrote stay, a make-up stays, closing again marks only the unmarked', async () => {
    await saveSheet(session.id, [row(1, e('none'))]);
    expect((await records()).has(m[1].id)).toBe(false);
    expect(await closeSession(session.id)).toBe(1);
    await saveMakeUp((await repos.sessions.get(session.id))!, m[1].id, { date: '2026-05-20', note: '自学' });
    // Closed: a required member cannot go back to 未录, and nothing is written.
    await expect(saveSheet(session.id, [row(1, e('none'))])).rejects.toThrow('周二：已登记补学');
    await expect(saveSheet(session.id, [row(0, e('none'))])).rejects.toThrow('撤销关闭');
    await reopenSession(session.id);
    expect((await repos.sessions.get(session.id))!.closedAt).toBe('');
    await expect(reopenSession(session.id)).rejects.toThrow('没有关闭');
    expect((await records()).get(m[1].id)).toMatchObject({ status: 'absent', makeUp: { date: '2026-05-20' } });
    // Corrected from the sheet: the absence becomes a leave, the make-up stays.
    await saveSheet(session.id, [row(1, e('leave', { reason: '病假', approver: '张主席' }))]);
    expect((await records()).get(m[1].id)).toMatchObject({ status: 'leave', leave: { reason: '病假', approver: '张主席' }, makeUp: { date: '2026-05-20' } });
    // The walk-in is taken off the sheet; reopened, closing again finds nobody unmarked.
    await saveSheet(session.id, [row(4, e('none'), false)]);
    expect((await records()).has(m[4].id)).toBe(false);
    expect(await closeSession(session.id)).toBe(0);
    // The walk-in's tombstone is reused when added again.
    await saveSheet(session.id, [row(4, e('late', { time: '15:00' }), false)]);
    const all = (await repos.attendance.read.toArray()).filter((r) => r.memberId === m[4].id);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ status: 'walkin', deleted: 0, arrivedAt: '2026-05-12T15:00:00' });
  });
});
