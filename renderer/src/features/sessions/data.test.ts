import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/member';
import { attendanceId, type StudySession } from '../../../../shared/domain/session';
import type { Fields } from '../../../../shared/sync/record';
import { repos } from '../../db';
import { setIdentity } from '../../db/identity';
import { sessionRequired } from '../../../../shared/attendance/required';
import { closeSession, deleteMakeUp, inputOf, memberAttendance, reopenSession, restoreMakeUp, saveLeave, saveMakeUp, saveSession, sessionAttendance, signInMember, undoLastSignIn, withdrawLeave } from './data';
import { loadFigureReport } from './figuresData';

function member(name: string, memberNo: string, committees: string[]): Fields<Member> {
  return {
    name, gender: '男', ethnicity: '汉族', party: '中共', sector: '经济', committees,
    unitAndPost: '某单位主任', phone: '13800000000', memberNo, term: '十届', status: '在任', notes: '',
  };
}

const at = (hm: string) => new Date(`2026-03-05T${hm}:00`);
let m: Member[];
let session: StudySession;

beforeAll(async () => {
  setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01' });
  m = await repos.members.bulkCreate([
    member('张三', '100001', ['提案委员会']),
    member('李四', '100002', ['提案委员会']),
    member('王五', '100003', ['提案委员会', '经济科技委员会']),
    member('赵六', '100004', ['经济科技委员会']),
    member('钱七', '100005', ['经济科技委员会']),
  ]);
  session = await saveSession({
    title: '专题学习会', kind: '学习会', date: '2026-03-05', startTime: '09:00', endTime: '11:00', place: '会议室', organiser: '工委',
    topic: '', agenda: [], required: { all: false, committees: ['提案委员会'], sectors: [], memberIds: [] },
  });
});

const statusOf = async (memberId: string) => (await sessionAttendance(session.id)).find((r) => r.memberId === memberId)?.status;

