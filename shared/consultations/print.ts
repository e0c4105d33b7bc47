import { chineseDate } from '../attendance/time';
import type { ConsultMeeting, ConsultTopic, Measure, Supervision } from '../domain/consultation';
import type { FormalBlock, FormalData } from '../print/formal';
import type { ConsultationListData } from '../print/consultation';
import { followUp, meetingLoop } from './followup';

/**
 * The printed documents of 有事好商量: the 协商议事记录 (record of the meeting),
 * the 协商成果专报 (the outcome to its recipient, GB/T 9704) and the 民主监督
 * 意见建议 on the same layout, and the year's list of topics and outcomes.
 * Each is data for the print templates and for the .docx (docx.ts).
 */

const ORD = '一二三四五六七八九十';
const ord = (i: number) => (i < 10 ? ORD[i] : String(i + 1));
const paras = (t: string): FormalBlock[] => t.split(/\n+/).map((s) => s.trim()).filter(Boolean).map((s) => ({ type: 'para', text: s }));

export interface People {
  name(memberId: string): string;
}

function measureBlocks(measures: readonly Measure[]): FormalBlock[] {
  return measures.map((m, i) => ({ type: 'para', text: `${i + 1}．${m.text}（责任单位：${m.owner}；完成时限：${chineseDate(m.due)}）` }));
}

/** 协商议事记录: when, where, who, the agenda, each speaker's points, the consensus and the measures. */
export function meetingRecord(m: ConsultMeeting, topic: Pick<ConsultTopic, 'title'> | undefined, people: People, measures: readonly Measure[]): FormalData {
  const members = m.memberIds.map((id) => people.name(id)).filter(Boolean);
  const blocks: FormalBlock[] = [
    { type: 'para', text: `时间：${chineseDate(m.date)}` },
    { type: 'para', text: `地点：${m.place || '—'}` },
    { type: 'para', text: `主持人：${m.host || '—'}` },
    { type: 'para', text: `议题：${topic?.title ?? m.title}` },
    { type: 'para', text: `参加委员：${members.join('、') || '—'}` },
  ];
  if (m.guests.length) blocks.push({ type: 'para', text: `列席人员：${m.guests.map((g) => `${g.name}（${g.unit || g.role}）`).join('、')}` });
  let h = 0;
  if (m.agenda.length) {
    blocks.push({ type: 'heading1', text: `${ord(h++)}、议程` });
    m.agenda.forEach((a, i) => blocks.push({ type: 'para', text: `${i + 1}．${a.step}${a.text ? `：${a.text}` : ''}` }));
  }
  if (m.speeches.length) {
    blocks.push({ type: 'heading1', text: `${ord(h++)}、发言要点` });
    m.speeches.forEach((s, i) => {
      const who = s.memberId ? people.name(s.memberId) || s.name : s.name;
      blocks.push({ type: 'heading2', text: `（${ord(i)}）${who}${s.unit ? `（${s.unit}）` : ''}` }, ...paras(s.points || '—'));
    });
  }
  blocks.push({ type: 'heading1', text: `${ord(h++)}、共识意见` }, ...(paras(m.consensus).length ? paras(m.consensus) : [{ type: 'para' as const, text: '（尚未形成）' }]));
  if (measures.length) blocks.push({ type: 'heading1', text: `${ord(h++)}、议定措施` }, ...measureBlocks(measures));
  return { title: `${topic?.title ?? m.title}协商议事记录`, blocks };
}

/** 协商成果专报: to the recipient, what was consulted, the consensus as sent, the measures; signed by the office, dated the day sent. */
export function outcomeReport(m: ConsultMeeting, topic: Pick<ConsultTopic, 'title'> | undefined, officeName: string, measures: readonly Measure[]): FormalData {
  const title = topic?.title ?? m.title;
  const out = m.outcome;
  const blocks: FormalBlock[] = [];
  if (out?.docNo) blocks.push({ type: 'para', text: out.docNo });
  blocks.push({ type: 'recipient', text: `${out?.recipient ?? '（报送对象）'}：` });
  blocks.push({ type: 'para', text: `${chineseDate(m.date)}，${officeName}围绕“${title}”召开协商议事会，${m.memberIds.length} 位政协委员${m.guests.length ? `和${m.guests.map((g) => g.unit || g.name).filter((v, i, a) => a.indexOf(v) === i).slice(0, 4).join('、')}等方面代表` : ''}参加协商。现将协商成果报告如下。` });
  blocks.push({ type: 'heading1', text: '一、协商共识' }, ...paras(out?.text || m.consensus || '（尚未形成）'));
  if (measures.length) blocks.push({ type: 'heading1', text: '二、意见建议' }, ...measureBlocks(measures));
  blocks.push({ type: 'signature', text: officeName || '政协工委' }, { type: 'date', text: chineseDate(out?.date ?? m.date) });
  return { title: `关于“${title}”的协商成果专报`, blocks };
}

/** 民主监督意见建议: to the department, what was watched, the visits, the findings and what is asked. */
export function supervisionReport(s: Supervision, officeName: string, measures: readonly Measure[]): FormalData {
  const out = s.outcome;
  const blocks: FormalBlock[] = [{ type: 'recipient', text: `${out?.recipient || s.department}：` }];
  const visits = s.visits.map((v) => `${chineseDate(v.date)}${v.kind}`).join('、');
  blocks.push({ type: 'para', text: `${officeName}围绕“${s.subject || s.title}”开展民主监督${visits ? `，先后${visits}` : ''}。现将有关情况和意见建议报告如下。` });
  if (s.findings.trim()) blocks.push({ type: 'heading1', text: '一、发现的问题' }, ...paras(s.findings));
  blocks.push({ type: 'heading1', text: `${s.findings.trim() ? '二' : '一'}、意见建议` }, ...(out ? paras(out.text) : []), ...measureBlocks(measures));
  blocks.push({ type: 'signature', text: officeName || '政协工委' }, { type: 'date', text: chineseDate(out?.date ?? s.visits.at(-1)?.date ?? `${s.year}-12-31`) });
  return { title: `关于“${s.title}”的民主监督意见建议`, blocks };
}

/** 协商议题和成果一览 of a year: every topic (planned first, by month), its meeting and where the loop stands. */
export function yearList(title: string, topics: readonly ConsultTopic[], meetings: readonly ConsultMeeting[], measures: readonly Measure[], today: string): ConsultationListData {
  const followed = new Map(followUp(meetings.filter((m) => !m.deleted), meetingLoop, measures, today).map((f) => [f.item.topicId, f]));
  const rows = [...topics].filter((t) => !t.deleted)
    .sort((a, b) => Number(b.planned) - Number(a.planned) || a.plannedMonth.localeCompare(b.plannedMonth) || a.title.localeCompare(b.title, 'zh'))
    .map((t) => {
      const f = followed.get(t.id);
      const m = f?.item;
      const adoption = m?.feedback?.adoption ?? m?.hqFeedback?.adoption ?? '';
      return {
        month: t.plannedMonth ? `${Number(t.plannedMonth.slice(5))}月` : '',
        title: t.title,
        category: t.category,
        source: t.source.kind,
        meeting: m ? m.date : '',
        state: f ? f.state : t.planned ? '待协商' : '备选',
        recipient: m?.outcome?.recipient ?? '',
        adoption,
        measures: f && f.measures.length ? `${f.measures.filter((x) => x.state === '已落实').length}/${f.measures.length}` : '',
      };
    });
  return { title, rows };
}
