import { useMemo } from 'react';
import { localDate } from '../../../../../shared/attendance/time';
import { followUp, meetingLoop, supervisionLoop, type Followed } from '../../../../../shared/consultations/followup';
import type { ConsultMeeting, ConsultTopic, Supervision } from '../../../../../shared/domain/consultation';
import { matchesOffice, useOfficeFilter } from '../../../app/officeFilter';
import type { LoadedConsultData } from '../data/load';

export interface Overview {
  meetings: Followed<ConsultMeeting>[];
  supervisions: Followed<Supervision>[];
  topics: Map<string, ConsultTopic>;
  overdue: number;
}

/** The follow-up overview (跟踪督办) of the records the office filter shows: each loop's state, its measures, the overdue ones. */
export function overviewOf(d: LoadedConsultData, office: string | null, today: string): Overview {
  const mine = <T extends { office: string }>(l: readonly T[]) => l.filter((r) => matchesOffice(office, r));
  const meetings = followUp(mine(d.meetings), meetingLoop, d.measures, today).sort((a, b) => b.item.date.localeCompare(a.item.date));
  const supervisions = followUp(mine(d.supervisions), supervisionLoop, d.measures, today).sort((a, b) => b.item.year - a.item.year || a.item.title.localeCompare(b.item.title, 'zh'));
  const overdue = [...meetings, ...supervisions].reduce((n, f) => n + f.overdue.length, 0);
  return { meetings, supervisions, topics: new Map(d.topics.map((t) => [t.id, t])), overdue };
}

export function useOverview(d: LoadedConsultData | undefined): Overview | undefined {
  const office = useOfficeFilter();
  const today = localDate(new Date());
  return useMemo(() => (d ? overviewOf(d, office, today) : undefined), [d, office, today]);
}
