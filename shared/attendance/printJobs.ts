import type { Member } from '../domain/member';
import type { Attendance, StudySession } from '../domain/session';
import { signInData, sortMembers } from '../print/build';
import type { AttendanceReportData } from '../print/attendance';
import type { PrintJobInput } from '../print/jobs';
import { formatRate, ruleText, type LiveCounts } from './figures';
import type { FigureReport } from './report';
import { leaveText, statusText } from './status';
import { chineseDate, clockOf, weekday } from './time';

/** The papers of a session and of a period, as print jobs for the print service (shared/print/jobs.ts). */

export function sessionTime(s: Pick<StudySession, 'date' | 'startTime' | 'endTime'>): string {
  return `${chineseDate(s.date)} ${weekday(s.date)} ${s.startTime}${s.endTime ? `—${s.endTime}` : ''}`;
}

/** Members on leave for the session (请假, and not signed in since), by id. */
export function onLeave(records: readonly Pick<Attendance, 'memberId' | 'status'>[]): Set<string> {
  return new Set(records.filter((r) => r.status === 'leave').map((r) => r.memberId));
}

/**
 * 签到表 prefilled with the session's required members (by sector, then
 * pinyin); members on approved leave say 请假 in 备注; blank rows for
 * walk-ins, as many as fit on the last page with names (up to 10).
 */
export function signInSheetJob(
  session: StudySession, required: readonly Member[], sectorOrder: readonly string[], leave: ReadonlySet<string> = new Set(), barcode = true,
): PrintJobInput {
  return {
    kind: 'signin',
    data: signInData(required, {
      title: `${session.title}签到表`, time: sessionTime(session), place: session.place, sort: 'sector', blankRows: 10, fitBlankRows: true, barcode, sectorOrder,
      noteOf: (m) => (leave.has(m.id) ? '请假' : ''),
    }),
  };
}

/** 会议议程: the title once (议程 is in it), 主持 the session's 主持人 (a person), never the organiser. */
export function agendaJob(session: StudySession): PrintJobInput {
  const items = session.agenda.length ? session.agenda : [session.topic || session.title];
  const title = /议程$/.test(session.title) ? session.title : `${session.title}议程`;
  return {
    kind: 'agenda',
    data: { title, time: sessionTime(session), place: session.place, host: session.host ?? '', items: items.map((text) => ({ text, time: '', speaker: '' })), notes: session.topic },
  };
}

/**
 * 桌签 for the required members, each with their sector below the name.
 * Members on approved leave get none unless asked (withLeave).
 */
export function tentsJob(required: readonly Member[], sectorOrder: readonly string[], leave: ReadonlySet<string> = new Set(), withLeave = false): PrintJobInput {
  const names = required.filter((m) => withLeave || !leave.has(m.id));
  return { kind: 'tents', data: { names: sortMembers(names, 'sector', sectorOrder).map((m) => ({ name: m.name, subtitle: m.sector })) } };
}

function noteOf(r: Attendance | undefined): string {
  if (!r) return '';
  const parts: string[] = [];
  if (r.leave) parts.push(`请假：${leaveText(r.leave)}`);
  if (r.makeUp) parts.push(`补学：${r.makeUp.date}${r.makeUp.note ? ` ${r.makeUp.note}` : ''}`);
  return parts.join('；');
}

