import { describe, expect, it } from 'vitest';
import type { Member } from '../domain/member';
import type { Attendance, StudySession } from '../domain/session';
import { PrintJob } from '../print/jobs';
import { computeAttendanceFigures, liveCounts } from './figures';
import { agendaJob, onLeave, periodReportJob, sessionReportJob, signInSheetJob, tentsJob } from './printJobs';
import { buildReport } from './report';

const meta = { office: 'ZL-01', deleted: 0 as const, _stamps: {}, _rev: '' };
const session: StudySession = {
  ...meta, id: 's1', title: '专题学习会', kind: '学习会', date: '2026-03-05', startTime: '09:00', endTime: '11:00', place: '工委会议室',
  organiser: '工委办公室', topic: '学习全会精神', agenda: ['传达精神', '交流发言'], required: { all: false, committees: ['提案委员会'], sectors: [], memberIds: [] },
  materials: [], closedAt: '2026-03-05T11:30:00',
};
const mem = (id: string, name: string, sector: string): Member => ({
  ...meta, id, name, sector, gender: '男', ethnicity: '汉族', party: '中共', committees: ['提案委员会'], unitAndPost: '某单位', phone: '', memberNo: `10000${id}`, term: '十届', status: '在任', notes: '',
});
const members = [mem('1', '王伟', '经济'), mem('2', '曾丽', '中共'), mem('3', '单红', '经济'), mem('4', '李强', '教育')];
const rec = (memberId: string, status: Attendance['status'], extra: Partial<Attendance> = {}): Attendance => ({
  ...meta, id: `a${memberId}`, sessionId: 's1', memberId, status, arrivedAt: status === 'present' || status === 'walkin' ? '2026-03-05T08:55:00' : '', leave: null, makeUp: null, ...extra,
});
const records = [
  rec('1', 'present'), rec('2', 'leave', { leave: { reason: '出差', approver: '王主任', askedOn: '2026-03-01' } }),
  rec('3', 'absent', { makeUp: { date: '2026-03-10', note: '观看录像' } }), rec('4', 'walkin'),
];
const required = new Set(['1', '2', '3']);
const order = ['中共', '经济', '教育'];

describe('print jobs of a session', () => {
  it('prefills the sign-in sheet with the required members by sector, with blank rows, valid for the print service', () => {
    const job = PrintJob.parse(signInSheetJob(session, members.filter((m) => required.has(m.id)), order));
    expect(job.kind).toBe('signin');
    if (job.kind !== 'signin') return;
    expect(job.data.rows.map((r) => r.name)).toEqual(['曾丽', '单红', '王伟']);
    expect(job.data.time).toBe('2026年3月5日 星期四 09:00—11:00');
    expect(job.data.blankRows).toBeGreaterThan(0);
  });

  it('marks members on approved leave 请假 on the sheet and fits the blank rows to the last page (issue 12)', () => {
    const job = PrintJob.parse(signInSheetJob(session, members.filter((m) => required.has(m.id)), order, onLeave(records)));
    if (job.kind !== 'signin') throw new Error(job.kind);
    expect(job.data.rows.map((r) => [r.name, r.note])).toEqual([['曾丽', '请假'], ['单红', ''], ['王伟', '']]);
    expect(job.data.fitBlankRows).toBe(true);
  });

  it('leaves members on leave off the tents unless asked, and prints the 主持人, not the organiser, with the title once', () => {
    const leave = onLeave(records);
    const tents = PrintJob.parse(tentsJob(members.slice(0, 3), order, leave));
    expect(tents.kind === 'tents' && tents.data.names.map((n) => n.name)).toEqual(['单红', '王伟']);
    const all = PrintJob.parse(tentsJob(members.slice(0, 3), order, leave, true));
    expect(all.kind === 'tents' && all.data.names.map((n) => n.name)).toEqual(['曾丽', '单红', '王伟']);
    const agenda = PrintJob.parse(agendaJob({ ...session, host: '李主任' }));
    expect(agenda.kind === 'agenda' && [agenda.data.title, agenda.data.host]).toEqual(['专题学习会议程', '李主任']);
    const old = PrintJob.parse(agendaJob(session));
    expect(old.kind === 'agenda' && old.data.host).toBe('');
    const named = PrintJob.parse(agendaJob({ ...session, title: '第一次全体会议议程' }));
    expect(named.kind === 'agenda' && named.data.title).toBe('第一次全体会议议程');
  });

  it('makes the agenda and the tents', () => {
    const agenda = PrintJob.parse(agendaJob(session));
    expect(agenda.kind === 'agenda' && agenda.data.items.map((i) => i.text)).toEqual(['传达精神', '交流发言']);
    const tents = PrintJob.parse(tentsJob(members.slice(0, 2), order));
    expect(tents.kind === 'tents' && tents.data.names).toEqual([{ name: '曾丽', subtitle: '中共' }, { name: '王伟', subtitle: '经济' }]);
  });

  it('reports the session: counts, every required member then walk-ins, leave and make-up in the notes', () => {
    const job = PrintJob.parse(sessionReportJob(session, members, required, records, liveCounts(required, records), order));
    if (job.kind !== 'attendance') throw new Error(job.kind);
    expect(job.data.summary.find((s) => s.label === '缺席')?.value).toBe('1');
    expect(job.data.summary.find((s) => s.label === '出席率')?.value).toBe('33.3%');
    const rows = job.data.tables[0].rows;
    expect(rows.map((r) => [r[1], r[3]])).toEqual([['曾丽', '请假'], ['单红', '缺席（已补学）'], ['王伟', '出席'], ['李强', '列席']]);
    expect(rows[0][5]).toContain('出差');
    expect(rows[1][5]).toContain('2026-03-10');
  });
});

describe('print job of a period', () => {
  it('lists sessions and members, members below the rate marked', () => {
    const fig = computeAttendanceFigures([session], records);
    const report = buildReport(fig, [session], members, { from: '2026-01-01', to: '2026-12-31', threshold: 0.8 });
    const job = PrintJob.parse(periodReportJob(report, '示例工委'));
    if (job.kind !== 'attendance') throw new Error(job.kind);
    expect(job.data.meta[0]).toBe('统计期间：2026年1月1日 至 2026年12月31日');
    expect(job.data.tables[0].rows[0]).toEqual(['2026-03-05', '专题学习会', '3', '1', '0', '1', '1', '33.3%']);
    const byMember = job.data.tables[1];
    const marked = byMember.marked.map((i) => byMember.rows[i][0]);
    expect(marked.sort()).toEqual(['单红', '曾丽'].sort());
    expect(job.data.notes).toContain('出席率 =（出席 + 迟到）÷ 应到：请假计入应到');
  });

  it('says the office\'s rule on the printed report', () => {
    const rule = { leaveInRequired: false, makeUpAttends: true };
    const fig = computeAttendanceFigures([session], records, { rule });
    const report = buildReport(fig, [session], members, { from: '2026-01-01', to: '2026-12-31', threshold: 0.8, rule });
    const job = PrintJob.parse(periodReportJob(report, '示例工委'));
    if (job.kind !== 'attendance') throw new Error(job.kind);
    expect(job.data.notes).toContain('请假不计入应到，补学计为出席');
  });
});
