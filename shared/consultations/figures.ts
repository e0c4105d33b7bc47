import { TOPIC_SOURCES, type ConsultMeeting, type ConsultTopic, type Measure, type Supervision } from '../domain/consultation';
import { followUp, meetingLoop, supervisionLoop } from './followup';

/** 统计: topics by source and category, meetings held, outcomes sent, adopted and carried out; by office at HQ. */

export interface ConsultFigures {
  topics: number;
  planned: number;
  bySource: Array<[string, number]>;
  byCategory: Array<[string, number]>;
  meetings: number;
  held: number;
  sent: number;
  adopted: number;
  closed: number;
  measures: number;
  measuresDone: number;
  overdue: number;
  supervisions: number;
  supervisionsClosed: number;
}

export interface FigureRow extends ConsultFigures {
  office: string;
}

function counted(values: Iterable<string>, order: readonly string[] = []): Array<[string, number]> {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...n].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
}

const adopted = (f: { adoption: string } | null | undefined) => !!f && (f.adoption === '采纳' || f.adoption === '部分采纳');

export interface ConsultData {
  topics: readonly ConsultTopic[];
  meetings: readonly ConsultMeeting[];
  supervisions: readonly Supervision[];
  measures: readonly Measure[];
}

/** The figures of one set of records (one office, one year, or all). */
export function figuresOf(d: ConsultData, today: string): ConsultFigures {
  const topics = d.topics.filter((t) => !t.deleted);
  const meetings = d.meetings.filter((m) => !m.deleted);
  const sups = d.supervisions.filter((s) => !s.deleted);
  const parents = new Set([...meetings, ...sups].map((x) => x.id));
  const measures = d.measures.filter((m) => !m.deleted && parents.has(m.parentId));
  const mf = followUp(meetings, meetingLoop, measures, today);
  const sf = followUp(sups, supervisionLoop, measures, today);
  return {
    topics: topics.length,
    planned: topics.filter((t) => t.planned).length,
    bySource: counted(topics.map((t) => t.source.kind), TOPIC_SOURCES),
    byCategory: counted(topics.map((t) => t.category || '未分类')),
    meetings: meetings.length,
    held: meetings.filter((m) => m.heldAt).length,
    sent: meetings.filter((m) => m.outcome).length,
    adopted: meetings.filter((m) => adopted(m.feedback) || adopted(m.hqFeedback)).length,
    closed: meetings.filter((m) => m.closedAt).length,
    measures: measures.length,
    measuresDone: measures.filter((m) => m.state === '已落实').length,
    overdue: [...mf, ...sf].reduce((n, f) => n + f.overdue.length, 0),
    supervisions: sups.length,
    supervisionsClosed: sups.filter((s) => s.closedAt).length,
  };
}

/** One row per office (HQ's figures), in office-code order. */
export function figuresByOffice(d: ConsultData, today: string): FigureRow[] {
  const offices = [...new Set([...d.topics, ...d.meetings, ...d.supervisions].map((r) => r.office))].sort();
  return offices.map((office) => ({
    office,
    ...figuresOf({
      topics: d.topics.filter((t) => t.office === office),
      meetings: d.meetings.filter((m) => m.office === office),
      supervisions: d.supervisions.filter((s) => s.office === office),
      measures: d.measures,
    }, today),
  }));
}

/** The records of one year: topics by their year, meetings by their date, supervision items by their year. */
export function ofYear(d: ConsultData, year: number | null): ConsultData {
  if (year === null) return d;
  const y = String(year);
  return {
    topics: d.topics.filter((t) => t.year === year),
    meetings: d.meetings.filter((m) => m.date.startsWith(y)),
    supervisions: d.supervisions.filter((s) => s.year === year),
    measures: d.measures,
  };
}
