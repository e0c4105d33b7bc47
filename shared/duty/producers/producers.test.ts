import { describe, expect, it } from 'vitest';
import type { DutyActivity } from '../../domain/duty';
import type { CoSignature, StoredProposal } from '../../domain/proposal';
import type { Report } from '../../domain/report';
import type { Attendance, StudySession } from '../../domain/session';
import type { Suggestion } from '../../domain/suggestion';
import { DEFAULT_TABLE } from '../rules';
import { scoreMember } from '../engine';
import { activityItems } from './activities';
import { attendanceItems } from './attendance';
import { DUTY_SOURCE_TABLES, dutyItems, PRODUCERS, type DutyTables } from './index';
import { proposalItems } from './proposals';
import { reportItems } from './reports';
import { suggestionItems } from './suggestions';

const meta = { office: 'ZL-A', deleted: 0 as const, _stamps: {}, _rev: '' };
const session = (id: string, kind: string, date: string) => ({ ...meta, id, kind, date, title: `${kind}${id}` }) as unknown as StudySession;
const att = (sessionId: string, memberId: string, status: Attendance['status'], makeUp: Attendance['makeUp'] = null) =>
  ({ ...meta, id: `${sessionId}~${memberId}`, sessionId, memberId, status, arrivedAt: '', leave: null, makeUp }) as Attendance;

describe('attendance items', () => {
  it('attending earns the kind\'s rule, leave is listed, absence deducts (the plenary more), 补学 is its own item', () => {
    const items = attendanceItems(
      [session('s1', '学习会', '2026-03-01'), session('s2', '全体会议', '2026-01-10'), session('s3', '协商议事', '2026-04-01'), session('s4', '读书会', '2026-05-01')],
      [att('s1', 'm', 'late'), att('s2', 'm', 'absent'), att('s3', 'm', 'leave', { date: '2026-04-09', note: '' }), att('s4', 'm', 'walkin'), att('gone', 'm', 'present')],
    );
    expect(items.map((i) => [i.rule, i.date, i.kind])).toEqual([
      ['session.study', '2026-03-01', '学习会'],
      ['session.absent.plenary', '2026-01-10', '全体会议'],
      ['session.leave', '2026-04-01', '协商议事'],
      ['session.makeup', '2026-04-09', '协商议事'],
      ['session.other', '2026-05-01', '读书会'],
    ]);
    expect(items[0].source).toEqual({ table: 'attendance', id: 's1~m', opens: 's1' });
    expect(scoreMember('m', items, DEFAULT_TABLE, { kind: 'year', year: 2026 }).total).toBe(5 - 10 + 0 + 2 + 3);
  });
});

describe('suggestion items', () => {
  const s = (o: Partial<Suggestion>) => ({
    ...meta, id: 'x', campaignId: 'c', title: '建议', content: '', category: '', channel: '书面', receivedOn: '2026-03-05', review: null, mergedInto: '', feedback: null, award: '',
    submitter: { kind: 'member', memberId: 'm', name: '张三', sector: '', unit: '' }, ...o,
  }) as Suggestion;
  it('given, adopted once (HQ\'s or the office\'s review), awarded; a citizen\'s or a merged one earns no member points', () => {
    const review = { outcome: '采纳' as const, reason: '', forwardUnit: '', forwardDate: '', by: '', at: '2026-04-01T09:00:00' };
    const items = suggestionItems([
      s({ id: 'a', review, hqReview: { ...review, outcome: '部分采纳' }, award: '一等奖' }),
      s({ id: 'b', review: { ...review, outcome: '留作参考' } }),
      s({ id: 'c', submitter: { kind: 'citizen', name: '王', unit: '', phone: '' } }),
      s({ id: 'd', mergedInto: 'a' }),
    ]);
    expect(items.map((i) => [i.source.id, i.rule, i.date])).toEqual([
      ['a', 'suggestion.given', '2026-03-05'], ['a', 'suggestion.adopted', '2026-04-01'], ['a', 'suggestion.award', '2026-04-01'], ['b', 'suggestion.given', '2026-03-05'],
    ]);
  });
});

