import { describe, expect, it } from 'vitest';
import { effectiveSetup, parsePrintRequest } from './jobs';
import { clampRange, PageRangeText, PaperPrintOptions, parsePageRange } from './page';

const setup = { paper: 'A4', orientation: 'portrait' };

describe('print requests', () => {
  it('accepts a well-formed sign-in sheet and fills defaults', () => {
    const r = parsePrintRequest({ job: { kind: 'signin', data: { title: '学习会签到表', rows: [{ name: '张三' }] } }, setup });
    expect(r.ok).toBe(true);
    if (r.ok && r.request.job.kind === 'signin') {
      expect(r.request.job.data.rows[0]).toEqual({ name: '张三', sector: '', unitAndPost: '', memberNo: '', note: '' });
      expect(r.request.job.data.blankRows).toBe(0);
    }
  });

  it('refuses an unknown kind by name, and a missing job', () => {
    const unknown = parsePrintRequest({ job: { kind: 'poster', data: {} }, setup });
    expect(unknown).toEqual({ ok: false, message: expect.stringContaining('未知的打印文档类型：poster') });
    expect(parsePrintRequest(null)).toEqual({ ok: false, message: expect.stringContaining('没有收到要打印的文档') });
    expect(parsePrintRequest({ setup })).toEqual({ ok: false, message: expect.stringContaining('（未指定）') });
  });

  it('refuses malformed data and says which field is wrong', () => {
    const r = parsePrintRequest({ job: { kind: 'signin', data: { title: '', rows: [{ name: '' }], blankRows: -1 } }, setup });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('签到表');
      expect(r.message).toContain('请填写签到表标题');
      expect(r.message).toContain('委员姓名不能为空');
    }
    const agenda = parsePrintRequest({ job: { kind: 'agenda', data: { title: '议程', items: [] } }, setup });
    expect(agenda.ok || agenda.message).toContain('议程至少要有一项');
    const paper = parsePrintRequest({ job: { kind: 'formal', data: { title: 't', blocks: [] } }, setup: { paper: 'B5' } });
    expect(paper.ok).toBe(false);
  });

  it('fixes the page for tents and the GB/T 9704 layout, keeps the choice otherwise', () => {
    expect(effectiveSetup('tents', { paper: 'A3', orientation: 'landscape' })).toEqual({ paper: 'A4', orientation: 'portrait' });
    expect(effectiveSetup('formal', { paper: 'A3', orientation: 'portrait' })).toEqual({ paper: 'A4', orientation: 'portrait' });
    expect(effectiveSetup('roster', { paper: 'A3', orientation: 'landscape' })).toEqual({ paper: 'A3', orientation: 'landscape' });
  });
});

describe('page ranges', () => {
  it('parses what a person types, full-width comma included', () => {
    expect(parsePageRange('')).toEqual([]);
    expect(parsePageRange(' 1-3, 5 ')).toEqual([{ from: 1, to: 3 }, { from: 5, to: 5 }]);
    expect(parsePageRange('2，4-4')).toEqual([{ from: 2, to: 2 }, { from: 4, to: 4 }]);
  });

  it('refuses nonsense with a message saying how to write it', () => {
    expect(PageRangeText.safeParse('1-3,5').success).toBe(true);
    expect(PageRangeText.safeParse('a-b').error?.issues[0].message).toContain('例如 1-3,5');
    expect(PageRangeText.safeParse('5-2').error?.issues[0].message).toContain('不能大于');
    expect(PageRangeText.safeParse('0').error?.issues[0].message).toContain('从 1 开始');
  });

  it('cuts ranges to the document and refuses a range wholly past its end', () => {
    expect(clampRange([{ from: 2, to: 9 }, { from: 12, to: 13 }], 10)).toEqual([{ from: 2, to: 9 }]);
    expect(clampRange([{ from: 8, to: 20 }], 10)).toEqual([{ from: 8, to: 10 }]);
    expect(() => clampRange([{ from: 11, to: 12 }], 10)).toThrow('这份文档只有 10 页');
  });

  it('checks paper print options', () => {
    expect(PaperPrintOptions.safeParse({ printer: 'HP', copies: 0 }).error?.issues[0].message).toBe('份数至少 1 份');
    expect(PaperPrintOptions.safeParse({ printer: '' }).error?.issues[0].message).toBe('请选择打印机');
    expect(PaperPrintOptions.parse({ printer: 'HP' })).toMatchObject({ copies: 1, duplex: 'simplex', paper: 'A4', range: '' });
  });
});
