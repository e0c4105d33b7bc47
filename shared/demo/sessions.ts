import { DEFAULT_REF_LISTS } from '../domain/reflist';
import type { Attendance, AttendeeRule, StudySession } from '../domain/session';
import { resolveRequired, type RosterMember } from '../attendance/required';
import { addDays, weekday } from '../attendance/time';
import type { Fields } from '../sync/record';
import { personName } from './names';
import { Rng } from './random';
import { DEMO_SEED } from './generator';

/**
 * Five years of study sessions with their attendance, deterministic from the
 * seed, the roster and `today`. Sessions before today are closed and have a
 * record for every required member; later ones are planned, some with leave
 * already asked.
 */
export interface DemoSessionOptions {
  /** YYYY-MM-DD; the five years end with this date's year. */
  today: string;
  years?: number;
  perYear?: number;
  seed?: number;
}

export interface DemoSessions {
  sessions: Fields<StudySession>[];
  /** Attendance for sessions[sessionIndex]; the loader fills in sessionId once the session exists. */
  attendance: Array<{ sessionIndex: number; fields: Omit<Fields<Attendance>, 'sessionId'> }>;
}

const TOPICS = [
  '“凝聚新共识、开启新征程”学习教育活动',
  '学习贯彻中央政协工作会议精神',
  '学习中共党史和新中国史',
  '学习统一战线历史和人民政协历史',
  '学习贯彻区委全体会议精神',
  '“懂政协、会协商、善议政”履职能力提升',
  '“十四五”规划编制建言',
  '老小区整治和停车难问题',
  '养老服务体系建设',
  '食品安全和安全生产',
  '营商环境和商圈振兴',
  '生态文明建设',
];
const KIND_TITLES: Record<string, (topic: string) => string> = {
  学习会: (t) => `${t}专题学习会`,
  集中培训: (t) => `${t}集中培训`,
  专题研讨: (t) => `${t}专题研讨`,
  视察: (t) => `围绕${t}开展视察`,
  调研: (t) => `${t}调研`,
  协商议事: (t) => `${t}协商议事会`,
};
const KINDS = ['学习会', '学习会', '学习会', '集中培训', '专题研讨', '专题研讨', '视察', '调研', '协商议事'];
const PLACES = ['工委会议室', '街道党群服务中心三楼会议室', '区政协机关第一会议室', '社区议事厅', '区委党校报告厅'];
const STARTS = ['08:30', '09:00', '09:00', '09:30', '14:00', '14:30'];
const AGENDA = [
  ['传达学习会议精神', '集体学习辅导材料', '委员交流发言', '工委主任讲话'],
  ['专题辅导报告', '分组讨论', '小组代表汇报', '总结'],
  ['实地察看', '听取情况介绍', '座谈交流', '形成意见建议'],
];
const LEAVE_REASONS = ['出差', '单位有紧急工作', '身体不适', '参加上级会议', '家中有事', '外出学习'];

/** Saturday moves to Friday, Sunday to Monday. */
function workday(date: string): string {
  const w = weekday(date);
  return w === '星期六' ? addDays(date, -1) : w === '星期日' ? addDays(date, 1) : date;
}

function hm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function ruleFor(rng: Rng, members: readonly RosterMember[]): AttendeeRule {
  const roll = rng.next();
  if (roll < 0.025) return { all: true, committees: [], sectors: [], memberIds: [] };
  if (roll < 0.8) return { all: false, committees: [rng.pick(DEFAULT_REF_LISTS.committee)], sectors: [], memberIds: [] };
  if (roll < 0.92) return { all: false, committees: [], sectors: rng.sample(DEFAULT_REF_LISTS.sector, 3), memberIds: [] };
  const active = members.filter((m) => m.status === '在任');
  return { all: false, committees: [], sectors: [], memberIds: rng.sample(active, 15).map((m) => m.id) };
}