describe('proposal items', () => {
  const p = (o: Partial<StoredProposal>) => ({
    ...meta, id: 'p', title: '关于老旧小区加装电梯的建议', plenary: '十届四次会议', kind: 'joint', leadMemberId: 'lead', proposerName: '', category: '', situation: '', analysis: '', measures: '', contact: '',
    status: 'closed', seqKey: '', submittedAt: '2026-01-08T10:00:00', verdicts: [], year: 2026, savedAt: '', number: 3, flags: { key: true, supervised: false, superviseNote: '', excellent: false }, ...o,
  }) as StoredProposal;
  const co = (memberId: string, state: CoSignature['state']) => ({ ...meta, id: `p~${memberId}`, proposalId: 'p', memberId, state, invitedOn: '', answeredOn: '' }) as CoSignature;

  it('the lead and the co-signers who signed, for submitting, 立案 and 重点; a draft or withdrawn counts nothing', () => {
    const items = proposalItems([p({}), p({ id: 'q', status: 'draft' }), p({ id: 'w', status: 'withdrawn' })], [co('c1', 'signed'), co('c2', 'declined'), co('c3', 'invited')]);
    expect(items.map((i) => [i.memberId, i.role, i.rule])).toEqual([
      ['lead', 'lead', 'proposal.submitted'], ['lead', 'lead', 'proposal.accepted'], ['lead', 'lead', 'proposal.key'],
      ['c1', 'co', 'proposal.submitted'], ['c1', 'co', 'proposal.accepted'], ['c1', 'co', 'proposal.key'],
    ]);
    const y = { kind: 'year' as const, year: 2026 };
    expect(scoreMember('lead', items, DEFAULT_TABLE, y).total).toBe(2 + 15 + 15);
    expect(scoreMember('c1', items, DEFAULT_TABLE, y).total).toBe(0 + 3 + 3);
  });

  it('a rejected one counts as submitted only', () => {
    const items = proposalItems([p({ status: 'rejected', number: 0 })], []);
    expect(items.map((i) => i.rule)).toEqual(['proposal.submitted']);
  });
});

describe('report items', () => {
  const r = (o: Partial<Report>) => ({
    ...meta, id: 'r', title: '关于停车难的反映', date: '2026-02-01', situation: '', cause: '', advice: '', category: '', attachments: [], origin: null,
    reporters: [{ kind: 'member', memberId: 'a', name: '甲' }, { kind: 'member', memberId: 'b', name: '乙' }, { kind: 'unit', name: '民进区委' }], ...o,
  }) as Report;
  it('each member reporter (the first the lead) for reporting, each level adopted and each 批示', () => {
    const items = reportItems([r({
      adoptions: [{ level: '区政协', mode: '单篇采用', issue: '2026年第3期', date: '2026-02-10', by: '' }, { level: '市政协', mode: '转送采用', issue: '', date: '2026-03-10', by: '' }],
      instructions: [{ leader: '区长', level: '区级', date: '2026-03-01', text: '', by: '' }],
    })]);
    expect(items.filter((i) => i.memberId === 'a').map((i) => [i.rule, i.role, i.date])).toEqual([
      ['report.given', 'lead', '2026-02-01'], ['report.adopted.district', 'lead', '2026-02-10'], ['report.adopted.city', 'lead', '2026-03-10'], ['report.instruction', 'lead', '2026-03-01'],
    ]);
    expect(items.filter((i) => i.memberId === 'b').every((i) => i.role === 'co')).toBe(true);
    const y = { kind: 'year' as const, year: 2026 };
    expect(scoreMember('a', items, DEFAULT_TABLE, y).total).toBe(2 + 5 + 10 + 10);
    expect(scoreMember('b', items, DEFAULT_TABLE, y).total).toBe(1 + 2 + 4 + 4);
  });
});

