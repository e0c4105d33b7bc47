import { describe, expect, it } from 'vitest';
import type { ConsultMeeting, Measure } from '../domain/consultation';
import type { SyncMeta } from '../sync/record';
import { closeRefusal, followUp, meetingLoop } from '../consultations/followup';
import { demoConsultations } from './consultations';

const members = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, office: 'DEMO-01', name: `委员${i}` }));
const meta = { deleted: 0 as const, _stamps: {}, _rev: '' };

describe('demo consultations', () => {
  const d = demoConsultations(members, { today: '2026-05-20', years: 3, perYear: 6 });
  const meetings = d.meetings.map((m) => ({ ...m.fields, id: m.id, ...meta }) as ConsultMeeting);
  const measures = d.measures.map((m) => ({ ...m.fields, id: m.id, ...meta }) as Measure);

  it('three years of topics on the seed\'s themes, six planned a year, with their meetings and sessions', () => {
    expect(new Set(d.topics.map((t) => t.fields.year))).toEqual(new Set([2024, 2025, 2026]));
    expect(d.topics.filter((t) => t.fields.planned)).toHaveLength(18);
    expect(d.meetings).toHaveLength(18);
    for (const t of ['小区停车难', '加装电梯', '社区老年助餐', '小学门口交通拥堵']) expect(d.topics.some((x) => x.fields.title.includes(t)), t).toBe(true);
    // In a place, not the same title every year: within a year's list no two topics share a title.
    for (const y of [2024, 2025, 2026]) {
      const titles = d.topics.filter((t) => t.fields.year === y).map((t) => t.fields.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
    const sessions = new Map(d.sessions.map((s) => [s.id, s.fields]));
    for (const m of d.meetings) expect(sessions.get(m.fields.sessionId)?.kind).toBe('协商议事');
    expect(d.attendance.length).toBeGreaterThan(50);
  });

  it('outcomes in every state, overdue measures among them, and every closed loop closable by the rules', () => {
    const rows = followUp(meetings, meetingLoop, measures, '2026-05-20');
    const states = new Set(rows.map((r) => r.state));
    for (const s of ['计划中', '已报送', '落实中', '已闭环']) expect(states, s).toContain(s);
    expect(rows.some((r) => r.overdue.length > 0)).toBe(true);
    expect(measures.some((m) => m.state === '无法落实' && m.reason)).toBe(true);
    for (const r of rows.filter((x) => x.state === '已闭环')) expect(closeRefusal({ ...meetingLoop(r.item), closedAt: '' }, r.measures)).toBeNull();
    expect(d.supervisions.length).toBe(6);
    expect(d.supervisions.some((s) => s.fields.closedAt) && d.supervisions.some((s) => !s.fields.closedAt)).toBe(true);
  });

  it('a meeting whose outcome was not taken up has its measures given up with the reason, none left in progress', () => {
    const many = demoConsultations(members, { today: '2026-05-20', years: 10, perYear: 6 });
    const refused = many.meetings.filter((m) => m.fields.feedback?.adoption === '未采纳');
    expect(refused.length).toBeGreaterThan(0);
    for (const m of refused) {
      const own = many.measures.filter((x) => x.fields.parentId === m.id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((x) => x.fields.state === '无法落实' && x.fields.reason)).toBe(true);
      // …and its loop closed, as the rules allow.
      expect(m.fields.closedAt).not.toBe('');
      expect(closeRefusal({ ...meetingLoop({ ...m.fields, id: m.id, ...meta } as ConsultMeeting), closedAt: '' }, own.map((x) => ({ ...x.fields, id: x.id, ...meta }) as Measure))).toBeNull();
    }
  });

  it('every record belongs to its member\'s office', () => {
    const all: Array<{ fields: Partial<SyncMeta> }> = [...d.topics, ...d.meetings, ...d.supervisions, ...d.measures, ...d.sessions];
    expect(all.every((r) => r.fields.office === 'DEMO-01')).toBe(true);
  });
});
