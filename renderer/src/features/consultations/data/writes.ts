import { localDate, localDateTime } from '../../../../../shared/attendance/time';
import { closeRefusal, measureInputRefusal, meetingLoop, progressRefusal, supervisionLoop, type MeasureInput, type ProgressInput } from '../../../../../shared/consultations/followup';
import { checkFeedback, checkSubmission, checkTopic, planRefusal, type TopicInput } from '../../../../../shared/consultations/validate';
import { measurePrefix, type ConsultMeeting, type ConsultTopic, type FeedbackNote, type Measure, type Submission, type Supervision, type Visit } from '../../../../../shared/domain/consultation';
import type { Fields } from '../../../../../shared/sync/record';
import { db, repos } from '../../../db';
import { loggedTransaction } from '../../../db/oplog';
import { saveSession, UserError } from '../../sessions/data';

/** Writes of 有事好商量, through the repositories; the rules are in shared/consultations. */

export { UserError };

const today = () => localDate(new Date());

export async function saveTopic(input: TopicInput, o: { id?: string; district?: boolean } = {}): Promise<ConsultTopic> {
  const r = checkTopic(input);
  if (!r.ok) throw new UserError(Object.values(r.errors)[0]);
  if (o.id) return repos.consultTopics.update(o.id, r.value);
  return repos.consultTopics.create({ ...r.value, planned: false, plannedMonth: '', district: !!o.district, fromDistrict: '' });
}

/** Put a topic into the year's plan for a month, or take it out (month null). */
export async function planTopic(id: string, month: string | null): Promise<void> {
  const t = await repos.consultTopics.get(id);
  if (!t || t.deleted) throw new UserError('找不到这个议题');
  if (month === null) {
    await repos.consultTopics.update(id, { planned: false, plannedMonth: '' });
    return;
  }
  const why = planRefusal(t, month);
  if (why) throw new UserError(why);
  await repos.consultTopics.update(id, { planned: true, plannedMonth: month });
}

/** An office takes up one of HQ's district topics as its own (HQ's record stays HQ's). */
export async function takeUpDistrictTopic(id: string): Promise<ConsultTopic> {
  const t = await repos.consultTopics.get(id);
  if (!t || t.deleted || !t.district) throw new UserError('找不到这个区政协议题');
  const mine = await repos.consultTopics.read.filter((x) => x.deleted === 0 && x.fromDistrict === id).first();
  if (mine) throw new UserError(`本办公室已采用这个议题（${mine.title}）`);
  const { id: _id, office: _o, _stamps, _rev, deleted: _d, ...fields } = t;
  return repos.consultTopics.create({ ...fields, district: false, fromDistrict: id, planned: false, plannedMonth: '' });
}

export interface MeetingPlan {
  topicId: string;
  date: string;
  startTime: string;
  place: string;
  host: string;
  memberIds: string[];
  /** An existing 协商议事 session to make the meeting from, or '' to plan a new one. */
  sessionId: string;
}

/**
 * Plan a meeting on a topic, with its 协商议事 session (sign-in, attendance, tents and the
 * sign-in sheet come from the sessions capability): a new session with the participants as the
 * required attendees, or one already planned. One transaction: both or neither.
 */
export async function planMeeting(p: MeetingPlan, organiser: string): Promise<ConsultMeeting> {
  return loggedTransaction(db, ['consultTopics', 'consultMeetings', 'sessions', 'members'], async () => {
    const topic = await repos.consultTopics.get(p.topicId);
    if (!topic || topic.deleted) throw new UserError('请先选择议题');
    let sessionId = p.sessionId;
    let date = p.date;
    let place = p.place;
    let memberIds = p.memberIds;
    if (sessionId) {
      const s = await repos.sessions.get(sessionId);
      if (!s || s.deleted) throw new UserError('找不到所选的活动');
      date = s.date;
      place = s.place;
      if (!memberIds.length) memberIds = s.required.memberIds;
    } else {
      if (!memberIds.length) throw new UserError('请选择参加协商的委员（至少一位）');
      const s = await saveSession({
        title: `${topic.title}协商议事会`, kind: '协商议事', date, startTime: p.startTime, endTime: '', place, organiser, host: p.host,
        topic: topic.title, agenda: ['情况通报', '提问', '解答', '协商发言'], required: { all: false, committees: [], sectors: [], memberIds },
      });
      sessionId = s.id;
    }
    return repos.consultMeetings.create({
      topicId: topic.id, title: `${topic.title}协商议事会`, date, place, host: p.host, sessionId, memberIds, guests: [],
      agenda: [{ step: '通报', text: '' }, { step: '提问', text: '' }, { step: '解答', text: '' }, { step: '发言', text: '' }],
      speeches: [], consensus: '', heldAt: '', outcome: null, feedback: null, closedAt: '',
    });
  });
}