describe('activity items', () => {
  const a = (o: Partial<DutyActivity>) => ({ ...meta, id: 'x', kind: 'activity', date: '2026-05-01', title: '老旧小区', memberIds: ['m'], mode: '调研', where: '', note: '', ...o }) as DutyActivity;
  it('speeches by mode, activities by kind, 惠民行动; each member named once', () => {
    const items = activityItems([a({ kind: 'speech', mode: '口头发言', where: '十届四次会议' }), a({ kind: 'speech', mode: '书面发言' }), a({ mode: '考察' }), a({ mode: '座谈会' }), a({ kind: 'service', mode: '', memberIds: ['m', 'n', 'm'] })]);
    expect(items.map((i) => [i.memberId, i.rule])).toEqual([
      ['m', 'speech.spoken'], ['m', 'speech.written'], ['m', 'activity.inspection'], ['m', 'activity.other'], ['m', 'service.action'], ['n', 'service.action'],
    ]);
    expect(items[0].label).toBe('在十届四次会议口头发言「老旧小区」');
  });
});

describe('the producers list', () => {
  it('reads each producer\'s tables, in one list', () => {
    expect(DUTY_SOURCE_TABLES).toEqual(['sessions', 'attendance', 'suggestions', 'proposals', 'proposalCoSigners', 'reports', 'dutyActivities', 'consultMeetings', 'consultTopics', 'supervisions']);
    expect(PRODUCERS.map((p) => p.name)).toContain('社情民意');
    const items = dutyItems({ dutyActivities: [{ ...meta, id: 'x', kind: 'service', date: '2026-05-01', title: 't', memberIds: ['m'], mode: '', where: '', note: '' } as DutyActivity] });
    expect(items.map((i) => i.rule)).toEqual(['service.action']);
  });

  it('counts who spoke at a consultation held and who went on a 民主监督 visit (有事好商量)', () => {
    const meeting = { ...meta, id: 'cm', topicId: 'ct', title: '', date: '2026-06-01', heldAt: '2026-06-01 10:00', speeches: [{ memberId: 'm1' }, { memberId: 'm1' }, { memberId: '' }] };
    const planned = { ...meeting, id: 'cm2', heldAt: '' };
    const item = { ...meta, id: 'sv', title: '校门口交通安全', visits: [{ date: '2026-07-02', kind: '视察', memberIds: ['m2', 'm2', 'm3'] }] };
    const items = dutyItems({ consultMeetings: [meeting, planned] as never, supervisions: [item] as never, consultTopics: [{ ...meta, id: 'ct', title: '老旧小区加装电梯' }] as never });
    expect(items.map((i) => [i.memberId, i.rule, i.source.table, i.date])).toEqual([
      ['m1', 'consultation.speak', 'consultMeetings', '2026-06-01'],
      ['m2', 'supervision.take-part', 'supervisions', '2026-07-02'],
      ['m3', 'supervision.take-part', 'supervisions', '2026-07-02'],
    ]);
    expect(items[0].label).toContain('老旧小区加装电梯');
  });
});

