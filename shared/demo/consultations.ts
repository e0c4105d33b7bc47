import { addDays } from '../attendance/time';
import {
  type Adoption, type ConsultMeeting, type ConsultTopic, type Measure, type MeasureState, type Supervision, type TopicSource,
} from '../domain/consultation';
import type { Attendance, StudySession } from '../domain/session';
import { newId } from '../ids';
import type { Fields } from '../sync/record';
import { DEMO_SEED } from './generator';
import { Rng } from './random';

/**
 * Street-level 有事好商量 for the demo: each year a plan of topics on the seed's
 * livelihood matters (parking, elevators in old buildings, elderly meals,
 * school-gate traffic …), a meeting per planned topic with its 协商议事 session,
 * speakers and consensus, measures with who and by when, the outcome sent and
 * answered, and 民主监督 items; the loops in every state (planned, held, sent,
 * in progress with overdue measures, closed, a measure given up with a reason).
 * Deterministic from the seed, the roster and `today`.
 */

interface Theme {
  title: string;
  /** Where, year by year: an office does not consult on the same matter in the same place every year. */
  places: Array<[string, string]>;
  category: string;
  reason: string;
  consensus: string;
  measures: Array<[string, string]>;
  guests: Array<[string, string, '部门' | '居民代表' | '物业' | '其他']>;
}

export const DEMO_THEMES: Theme[] = [
  {
    title: '老旧小区停车难', places: [['幸福里小区', '老旧小区'], ['勤业新村', '老旧小区'], ['工人新村', '老旧小区'], ['红星小区', '老旧小区']], category: '停车难', reason: '小区建成早，车位不足三成，夜间车辆停到消防通道，居民反映强烈。',
    consensus: '挖潜增位与错时共享并举：利用周边单位和学校夜间错时开放停车，小区内规划划线增设车位，物业加强夜间巡查。',
    measures: [['协调周边两所学校夜间错时开放停车', '街道城管科'], ['小区内重新规划划线，增设车位 80 个', '社区居委会'], ['物业每晚巡查消防通道停车', '小区物业公司']],
    guests: [['陈建国', '街道城管科', '部门'], ['刘桂兰', '幸福里小区', '居民代表'], ['周经理', '安居物业公司', '物业']],
  },
  {
    title: '老旧小区加装电梯', places: [['和平新村', '老旧小区'], ['光华小区', '老旧小区'], ['朝阳里', '老旧小区']], category: '老小区整治', reason: '多层住宅无电梯，六十岁以上居民占比超过三成，上下楼难，加装意愿强但协调难。',
    consensus: '按照“先易后难、分批推进”，街道设立加装电梯服务专班，一楼住户的采光和噪声诉求通过补偿和设计优化解决。',
    measures: [['设立加装电梯服务专班，一站式指导', '街道城建办'], ['完成首批 6 台电梯加装', '街道城建办'], ['制定一楼住户补偿协商指引', '社区居委会']],
    guests: [['王志强', '区住房和城乡建设局', '部门'], ['李秀英', '和平新村', '居民代表']],
  },
  {
    title: '社区老年助餐', places: [['新华社区', '社区'], ['东升社区', '社区'], ['桃园社区', '社区']], category: '养老服务', reason: '独居和高龄老人吃饭难，现有助餐点覆盖不足，送餐服务时有时无。',
    consensus: '以“中心厨房 + 社区助餐点 + 上门送餐”方式扩大覆盖，对高龄、失能老人给予用餐补贴，引导爱心企业参与。',
    measures: [['新建社区助餐点 2 个', '街道社会事务科'], ['开通高龄老人上门送餐', '街道社会事务科'], ['落实用餐补贴发放办法', '区民政局']],
    guests: [['赵红', '区民政局', '部门'], ['孙大爷', '新华社区', '居民代表']],
  },
  {
    title: '学校门口交通拥堵', places: [['实验小学', '学校'], ['第二中学', '学校'], ['育才小学', '学校']], category: '交通安全', reason: '上下学时段校门口接送车辆乱停，学生过马路有安全隐患。',
    consensus: '实行错峰放学和定点接送，增设护学岗和临时停车带，交警在高峰时段加强疏导。',
    measures: [['施划临时接送停车带', '区公安分局交警大队'], ['设立家长志愿护学岗', '实验小学'], ['高峰时段安排警力疏导', '区公安分局交警大队']],
    guests: [['钱警官', '区公安分局交警大队', '部门'], ['吴校长', '实验小学', '其他'], ['郑女士', '家长代表', '居民代表']],
  },
  {
    title: '背街小巷环境整治', places: [['解放路', ''], ['南门街', ''], ['老城片区', '']], category: '城市治理', reason: '背街小巷占道经营、乱堆乱放，路面破损，居民出行不便。',
    consensus: '分段整治、长效管理，路面修复纳入年度计划，推行“街长制”由社区干部包段负责。',
    measures: [['修复破损路面 1.2 公里', '区城市管理局'], ['推行街长制包段管理', '街道城管科']],
    guests: [['何科长', '区城市管理局', '部门']],
  },
  {
    title: '农贸市场食品安全', places: [['东关农贸市场', '农贸市场'], ['西站农贸市场', '农贸市场']], category: '食品安全', reason: '市场内部分摊位无证经营，熟食加工环境差，群众担心食品安全。',
    consensus: '开展集中整治，建立快检室，推行摊位“明厨亮灶”和信用公示。',
    measures: [['建成市场食品快检室', '区市场监督管理局'], ['无证摊位限期办证或清退', '区市场监督管理局']],
    guests: [['冯所长', '区市场监督管理局', '部门'], ['市场管理方', '农贸市场', '其他']],
  },
];