/** 出勤报告 of one session: the counts, then every required member and walk-in with status and arrival. */
export function sessionReportJob(
  session: StudySession,
  members: readonly Member[],
  required: ReadonlySet<string>,
  records: readonly Attendance[],
  counts: LiveCounts,
  sectorOrder: readonly string[],
): PrintJobInput {
  const byMember = new Map(records.map((r) => [r.memberId, r]));
  const listed = sortMembers(members.filter((m) => required.has(m.id)), 'sector', sectorOrder);
  const walkins = sortMembers(members.filter((m) => !required.has(m.id) && byMember.has(m.id)), 'sector', sectorOrder);
  const closed = !!session.closedAt;
  const rows = [...listed, ...walkins].map((m, i) => {
    const r = byMember.get(m.id);
    return [String(i + 1), m.name, m.sector, r ? statusText(r) : closed ? '—' : '未到', r?.arrivedAt ? clockOf(r.arrivedAt) : '', noteOf(r)];
  });
  const data: AttendanceReportData = {
    title: `${session.title}出勤情况`,
    meta: [`时间：${sessionTime(session)}`, `地点：${session.place}`],
    summary: [
      { label: '应到', value: String(counts.required) },
      { label: '实到', value: String(counts.arrived) },
      { label: '其中迟到', value: String(counts.late) },
      { label: '请假', value: String(counts.leave) },
      closed ? { label: '缺席', value: String(counts.absent) } : { label: '未到', value: String(counts.missing) },
      { label: '列席', value: String(counts.walkin) },
      { label: '出席率', value: formatRate(counts.required ? counts.arrived / counts.required : null) },
    ],
    tables: [{
      caption: '',
      columns: [
        { title: '序号', width: 7, align: 'center' }, { title: '姓名', width: 11, align: 'center' }, { title: '界别', width: 16, align: 'center' },
        { title: '出勤', width: 18, align: 'center' }, { title: '到达', width: 9, align: 'center' }, { title: '备注', width: 39, align: 'left' },
      ],
      rows,
      marked: [],
    }],
    notes: closed ? '' : '活动尚未关闭：“未到”的委员在关闭后记为缺席。',
  };
  return { kind: 'attendance', data };
}

/** 出勤报告 of a period: totals, one line per session, one per member; members below the rate marked ★. */
export function periodReportJob(report: FigureReport, officeName: string): PrintJobInput {
  const p = Math.round(report.threshold * 100);
  const data: AttendanceReportData = {
    title: `${officeName}学习活动出勤统计`,
    meta: [`统计期间：${chineseDate(report.from)} 至 ${chineseDate(report.to)}`, `出席率标准：${p}%`],
    summary: [
      { label: '活动次数', value: String(report.sessions.length) },
      { label: '应到人次', value: String(report.total.required) },
      { label: '出席', value: String(report.total.present) },
      { label: '迟到', value: String(report.total.late) },
      { label: '请假', value: String(report.total.leave) },
      { label: '缺席', value: String(report.total.absent) },
      { label: '补学', value: String(report.total.madeUp) },
      { label: '出席率', value: formatRate(report.total.rate) },
    ],
    tables: [
      {
        caption: '一、各次活动',
        columns: [
          { title: '日期', width: 13, align: 'center' }, { title: '活动名称', width: 39, align: 'left' }, { title: '应到', width: 8, align: 'right' },
          { title: '出席', width: 8, align: 'right' }, { title: '迟到', width: 8, align: 'right' }, { title: '请假', width: 8, align: 'right' },
          { title: '缺席', width: 8, align: 'right' }, { title: '出席率', width: 8, align: 'right' },
        ],
        rows: report.sessions.map((l) => [l.date, l.title, String(l.required), String(l.present), String(l.late), String(l.leave), String(l.absent + l.pending), formatRate(l.rate)]),
        marked: [],
      },
      {
        caption: `二、各位委员（★ 为出席率低于 ${p}% 的委员）`,
        columns: [
          { title: '姓名', width: 12, align: 'center' }, { title: '委员编号', width: 11, align: 'center' }, { title: '界别', width: 17, align: 'center' },
          { title: '应到', width: 8, align: 'right' }, { title: '出席', width: 8, align: 'right' }, { title: '迟到', width: 8, align: 'right' },
          { title: '请假', width: 8, align: 'right' }, { title: '缺席', width: 8, align: 'right' }, { title: '补学', width: 8, align: 'right' },
          { title: '出席率', width: 10, align: 'right' },
        ],
        rows: report.members.map((l) => [l.name, l.memberNo, l.sector, String(l.required), String(l.present), String(l.late), String(l.leave), String(l.absent), String(l.madeUp), formatRate(l.rate)]),
        marked: report.members.flatMap((l, i) => (l.low ? [i] : [])),
      },
    ],
    notes: `${ruleText(report.rule)}。补学不改变原出勤状态。`,
  };
  return { kind: 'attendance', data };
}

