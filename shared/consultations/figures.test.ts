import { describe, expect, it } from 'vitest';
import { figuresByOffice, figuresOf, ofYear } from './figures';
import { measure, meeting, supervision, topic } from './fixtures';

const sent = { recipient: '街道党工委', date: '2025-04-20', docNo: '', text: '成果' };

describe('consultation figures', () => {
  const data = {
    topics: [
      topic('t1', { planned: true }), topic('t2', { source: { kind: '献一计', refId: 's', refText: '' }, category: '停车难' }),
      topic('t3', { source: { kind: '献一计', refId: 's2', refText: '' }, category: '停车难', office: 'ZL-02' }), topic('t4', { deleted: 1 }), topic('t5', { year: 2024 }),
    ],
    meetings: [
      meeting('a', { heldAt: '2025-04-10T11:00:00', outcome: sent, feedback: { date: '2025-05-01', adoption: '采纳', text: '同意', by: '' } }),
      meeting('b', { heldAt: '2025-04-12T11:00:00', outcome: sent, closedAt: '2025-08-01T10:00:00', hqFeedback: { date: '2025-05-01', adoption: '部分采纳', text: '', by: '' } }),
      meeting('c', { date: '2025-09-01', office: 'ZL-02' }),
      meeting('d', { date: '2024-09-01', heldAt: '2024-09-01T10:00:00', outcome: sent, feedback: { date: '2024-10-01', adoption: '未采纳', text: '', by: '' } }),
    ],
    supervisions: [supervision('s1', { closedAt: '2025-09-01T00:00:00' }), supervision('s2', { office: 'ZL-02' })],
    measures: [measure('a', 1, { state: '推进中', due: '2025-05-01' }), measure('a', 2, { state: '已落实' }), measure('b', 1, { state: '已落实' }), measure('s2', 1, { due: '2025-01-01' }), measure('gone', 1)],
  };

  it('counts topics by source and category, meetings held, sent, adopted, closed, measures done and overdue', () => {
    const f = figuresOf(ofYear(data, 2025), '2025-06-01');
    expect(f).toMatchObject({ topics: 3, planned: 1, meetings: 3, held: 2, sent: 2, adopted: 2, closed: 1, measures: 4, measuresDone: 2, overdue: 2, supervisions: 2, supervisionsClosed: 1 });
    expect(f.bySource).toEqual([['群众反映', 1], ['献一计', 2]]);
    expect(f.byCategory).toEqual([['停车难', 2], ['老小区整治', 1]]);
  });

  it('by office at HQ', () => {
    const rows = figuresByOffice(ofYear(data, 2025), '2025-06-01');
    expect(rows.map((r) => [r.office, r.topics, r.meetings, r.held, r.overdue])).toEqual([['ZL-01', 2, 2, 2, 1], ['ZL-02', 1, 1, 0, 1]]);
    expect(figuresOf(data, '2025-06-01').topics).toBe(4);
  });
});