describe('attendance through the repositories', () => {
  it('signs in on time, late, twice, and a walk-in; undo removes and a new sign-in reuses the record', async () => {
    expect((await signInMember(session, m[0].id, true, at('08:55'))).outcome.kind).toBe('create');
    expect(await statusOf(m[0].id)).toBe('present');
    const again = await signInMember(session, m[0].id, true, at('09:10'));
    expect(again.outcome.kind).toBe('unchanged');
    expect(again.undo).toBeNull();
    const walk = await signInMember(session, m[3].id, false, at('09:20'));
    expect(await statusOf(m[3].id)).toBe('walkin');
    await undoLastSignIn(walk.undo!);
    expect(await statusOf(m[3].id)).toBeUndefined();
    await signInMember(session, m[3].id, false, at('09:25'));
    // One record per (session, member): the undone one was reused, not duplicated.
    const all = (await repos.attendance.read.toArray()).filter((r) => r.sessionId === session.id && r.memberId === m[3].id);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: attendanceId(session.id, m[3].id), status: 'walkin', arrivedAt: '2026-03-05T09:25:00', deleted: 0 });
  });

  it('keeps a leave, then a member on leave who comes is late with the leave kept; undo brings the leave back', async () => {
    await saveLeave(session, m[1].id, { reason: '出差', approver: '王主任', askedOn: '2026-03-01' });
    expect(await statusOf(m[1].id)).toBe('leave');
    const r = await signInMember(session, m[1].id, true, at('09:30'));
    const rec = (await sessionAttendance(session.id)).find((x) => x.memberId === m[1].id)!;
    expect(rec).toMatchObject({ status: 'late', leave: { reason: '出差' } });
    await undoLastSignIn(r.undo!);
    expect(await statusOf(m[1].id)).toBe('leave');
  });

  it('refuses a leave asked after the session, and withdraws one', async () => {
    await expect(saveLeave(session, m[2].id, { reason: '出差', approver: '王主任', askedOn: '2026-03-06' })).rejects.toThrow('请假日期不能晚于活动日期');
    await saveLeave(session, m[2].id, { reason: '病假', approver: '王主任', askedOn: '2026-03-04' });
    await withdrawLeave(session, m[2].id);
    expect(await statusOf(m[2].id)).toBeUndefined();
  });

  it('closes with the roster as it is: a member who joined the committee is absent, the walk-in who joined is present', async () => {
    const before = await loadFigureReport('2026-03-01', '2026-03-31', 0.8);
    expect(before.sessions[0]).toMatchObject({ required: 3, present: 1, leave: 1, pending: 1 });
    await repos.members.update(m[4].id, { committees: ['提案委员会'] });
    await repos.members.update(m[3].id, { committees: ['提案委员会'] });
    const n = await closeSession(session.id, at('11:30'));
    expect(n).toBe(2);
    expect(await statusOf(m[2].id)).toBe('absent');
    expect(await statusOf(m[4].id)).toBe('absent');
    expect(await statusOf(m[3].id)).toBe('late');
    await expect(closeSession(session.id)).rejects.toThrow('已经关闭');
    const refused = await signInMember((await repos.sessions.get(session.id))!, m[2].id, true, at('11:40'));
    expect(refused.outcome.kind).toBe('refused');
  });

  it('records a make-up beside the absence, and the figures follow every write', async () => {
    await saveMakeUp((await repos.sessions.get(session.id))!, m[2].id, { date: '2026-03-10', note: '观看录像' });
    const rec = (await sessionAttendance(session.id)).find((x) => x.memberId === m[2].id)!;
    expect(rec).toMatchObject({ status: 'absent', makeUp: { date: '2026-03-10', note: '观看录像' } });
    const r = await loadFigureReport('2026-03-01', '2026-03-31', 0.8);
    expect(r.sessions[0]).toMatchObject({ required: 5, present: 1, late: 1, leave: 1, absent: 2, madeUp: 1, pending: 0, rate: 0.4 });
    expect(r.members.find((x) => x.name === '王五')).toMatchObject({ absent: 1, madeUp: 1, rate: 0, low: true });
  });

  it('finds a member\'s records across sessions for the member page, deleted ones and deleted sessions left out', async () => {
    const second = await saveSession({
      title: '第二次学习会', kind: '学习会', date: '2026-04-02', startTime: '09:00', endTime: '11:00', place: '会议室', organiser: '工委',
      topic: '', agenda: [], required: { all: true, committees: [], sectors: [], memberIds: [] },
    });
    const third = await saveSession({ ...inputOf(second), title: '已取消的会', date: '2026-04-09' });
    await signInMember(second, m[2].id, true, new Date('2026-04-02T08:50:00'));
    await signInMember(third, m[2].id, true, new Date('2026-04-09T08:50:00'));
    await repos.sessions.remove(third.id);
    const walk = await signInMember(second, m[0].id, true, new Date('2026-04-02T08:51:00'));
    await undoLastSignIn(walk.undo!);
    const mine = await memberAttendance(m[2].id);
    expect(mine.rows.map((r) => [r.sessionId, r.status]).sort()).toEqual([[session.id, 'absent'], [second.id, 'present']].sort());
    expect(mine.sessions.map((x) => x.title).sort()).toEqual(['专题学习会', '第二次学习会'].sort());
    // The undone sign-in left a deleted record: it is not in the member's history.
    expect((await memberAttendance(m[0].id)).rows.map((r) => r.sessionId)).toEqual([session.id]);
  });
});

