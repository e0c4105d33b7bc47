import type { ConsultMeeting, ConsultTopic, Measure, Supervision } from '../domain/consultation';

/** Records for the rules' tests: a meeting, a topic, a supervision item and measures, each with overrides. */
const meta = (id: string, office = 'ZL-01') => ({ id, office, deleted: 0 as const, _stamps: {}, _rev: '' });

export function topic(id: string, o: Partial<ConsultTopic> = {}): ConsultTopic {
  return {
    ...meta(id, o.office), year: 2025, title: '老旧小区加装电梯', category: '老小区整治', weight: '实事', source: { kind: '群众反映', refId: '', refText: '' },
    reason: '居民反映上下楼难', raisedBy: '', planned: false, plannedMonth: '', district: false, fromDistrict: '', ...o,
  };
}

export function meeting(id: string, o: Partial<ConsultMeeting> = {}): ConsultMeeting {
  return {
    ...meta(id, o.office), topicId: 't1', title: '老旧小区加装电梯协商议事会', date: '2025-04-10', place: '社区议事厅', host: '王主任', sessionId: '',
    memberIds: ['m1', 'm2'], guests: [], agenda: [], speeches: [], consensus: '', heldAt: '', outcome: null, feedback: null, closedAt: '', ...o,
  };
}

export function supervision(id: string, o: Partial<Supervision> = {}): Supervision {
  return {
    ...meta(id, o.office), year: 2025, category: '食品安全', title: '校园周边食品安全', subject: '学校周边食品摊点', department: '区市场监督管理局',
    visits: [], findings: '', outcome: null, feedback: null, closedAt: '', ...o,
  };
}

export function measure(parentId: string, n: number, o: Partial<Measure> = {}): Measure {
  return { ...meta(`${parentId}~${n}`, o.office), parentId, parentKind: 'meeting', text: `措施${n}号`, owner: '街道城管科', due: '2025-06-30', state: '未启动', reason: '', progress: [], ...o };
}