type MeetingEdit = Partial<Pick<ConsultMeeting, 'place' | 'host' | 'memberIds' | 'guests' | 'agenda' | 'speeches' | 'consensus'>>;

/** Save what the person typed on the meeting (saved as typed); participants follow to the session's required list. */
export async function editMeeting(id: string, changes: MeetingEdit): Promise<void> {
  await loggedTransaction(db, ['consultMeetings', 'sessions'], async () => {
    const m = await repos.consultMeetings.get(id);
    if (!m || m.deleted) throw new UserError('找不到这次协商议事会');
    if (m.closedAt) throw new UserError('已经闭环，不能再修改；如需修改请先撤销闭环');
    await repos.consultMeetings.update(id, changes);
    if (changes.memberIds && m.sessionId) {
      const s = await repos.sessions.get(m.sessionId);
      if (s && !s.closedAt && changes.memberIds.length) await repos.sessions.update(s.id, { required: { ...s.required, memberIds: changes.memberIds } });
    }
  });
}

export async function markHeld(id: string): Promise<void> {
  const m = await repos.consultMeetings.get(id);
  if (!m || m.deleted) throw new UserError('找不到这次协商议事会');
  if (m.date > today()) throw new UserError(`协商议事会定在 ${m.date}，还没到日子，不能记为已召开`);
  if (!m.consensus.trim()) throw new UserError('请先填写共识意见，再记为已召开');
  await repos.consultMeetings.update(id, { heldAt: localDateTime(new Date()) });
}

type LoopTable = 'consultMeetings' | 'supervisions';
const repoOf = (t: LoopTable) => (t === 'consultMeetings' ? repos.consultMeetings : repos.supervisions) as typeof repos.consultMeetings;
const heldOn = (t: LoopTable, r: ConsultMeeting | Supervision) => (t === 'consultMeetings' ? (r as ConsultMeeting).date : ((r as Supervision).visits.map((v) => v.date).sort()[0] ?? ''));

/** When a loop's table first sat: the meeting's date, or a 民主监督 item's first visit (none yet: no bound). */
function loopStart(r: ConsultMeeting | Supervision): [string | undefined, string] {
  if ('visits' in r) return [r.visits.map((v) => v.date).sort()[0], '第一次监督活动的日期'];
  return [r.date, '会议日期'];
}

async function getLoop(t: LoopTable, id: string): Promise<ConsultMeeting | Supervision> {
  const r = await repoOf(t).get(id);
  if (!r || r.deleted) throw new UserError('找不到这条记录');
  return r;
}

/** 报送: the outcome (or the 意见建议) sent, to whom and when. */
export async function sendOutcome(t: LoopTable, id: string, s: Submission): Promise<void> {
  const r = await getLoop(t, id);
  if (r.closedAt) throw new UserError('已经闭环，不能再修改');
  if (t === 'consultMeetings' && !(r as ConsultMeeting).heldAt) throw new UserError('协商议事会还没有记为已召开，不能报送成果');
  const c = checkSubmission(s, heldOn(t, r), today());
  if (!c.ok) throw new UserError(Object.values(c.errors)[0]);
  await repoOf(t).update(id, { outcome: c.value });
}

/** 反馈: at the office, what the recipient answered; at HQ, feedback HQ received (hqFeedback, HQ's own field). */
export async function recordFeedback(t: LoopTable, id: string, f: FeedbackNote, role: 'office' | 'hq', myOffice: string): Promise<void> {
  const r = await getLoop(t, id);
  if (!r.outcome) throw new UserError('还没有报送，不能记录反馈');
  const c = checkFeedback(f, r.outcome.date, today());
  if (!c.ok) throw new UserError(Object.values(c.errors)[0]);
  const field = role === 'hq' && r.office !== myOffice ? 'hqFeedback' : 'feedback';
  await repoOf(t).update(id, { [field]: c.value });
}