const SUPERVISION_THEMES: Array<[string, string, string, string]> = [
  ['校园周边食品安全', '食品安全', '学校周边食品摊点和小餐饮', '区市场监督管理局'],
  ['电动自行车充电安全', '安全生产', '居民楼电动自行车充电和停放', '区应急管理局'],
  ['城市河道水环境治理', '生态文明', '运河支流的排污口和水质', '区生态环境局'],
  ['居家养老服务质量', '养老服务', '居家养老服务站的服务和收费', '区民政局'],
  ['就业援助政策落实', '居民就业', '困难人员就业援助和公益性岗位', '区人力资源和社会保障局'],
];

const SOURCES: TopicSource[] = ['委员提出', '群众反映', '部门提出', '献一计', '社情民意', '提案'];
const RECIPIENT = ['街道党工委', '街道党工委', '区政府', '区委'];

export interface DemoConsultMember { id: string; office: string; name?: string }

export interface DemoConsultations {
  topics: Array<{ id: string; fields: Fields<ConsultTopic> }>;
  meetings: Array<{ id: string; fields: Fields<ConsultMeeting> }>;
  supervisions: Array<{ id: string; fields: Fields<Supervision> }>;
  measures: Array<{ id: string; fields: Fields<Measure> }>;
  sessions: Array<{ id: string; fields: Fields<StudySession> }>;
  attendance: Array<Fields<Attendance>>;
}

export interface DemoConsultOptions {
  today: string;
  /** How many years, ending with today's. */
  years: number;
  /** Meetings per office per year (the planned topics; two more are candidates only). */
  perYear: number;
  seed?: number;
  /** Leave out the sessions and attendance (HQ's bench set). */
  sessions?: boolean;
}

const stampOf = (date: string, time = '11:30:00') => `${date}T${time}`;

/** The theme's title in a place of the year: 老旧小区停车难 → 勤业新村停车难. */
function themeTitle(theme: Theme, y: number): string {
  const [place, generic] = theme.places[y % theme.places.length];
  return generic && theme.title.startsWith(generic) ? `${place}${theme.title.slice(generic.length)}` : `${place}${theme.title}`;
}