describe('issue 12: the list frozen at closing, make-up removed, the office\'s rule', () => {
  it('keeps the required list of the closing after 撤销关闭, until the person changes who is required', async () => {
    const x = await saveSession({
      title: '港澳台侨学习会', kind: '学习会', date: '2026-05-06', startTime: '09:00', endTime: '', place: '', organiser: '', host: '李主任',
      topic: '', agenda: [], required: { all: false, committees: ['港澳台侨民族宗教委员会'], sectors: [], memberIds: [] },
    });
    await repos.members.update(m[0].id, { committees: ['港澳台侨民族宗教委员会'] });
    await closeSession(x.id, new Date('2026-05-06T12:00:00'));
    const closed = (await repos.sessions.get(x.id))!;
    expect(closed.requiredAtClose).toEqual([m[0].id]);
    expect(closed.host).toBe('李主任');
    // The roster changes after closing: 李四 joins the committee, 张三 leaves it.
    await repos.members.update(m[1].id, { committees: ['港澳台侨民族宗教委员会'] });
    await repos.members.update(m[0].id, { committees: [] });
    await reopenSession(x.id);
    const reopened = (await repos.sessions.get(x.id))!;
    const members = await repos.members.all();
    expect([...sessionRequired(reopened, members, await sessionAttendance(x.id))]).toEqual([m[0].id]);
    // Closing again marks nobody new: the list is the one of the first closing.
    expect(await closeSession(x.id, new Date('2026-05-06T13:00:00'))).toBe(0);
    await reopenSession(x.id);
    await saveSession({ ...inputOf((await repos.sessions.get(x.id))!), required: { all: false, committees: ['港澳台侨民族宗教委员会'], sectors: [], memberIds: [m[4].id] } }, x.id);
    const edited = (await repos.sessions.get(x.id))!;
    expect([...sessionRequired(edited, await repos.members.all(), [])].sort()).toEqual([m[1].id, m[4].id].sort());
  });

  it('takes leave without an approver, refuses a make-up without a note or in the future, removes one and puts it back', async () => {
    const x = await saveSession({
      title: '补学测试会', kind: '学习会', date: '2026-06-03', startTime: '09:00', endTime: '', place: '', organiser: '',
      topic: '', agenda: [], required: { all: false, committees: [], sectors: [], memberIds: [m[2].id] },
    });
    await saveLeave(x, m[2].id, { reason: '出差', approver: '', askedOn: '2026-06-01' });
    expect(await statusOfIn(x.id, m[2].id)).toBe('leave');
    await expect(saveMakeUp(x, m[2].id, { date: '2026-06-10', note: '' }, new Date('2026-06-20T10:00:00'))).rejects.toThrow('请填写补学说明');
    await expect(saveMakeUp(x, m[2].id, { date: '2026-09-10', note: '观看录像' }, new Date('2026-06-20T10:00:00'))).rejects.toThrow('补学日期不能晚于今天（2026-06-20）');
    await saveMakeUp(x, m[2].id, { date: '2026-06-10', note: '观看录像' }, new Date('2026-06-20T10:00:00'));
    const removed = await deleteMakeUp(x, m[2].id);
    expect(removed.message).toBe('已删除补学记录');
    expect((await sessionAttendance(x.id)).find((r) => r.memberId === m[2].id)).toMatchObject({ status: 'leave', makeUp: null });
    await restoreMakeUp(x, m[2].id, removed.makeUp);
    expect((await sessionAttendance(x.id)).find((r) => r.memberId === m[2].id)?.makeUp).toEqual({ date: '2026-06-10', note: '观看录像' });
    await closeSession(x.id, new Date('2026-06-03T12:00:00'));
    const strict = await loadFigureReport('2026-06-01', '2026-06-30', 0.8);
    expect(strict.members.find((r) => r.memberId === m[2].id)).toMatchObject({ rate: 0, low: true });
    const lenient = await loadFigureReport('2026-06-01', '2026-06-30', 0.8, null, { leaveInRequired: false, makeUpAttends: true });
    expect(lenient.members.find((r) => r.memberId === m[2].id)).toMatchObject({ rate: 1, low: false });
    expect(lenient.rule).toEqual({ leaveInRequired: false, makeUpAttends: true });
  });
});

async function statusOfIn(sessionId: string, memberId: string) {
  return (await sessionAttendance(sessionId)).find((r) => r.memberId === memberId)?.status;
}