export async function measuresOf(parentId: string): Promise<Measure[]> {
  const rows = await repos.consultMeasures.read.where(':id').startsWith(measurePrefix(parentId)).toArray();
  return rows.filter((m) => !m.deleted).sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}

export async function addMeasure(t: LoopTable, parentId: string, input: MeasureInput): Promise<Measure> {
  const r = await getLoop(t, parentId);
  if (r.closedAt) throw new UserError('已经闭环，不能再添加措施');
  const [since, what] = loopStart(r);
  const why = measureInputRefusal(input, since, what);
  if (why) throw new UserError(why);
  return repos.consultMeasures.create({
    office: r.office, parentId, parentKind: t === 'consultMeetings' ? 'meeting' : 'supervision', text: input.text.trim(), owner: input.owner.trim(), due: input.due, state: '未启动', reason: '', progress: [],
  } as Fields<Measure>);
}

/** 跟踪: a progress entry on a measure (its state, a note, the reason if it cannot be done). */
export async function recordProgress(t: LoopTable, measureId: string, input: ProgressInput, by: string): Promise<void> {
  const m = await repos.consultMeasures.get(measureId);
  if (!m || m.deleted) throw new UserError('找不到这项措施');
  const parent = await getLoop(t, m.parentId);
  const why = progressRefusal(input, !!parent.closedAt, today(), ...loopStart(parent));
  if (why) throw new UserError(why);
  await repos.consultMeasures.update(measureId, {
    state: input.state, reason: input.state === '无法落实' ? input.reason.trim() : '',
    progress: [...m.progress, { date: input.date, state: input.state, note: input.note.trim() || input.reason.trim(), by }],
  });
}

/** 闭环: only when every measure is settled (shared/consultations/followup.ts closeRefusal). */
export async function closeLoop(t: LoopTable, id: string): Promise<void> {
  const r = await getLoop(t, id);
  const loop = t === 'consultMeetings' ? meetingLoop(r as ConsultMeeting) : supervisionLoop(r as Supervision);
  const why = closeRefusal(loop, await measuresOf(id), t === 'consultMeetings' ? '协商议事会' : '民主监督');
  if (why) throw new UserError(why);
  await repoOf(t).update(id, { closedAt: localDateTime(new Date()) });
}

export async function reopenLoop(t: LoopTable, id: string): Promise<void> {
  await repoOf(t).update(id, { closedAt: '' });
}

export interface SupervisionInput {
  year: number;
  category: string;
  title: string;
  subject: string;
  department: string;
}

export async function saveSupervision(input: SupervisionInput, id?: string): Promise<Supervision> {
  if (input.title.trim().length < 4) throw new UserError('监督事项名称至少 4 个字');
  if (!input.category.trim()) throw new UserError('请选择民生议题类别');
  if (!input.department.trim()) throw new UserError('请填写被监督的部门');
  const fields = { ...input, title: input.title.trim(), subject: input.subject.trim(), department: input.department.trim() };
  if (id) return repos.supervisions.update(id, fields);
  return repos.supervisions.create({ ...fields, visits: [], findings: '', outcome: null, feedback: null, closedAt: '' });
}

export async function editSupervision(id: string, changes: Partial<Pick<Supervision, 'findings' | 'subject' | 'department'>>): Promise<void> {
  const s = await getLoop('supervisions', id);
  if (s.closedAt) throw new UserError('已经闭环，不能再修改');
  await repos.supervisions.update(id, changes);
}

export async function addVisit(id: string, v: Visit): Promise<void> {
  const s = (await getLoop('supervisions', id)) as Supervision;
  if (s.closedAt) throw new UserError('已经闭环，不能再添加');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) throw new UserError('请填写视察或调研的日期（年-月-日）');
  if (v.date > today()) throw new UserError('视察或调研的日期不能晚于今天（还没有开展的请先在学习活动中安排）');
  if (!v.memberIds.length) throw new UserError('请选择参加的委员');
  await repos.supervisions.update(id, { visits: [...s.visits, v].sort((a, b) => a.date.localeCompare(b.date)) });
}
