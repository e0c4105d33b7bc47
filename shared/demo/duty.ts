import { addDays } from '../attendance/time';
import type { DutyActivity } from '../domain/duty';
import { ONE_OFF_KINDS } from '../domain/duty';
import { REPORT_CATEGORIES, type Adoption, type Instruction, type Report, type Reporter } from '../domain/report';
import type { Attendance, StudySession } from '../domain/session';
import type { Fields } from '../sync/record';
import { Rng } from './random';
import { demoTexts } from './texts';

/**
 * Five years of 社情民意 (some adopted at each level, a few with 批示),
 * 大会发言, one-off activities, 惠民行动, and each year's plenary (全体会议)
 * with its attendance, for the demo members: so the ranking and every
 * member's 履职档案 look like a real district's, some members below the
 * minimums, a few far ahead. Deterministic from the seed.
 */
export interface DemoDutyMember {
  id: string;
  office: string;
  name: string;
  status: string;
}

export interface DemoDuty {
  reports: Fields<Report>[];
  activities: Fields<DutyActivity>[];
  plenaries: Fields<StudySession>[];
  /** Attendance for plenaries[sessionIndex]. */
  attendance: Array<{ sessionIndex: number; fields: Omit<Fields<Attendance>, 'sessionId'> }>;
}

const PLENARY_NO = ['一', '二', '三', '四', '五'];
const UNITS = ['民进区委', '民盟区委', '区工商联', '九三学社区基层委员会', '农工党区委'];
const LEADERS: Array<[string, Instruction['level']]> = [['区委书记', '区级'], ['区长', '区级'], ['副区长', '区级'], ['市政协主席', '市级'], ['副市长', '市级'], ['省政协副主席', '省级']];
const SPEECH_TOPICS = ['推进老旧小区改造', '优化营商环境', '发展养老服务', '加强基层社会治理', '促进教育优质均衡', '推动城市更新', '守护食品安全'];
const SERVICES: Array<[string, string]> = [['义诊进社区', '社区老年居民'], ['法律咨询进楼道', '社区居民'], ['助学结对', '困难家庭学生'], ['送政策进企业', '辖区小微企业'], ['文化惠民演出', '社区群众'], ['助老志愿服务', '独居老人']];
const PLACES = ['勤业新村', '西林街道', '南大街商圈', '新闸工业园', '荷花池社区', '区中心医院'];

function split(body: string): { situation: string; cause: string; advice: string } {
  const s = body.split('。').filter(Boolean).map((x) => `${x}。`);
  return { situation: s[0] ?? body, cause: s[1] ?? '', advice: s.slice(2).join('') || '建议有关部门研究解决。' };
}