describe('each producer makes a record\'s items from that record alone (the loader keeps items, not records)', () => {
  const tables = {
    sessions: [session('s1', '学习会', '2026-03-01'), session('s2', '全体会议', '2026-01-10')],
    attendance: [att('s1', 'm', 'late'), att('s2', 'm', 'absent', { date: '2026-02-01', note: '' }), att('s2', 'n', 'present'), att('gone', 'm', 'present')],
    suggestions: [
      { ...meta, id: 'g1', title: '建议一', receivedOn: '2026-03-05', review: { outcome: '采纳', at: '2026-04-01' }, mergedInto: '', award: '二等奖', submitter: { kind: 'member', memberId: 'm' } },
      { ...meta, id: 'g2', title: '建议二', receivedOn: '2026-03-06', review: null, mergedInto: '', award: '', submitter: { kind: 'member', memberId: 'n' } },
    ],
    proposals: [
      { ...meta, id: 'p1', title: '提案一', status: 'accepted', submittedAt: '2026-01-08T10:00:00', leadMemberId: 'm', number: 4, year: 2026, flags: { key: true, excellent: true } },
      { ...meta, id: 'p2', title: '提案二', status: 'submitted', submittedAt: '2026-01-09T10:00:00', leadMemberId: 'n', number: 0, year: 2026 },
    ],
    proposalCoSigners: [
      { ...meta, id: 'p1~n', proposalId: 'p1', memberId: 'n', state: 'signed' }, { ...meta, id: 'p2~m', proposalId: 'p2', memberId: 'm', state: 'signed' },
      { ...meta, id: 'p2~k', proposalId: 'p2', memberId: 'k', state: 'declined' },
    ],
    reports: [{ ...meta, id: 'r1', title: '社情一', date: '2026-02-01', reporters: [{ kind: 'member', memberId: 'm' }, { kind: 'member', memberId: 'n' }], adoptions: [{ level: '区政协', mode: '单篇采用', issue: '', date: '2026-02-10' }] }],
    dutyActivities: [{ ...meta, id: 'd1', kind: 'speech', mode: '口头发言', where: '', title: '发言', date: '2026-01-11', memberIds: ['m', 'n'] }],
    consultMeetings: [
      { ...meta, id: 'cm1', topicId: 'ct', title: '', date: '2026-06-01', heldAt: '2026-06-01 10:00', speeches: [{ memberId: 'm' }, { memberId: 'n' }] },
      { ...meta, id: 'cm2', topicId: 'ct', title: '议题', date: '2026-07-01', heldAt: '2026-07-01 10:00', speeches: [{ memberId: 'n' }] },
    ],
    consultTopics: [{ ...meta, id: 'ct', title: '加装电梯' }],
    supervisions: [{ ...meta, id: 'sv', title: '监督', visits: [{ date: '2026-07-02', kind: '视察', memberIds: ['m'] }, { date: '2026-08-02', kind: '座谈', memberIds: ['m', 'n'] }] }],
  } as unknown as DutyTables;
  const key = (i: { memberId: string; rule: string; date: string; source: { id: string }; label: string }) => `${i.source.id}|${i.memberId}|${i.rule}|${i.date}|${i.label}`;

  it.each(PRODUCERS.map((p) => [p.name, p] as const))('%s: the whole table gives the items of its records one by one, each item standing for a record of its rows table', (_name, p) => {
    const whole = p.produce(tables);
    expect(whole.length).toBeGreaterThan(0);
    expect(new Set(whole.map((i) => i.source.table))).toEqual(new Set([p.rows]));
    const oneByOne = (tables[p.rows] ?? []).flatMap((r) => p.produce({ ...tables, [p.rows]: [r] }));
    expect(oneByOne.map(key).sort()).toEqual(whole.map(key).sort());
  });
});

describe('checking another duty as typed', () => {
  it('refuses with a message per field and takes a good one', async () => {
    const { checkActivity } = await import('../activities');
    const bad = checkActivity({ kind: 'speech', date: '2026-13-01', title: '', memberIds: [], mode: '唱歌', where: '', note: '' }, '2026-06-01');
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['date', 'memberIds', 'mode', 'title']);
    const ok = checkActivity({ kind: 'service', date: '2026-05-01', title: '义诊', memberIds: ['m', 'm', 'n'], mode: '调研', where: '敬老院', note: '' }, '2026-06-01');
    expect(ok.ok && ok.value).toEqual({ kind: 'service', date: '2026-05-01', title: '义诊', memberIds: ['m', 'n'], mode: '', where: '敬老院', note: '' });
  });
});