export function demoSessions(members: readonly RosterMember[], opts: DemoSessionOptions): DemoSessions {
  const rng = new Rng((opts.seed ?? DEMO_SEED) + 7);
  const years = opts.years ?? 5;
  const perYear = opts.perYear ?? 60;
  const lastYear = Number(opts.today.slice(0, 4));
  const sessions: DemoSessions['sessions'] = [];
  const attendance: DemoSessions['attendance'] = [];
  const organiser = '工委办公室';
  // Each member has a habit, so some stand out in the figures.
  const habit = new Map(members.map((m) => [m.id, rng.chance(0.1) ? 0.55 : rng.chance(0.3) ? 0.8 : 0.93]));

  for (let y = lastYear - years + 1; y <= lastYear; y++) {
    for (let k = 0; k < perYear; k++) {
      // Spread over the year, on working days mostly.
      const date = workday(addDays(`${y}-01-06`, Math.floor((k * 350) / perYear) + rng.int(0, 4)));
      const kind = rng.pick(KINDS);
      const topic = rng.pick(TOPICS);
      const startTime = rng.pick(STARTS);
      const [h, m] = startTime.split(':').map(Number);
      const required = ruleFor(rng, members);
      const past = date < opts.today;
      sessions.push({
        title: KIND_TITLES[kind](topic),
        kind,
        date,
        startTime,
        endTime: hm(h * 60 + m + rng.pick([90, 120, 150])),
        place: rng.pick(PLACES),
        organiser,
        topic,
        agenda: rng.pick(AGENDA),
        required,
        materials: [],
        closedAt: past ? `${date}T${hm(h * 60 + m + 180)}:00` : '',
      });
      const sessionIndex = sessions.length - 1;
      const requiredIds = resolveRequired(required, members);
      for (const memberId of requiredIds) {
        const p = habit.get(memberId) ?? 0.9;
        const leaveRoll = rng.next();
        if (!past) {
          if (leaveRoll < 0.04) attendance.push({ sessionIndex, fields: leaveFields(rng, memberId, date) });
          continue;
        }
        if (leaveRoll < 0.07) {
          const f = leaveFields(rng, memberId, date);
          const madeUpOn = addDays(date, rng.int(3, 20));
          if (rng.chance(0.5) && madeUpOn < opts.today) f.makeUp = { date: madeUpOn, note: '自学会议材料并提交心得' };
          attendance.push({ sessionIndex, fields: f });
        } else if (rng.next() < p) {
          const offset = rng.chance(0.12) ? rng.int(1, 25) : -rng.int(0, 25);
          const t = h * 60 + m + offset;
          attendance.push({
            sessionIndex,
            fields: { memberId, status: offset > 0 ? 'late' : 'present', arrivedAt: `${date}T${hm(t)}:${String(rng.int(0, 59)).padStart(2, '0')}`, leave: null, makeUp: null },
          });
        } else {
          attendance.push({
            sessionIndex,
            fields: { memberId, status: 'absent', arrivedAt: '', leave: null, makeUp: rng.chance(0.3) ? madeUp(addDays(date, rng.int(3, 30)), opts.today) : null },
          });
        }
      }
      // A walk-in now and then.
      if (past && rng.chance(0.2)) {
        const other = members.find((mm, i) => i === rng.int(0, members.length - 1) && !requiredIds.has(mm.id) && !mm.deleted);
        if (other) {
          attendance.push({ sessionIndex, fields: { memberId: other.id, status: 'walkin', arrivedAt: `${date}T${hm(h * 60 + m - 5)}:00`, leave: null, makeUp: null } });
        }
      }
    }
  }
  return { sessions, attendance };
}

/** A make-up is recorded after it happened: none yet when its date is still ahead. */
function madeUp(date: string, today: string): { date: string; note: string } | null {
  return date < today ? { date, note: '观看录像补学' } : null;
}

function leaveFields(rng: Rng, memberId: string, date: string): Omit<Fields<Attendance>, 'sessionId'> {
  return {
    memberId,
    status: 'leave',
    arrivedAt: '',
    leave: { reason: rng.pick(LEAVE_REASONS), approver: `${personName(rng).slice(0, 1)}主任`, askedOn: addDays(date, -rng.int(1, 5)) },
    makeUp: null,
  };
}