export function demoDuty(members: readonly DemoDutyMember[], o: { today: string; seed: number; years?: number }): DemoDuty {
  const rng = new Rng(o.seed + 15);
  const years = o.years ?? 5;
  const last = Number(o.today.slice(0, 4));
  const active = members.filter((m) => m.status === '在任');
  const offices = [...new Set(members.map((m) => m.office))];
  const byOffice = new Map(offices.map((off) => [off, active.filter((m) => m.office === off)]));
  // Some members write a lot, most a little, some nothing: the ranking has a head and a tail.
  const zeal = new Map(members.map((m) => [m.id, rng.chance(0.08) ? 3 : rng.chance(0.2) ? 0 : 1]));
  const writers = active.filter((m) => (zeal.get(m.id) ?? 0) > 0);
  const out: DemoDuty = { reports: [], activities: [], plenaries: [], attendance: [] };
  const perYear = Math.round(active.length * 0.6);
  const texts = demoTexts(rng, perYear * years, 0.03);
  let t = 0;
  for (let y = last - years + 1; y <= last; y++) {
    const yearEnd = y === last ? o.today : `${y}-12-20`;
    const day = () => {
      const d = addDays(`${y}-01-08`, rng.int(0, 340));
      return d > yearEnd ? yearEnd : d;
    };
    // 社情民意: the zealous write several.
    for (let i = 0; i < perYear && writers.length; i++) {
      const lead = rng.pick(writers);
      if ((zeal.get(lead.id) ?? 1) < 3 && rng.chance(0.3)) continue;
      const pool = byOffice.get(lead.office) ?? [];
      const co = rng.chance(0.25) ? rng.sample(pool.filter((m) => m.id !== lead.id), rng.int(1, 2)) : [];
      const date = day();
      const text = texts[t++ % texts.length];
      const adoptions: Adoption[] = [];
      const instructions: Instruction[] = [];
      if (date < addDays(o.today, -20) && rng.chance(0.4)) {
        adoptions.push({ level: '区政协', mode: rng.chance(0.7) ? '单篇采用' : '转送采用', issue: `${y}年第${rng.int(1, 24)}期`, date: addDays(date, rng.int(5, 15)), by: '区政协' });
        if (rng.chance(0.3)) adoptions.push({ level: '市政协', mode: rng.chance(0.5) ? '单篇采用' : '转送采用', issue: '', date: addDays(date, rng.int(16, 40)), by: '区政协' });
        if (adoptions.length > 1 && rng.chance(0.35)) adoptions.push({ level: '省政协', mode: '转送采用', issue: '', date: addDays(date, rng.int(41, 60)), by: '区政协' });
        if (adoptions.length > 2 && rng.chance(0.35)) adoptions.push({ level: '全国政协', mode: '转送采用', issue: '', date: addDays(date, rng.int(61, 90)), by: '区政协' });
        if (rng.chance(0.12)) {
          const [leader, level] = rng.pick(LEADERS);
          instructions.push({ leader, level, date: addDays(date, rng.int(10, 30)), text: '请有关部门认真研究，抓好落实。', by: '区政协' });
        }
      }
      const clip = (d: string) => (d > o.today ? o.today : d);
      out.reports.push({
        office: lead.office,
        title: text.title.replace(/的建议$/, '的情况反映'),
        reporters: [
          ...[lead, ...co].map((m): Reporter => ({ kind: 'member', memberId: m.id, name: m.name })),
          ...(rng.chance(0.05) ? [{ kind: 'unit', name: rng.pick(UNITS) } as Reporter] : []),
        ],
        date,
        ...split(text.body),
        category: rng.pick(REPORT_CATEGORIES),
        attachments: [],
        origin: null,
        ...(adoptions.length ? { adoptions: adoptions.map((a) => ({ ...a, date: clip(a.date) })) } : {}),
        ...(instructions.length ? { instructions: instructions.map((x) => ({ ...x, date: clip(x.date) })) } : {}),
      });
    }
    for (const [office, pool] of byOffice) {
      if (!pool.length) continue;
      const plenaryDate = `${y}-01-${String(rng.int(10, 20)).padStart(2, '0')}`;
      const term = y >= 2022 && y <= 2026 ? `十届${PLENARY_NO[y - 2022]}次会议` : `${y}年全体会议`;
      // 大会发言 at the plenary.
      for (const m of rng.sample(pool, Math.min(pool.length, 4 + rng.int(0, 6)))) {
        out.activities.push({ office, kind: 'speech', date: plenaryDate, title: `关于${rng.pick(SPEECH_TOPICS)}的思考`, memberIds: [m.id], mode: rng.chance(0.4) ? '口头发言' : '书面发言', where: term, note: '' });
      }
      // One-off activities and 惠民行动.
      for (let k = 0; k < 8; k++) {
        const kind = rng.pick(ONE_OFF_KINDS.slice(0, 5));
        out.activities.push({ office, kind: 'activity', date: day(), title: `${rng.pick(PLACES)}${rng.pick(['老旧小区改造', '停车难', '养老服务', '垃圾分类', '营商环境'])}${kind}`, memberIds: rng.sample(pool, rng.int(3, 10)).map((m) => m.id), mode: kind, where: rng.pick(PLACES), note: '' });
      }
      for (let k = 0; k < 10; k++) {
        const [what, whom] = rng.pick(SERVICES);
        out.activities.push({ office, kind: 'service', date: day(), title: what, memberIds: rng.sample(pool, rng.int(2, 6)).map((m) => m.id), mode: '', where: whom, note: '' });
      }
      // The plenary, every member of the office required.
      if (plenaryDate >= o.today) continue;
      out.plenaries.push({
        office, title: `政协第${term}`, kind: '全体会议', date: plenaryDate, startTime: '08:30', endTime: '11:30', place: '区会议中心大礼堂', organiser: '区政协办公室',
        topic: '听取和审议常委会工作报告', agenda: ['开幕', '听取常委会工作报告', '大会发言', '闭幕'],
        required: { all: false, committees: [], sectors: [], memberIds: pool.map((m) => m.id) }, materials: [], closedAt: `${plenaryDate}T11:30:00`,
      });
      const sessionIndex = out.plenaries.length - 1;
      for (const m of pool) {
        const r = rng.next();
        const fields: Omit<Fields<Attendance>, 'sessionId'> = r < 0.06
          ? { memberId: m.id, status: 'leave', arrivedAt: '', leave: { reason: '出差', approver: '', askedOn: addDays(plenaryDate, -2) }, makeUp: null }
          : r < 0.1 && (zeal.get(m.id) ?? 1) === 0
            ? { memberId: m.id, status: 'absent', arrivedAt: '', leave: null, makeUp: null }
            : { memberId: m.id, status: 'present', arrivedAt: `${plenaryDate}T08:${String(rng.int(0, 29)).padStart(2, '0')}:00`, leave: null, makeUp: null };
        out.attendance.push({ sessionIndex, fields: { ...fields, office } });
      }
    }
  }
  return out;
}
