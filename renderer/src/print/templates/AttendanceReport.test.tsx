import { describe, expect, it } from 'vitest';
import { parsePrintRequest } from '../../../../shared/print/jobs';
import { renderPrintHtml } from '../render-html';

describe('attendance report template', () => {
  it('renders title, meta, the figures, the tables with their heads, and marks rows with ★', () => {
    const parsed = parsePrintRequest({
      job: {
        kind: 'attendance',
        data: {
          title: '专题学习会出勤情况', meta: ['时间：2026年3月5日', '地点：工委会议室'], summary: [{ label: '应到', value: '3' }, { label: '出席率', value: '66.7%' }],
          tables: [{ caption: '二、各位委员', columns: [{ title: '姓名', width: 50 }, { title: '出席率', width: 50, align: 'right' }], rows: [['王伟', '100.0%'], ['曾丽', '0.0%']], marked: [1] }],
        },
      },
      setup: { paper: 'A4', orientation: 'portrait' },
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const out = renderPrintHtml(parsed.request);
    expect(out).toContain('专题学习会出勤情况');
    expect(out).toContain('地点：工委会议室');
    expect(out).toContain('66.7%');
    expect([...out.matchAll(/<th class="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['姓名', '出席率']);
    expect(out).toContain('★曾丽');
    expect(out).not.toContain('★王伟');
  });

  it('refuses a report without tables, saying so in Chinese', () => {
    const parsed = parsePrintRequest({ job: { kind: 'attendance', data: { title: '报告', tables: [] } }, setup: { paper: 'A4', orientation: 'portrait' } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('报告至少要有一张表');
  });
});
