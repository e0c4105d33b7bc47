import { describe, expect, it } from 'vitest';
import { consultationDutyItems } from './duty-items';
import { meeting, supervision, topic } from './fixtures';

describe('duty items of consultations', () => {
  it('one per member who spoke at a meeting held; guests, a planned meeting and a deleted one give none', () => {
    const speeches = [
      { memberId: 'm1', name: '张三', unit: '', points: '建议分批加装' },
      { memberId: '', name: '李居民', unit: '幸福小区', points: '一楼住户有顾虑' },
      { memberId: 'm1', name: '张三', unit: '', points: '补充' },
      { memberId: 'm2', name: '王五', unit: '', points: '资金' },
    ];
    const items = consultationDutyItems(
      [meeting('a', { heldAt: '2025-04-10T11:00:00', speeches }), meeting('b', { speeches }), meeting('c', { heldAt: '2025-04-10T11:00:00', speeches, deleted: 1 })],
      [],
      new Map([['t1', topic('t1')]]),
    );
    expect(items).toEqual([
      { memberId: 'm1', rule: 'consultation.speak', role: 'self', date: '2025-04-10', source: { table: 'consultMeetings', id: 'a' }, label: '协商议事会《老旧小区加装电梯》发言' },
      { memberId: 'm2', rule: 'consultation.speak', role: 'self', date: '2025-04-10', source: { table: 'consultMeetings', id: 'a' }, label: '协商议事会《老旧小区加装电梯》发言' },
    ]);
  });

  it('one per member per 民主监督 visit, dated the visit', () => {
    const s = supervision('s1', {
      visits: [
        { date: '2025-05-06', kind: '视察', sessionId: '', memberIds: ['m1', 'm2', 'm1'], note: '' },
        { date: '2025-03-02', kind: '调研', sessionId: '', memberIds: ['m1'], note: '' },
      ],
    });
    const items = consultationDutyItems([], [s]);
    expect(items.map((i) => [i.memberId, i.date, i.rule, i.label])).toEqual([
      ['m1', '2025-03-02', 'supervision.take-part', '民主监督《校园周边食品安全》调研'],
      ['m1', '2025-05-06', 'supervision.take-part', '民主监督《校园周边食品安全》视察'],
      ['m2', '2025-05-06', 'supervision.take-part', '民主监督《校园周边食品安全》视察'],
    ]);
    expect(items.every((i) => i.source.table === 'supervisions' && i.source.id === 's1')).toBe(true);
  });
});