export function demoConsultations(members: readonly DemoConsultMember[], o: DemoConsultOptions): DemoConsultations {
  const rng = new Rng((o.seed ?? DEMO_SEED) + 31);
  const out: DemoConsultations = { topics: [], meetings: [], supervisions: [], measures: [], sessions: [], attendance: [] };
  const byOffice = new Map<string, DemoConsultMember[]>();
  for (const m of members) {
    let l = byOffice.get(m.office);
    if (!l) byOffice.set(m.office, (l = []));
    l.push(m);
  }
  const thisYear = Number(o.today.slice(0, 4));
  for (const [office, roster] of byOffice) {
    for (let y = thisYear - o.years + 1; y <= thisYear; y++) {
      for (let i = 0; i < o.perYear + 2; i++) {
        const theme = DEMO_THEMES[(i + y) % DEMO_THEMES.length];
        const title = themeTitle(theme, y + Math.floor(i / DEMO_THEMES.length));
        const planned = i < o.perYear;
        const month = String(Math.min(12, 2 + Math.floor((i * 10) / Math.max(1, o.perYear)))).padStart(2, '0');
        const topicId = newId();
        const source = rng.pick(SOURCES);
        out.topics.push({
          id: topicId,
          fields: {
            office, year: y, title, category: theme.category,
            weight: rng.pick(['大事', '要事', '实事', '难题'] as const), source: { kind: source, refId: '', refText: source === '社情民意' ? `社情民意第${rng.int(1, 80)}期` : '' },
            reason: theme.reason, raisedBy: source === '部门提出' ? theme.guests[0][1] : '', planned, plannedMonth: planned ? `${y}-${month}` : '', district: false, fromDistrict: '',
          },
        });
        if (!planned) continue;
        const date = `${y}-${month}-${String(rng.int(8, 26)).padStart(2, '0')}`;
        const future = date > o.today;
        const people = rng.sample(roster, Math.min(roster.length, rng.int(6, 10)));
        const meetingId = newId();
        const sessionId = o.sessions === false ? '' : newId();
        const held = !future && rng.next() > 0.04;
        const age = held ? daysBetween(date, o.today) : 0;
        // How far the loop has come: by age, with some stuck (overdue) and some closed.
        const sent = held && age > 10 && rng.next() > 0.08;
        const answered = sent && age > 40 && rng.next() > 0.15;
        const closing = answered && age > 200 && rng.next() > 0.2;
        const speeches = rng.sample(people, Math.min(people.length, rng.int(3, 5))).map((p, k) => ({
          memberId: p.id, name: p.name ?? '', unit: '', points: k === 0 ? `建议${theme.measures[0][0]}，同时明确责任主体和完成时限。` : `${theme.reason.slice(0, 16)}……建议${theme.measures[k % theme.measures.length][0]}。`,
        }));
        for (const g of theme.guests.slice(0, 1)) speeches.push({ memberId: '', name: g[0], unit: g[1], points: '介绍了相关工作进展，将认真研究委员和居民的意见。' });
        const adoption: Adoption = rng.next() > 0.85 ? '部分采纳' : rng.next() > 0.95 ? '未采纳' : '采纳';
        const outcome = sent ? { recipient: rng.pick(RECIPIENT), date: addDays(date, rng.int(5, 10)), docNo: `协〔${y}〕${i + 1}号`, text: theme.consensus } : null;
        out.meetings.push({
          id: meetingId,
          fields: {
            office, topicId, title: `${title}协商议事会`, date, place: '街道协商议事厅', host: '街道政协工委主任', sessionId, memberIds: people.map((p) => p.id),
            guests: theme.guests.map(([name, unit, role]) => ({ name, unit, role })),
            agenda: [{ step: '通报', text: `${theme.guests[0][1]}通报有关情况` }, { step: '提问', text: '委员和居民代表提问' }, { step: '解答', text: '部门负责同志解答' }, { step: '发言', text: '委员协商发言' }],
            speeches: held ? speeches : [], consensus: held ? theme.consensus : '', heldAt: held ? stampOf(date) : '', outcome,
            feedback: answered && outcome ? { date: addDays(outcome.date, rng.int(15, 35)), adoption, text: adoption === '未采纳' ? '因规划调整暂缓实施。' : '同意协商意见，已交有关部门落实。', by: '' } : null,
            closedAt: '',
          },
        });
        if (sessionId) {
          out.sessions.push({
            id: sessionId,
            fields: {
              office, title: `${title}协商议事会`, kind: '协商议事', date, startTime: '09:30', endTime: '11:30', place: '街道协商议事厅', organiser: '街道政协工委', host: '街道政协工委主任',
              topic: title, agenda: ['情况通报', '提问', '解答', '协商发言'], required: { all: false, committees: [], sectors: [], memberIds: people.map((p) => p.id) }, materials: [],
              closedAt: held ? stampOf(date, '12:00:00') : '', requiredAtClose: held ? people.map((p) => p.id) : undefined,
            } as Fields<StudySession>,
          });
          if (held) {
            for (const p of people) {
              const status = rng.next() > 0.1 ? 'present' : 'leave';
              out.attendance.push({ office, sessionId, memberId: p.id, status, arrivedAt: status === 'present' ? stampOf(date, '09:2' + rng.int(0, 9)) : '', leave: status === 'leave' ? { reason: '工作冲突', approver: '主任', askedOn: addDays(date, -1) } : null, makeUp: null } as Fields<Attendance>);
            }
          }
        }
        if (!held) continue;
        const ms = theme.measures;
        let allSettled = true;
        ms.forEach(([text, owner], k) => {
          const due = addDays(date, 60 + k * 45 + rng.int(0, 30));
          let state: MeasureState = '未启动';
          let reason = '';
          if (answered && adoption === '未采纳') {
            // Not taken up: the measures are given up with the answer's reason, and the loop can close.
            state = '无法落实';
            reason = '协商意见未被采纳（因规划调整暂缓实施），已向居民说明。';
          } else if (closing) {
            state = k === ms.length - 1 && rng.next() > 0.75 ? '无法落实' : '已落实';
            if (state === '无法落实') reason = '涉及地块规划调整，近期无法实施，已向居民说明。';
          } else if (answered) {
            const r = rng.next();
            state = due < o.today ? (r > 0.55 ? '已落实' : '推进中') : r > 0.6 ? '推进中' : r > 0.3 ? '已落实' : '未启动';
          }
          if (state !== '已落实' && !(state === '无法落实' && reason)) allSettled = false;
          const progress = state === '未启动' ? [] : [{ date: addDays(date, 30), state: '推进中' as MeasureState, note: '已制定方案，正在推进', by: '' }, ...(state === '推进中' ? [] : [{ date: addDays(date, 50 + k * 40), state, note: reason || '已完成', by: '' }])];
          out.measures.push({ id: `${meetingId}~${newId()}`, fields: { office, parentId: meetingId, parentKind: 'meeting', text, owner, due, state, reason, progress: progress.filter((p) => p.date <= o.today) } });
        });
        const meeting = out.meetings[out.meetings.length - 1].fields;
        if (closing && allSettled) meeting.closedAt = stampOf(addDays(date, 240) < o.today ? addDays(date, 240) : o.today, '16:00:00');
        // Not taken up: the office closes the loop once it has told the residents.
        else if (answered && adoption === '未采纳' && meeting.feedback && meeting.feedback.date <= o.today) meeting.closedAt = stampOf(addDays(meeting.feedback.date, 10) < o.today ? addDays(meeting.feedback.date, 10) : o.today, '16:00:00');
      }
      // 民主监督: two items a year on the livelihood topics.
      for (let k = 0; k < 2; k++) {
        const [title, category, subject, department] = SUPERVISION_THEMES[(y + k) % SUPERVISION_THEMES.length];
        const id = newId();
        const date = `${y}-${String(4 + k * 4).padStart(2, '0')}-${String(rng.int(5, 25)).padStart(2, '0')}`;
        const done = date <= o.today;
        const visits = done ? [{ date, kind: '视察' as const, sessionId: '', memberIds: rng.sample(roster, Math.min(roster.length, 5)).map((m) => m.id), note: `实地查看${subject}` }] : [];
        const age = done ? daysBetween(date, o.today) : 0;
        const sent = done && age > 20;
        const closed = sent && age > 240;
        out.supervisions.push({
          id,
          fields: {
            office, year: y, category, title, subject, department, visits, findings: done ? `${subject}存在管理不到位、整改不彻底等问题。` : '',
            outcome: sent ? { recipient: department, date: addDays(date, 14), docNo: '', text: `建议${department}建立问题清单，限期整改并向社会公开整改情况。` } : null,
            feedback: sent && age > 60 ? { date: addDays(date, 45), adoption: '采纳', text: '已制定整改方案，逐项落实。', by: '' } : null, closedAt: closed ? stampOf(addDays(date, 200), '10:00:00') : '',
          },
        });
        if (sent) {
          ['建立问题清单并限期整改', '向社会公开整改情况'].forEach((text, n) => {
            const due = addDays(date, 90 + n * 30);
            const state: MeasureState = closed ? '已落实' : due < o.today && n === 1 ? '推进中' : '已落实';
            out.measures.push({ id: `${id}~${newId()}`, fields: { office, parentId: id, parentKind: 'supervision', text, owner: department, due, state, reason: '', progress: [{ date: addDays(date, 60), state, note: '', by: '' }].filter((p) => p.date <= o.today) } });
          });
        }
      }
    }
  }
  return out;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

