import { describe, expect, it } from 'vitest';
import { parsePrintRequest, type PrintRequestInput } from '../../../shared/print/jobs';
import { gbtSampleData } from '../../../shared/print/samples';
import { signInRowsPerPage } from '../../../shared/print/signin';
import { pageCss } from './page-css';
import { renderPrintHtml } from './render-html';
import { chineseOrdinal } from './templates/Agenda';
import { tentFontMm } from './templates/TableTents';

function html(req: PrintRequestInput): string {
  const parsed = parsePrintRequest(req);
  if (!parsed.ok) throw new Error(parsed.message);
  return renderPrintHtml(parsed.request);
}
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const A4 = { paper: 'A4', orientation: 'portrait' } as const;
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `委员${i + 1}`, sector: '民革', unitAndPost: `单位${i + 1}`, memberNo: `1000${i + 1}` }));

describe('print templates render from data to HTML', () => {
  it('sign-in sheet: head with title, time, place and the domain columns; one row per member plus blank rows', () => {
    const out = html({ job: { kind: 'signin', data: { title: '第四季度学习会签到表', time: '11月26日 14:30', place: '三楼会议室', rows: rows(12), blankRows: 4 } }, setup: A4 });
    expect(out).toContain('第四季度学习会签到表');
    expect(out).toContain('时间：11月26日 14:30');
    expect(out).toContain('地点：三楼会议室');
    const heads = [...out.matchAll(/<th class="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual(['序号', '姓名', '界别', '工作单位及职务', '签名', '备注']);
    expect(out).toMatch(/<thead>.*序号.*<\/thead>/s);
    expect(count(out, /<tr class="signin-row">/g)).toBe(16);
    expect(out).toContain('委员12');
    expect(out).toContain('<td class="c">16</td>');
    expect(out).not.toContain('<svg');
    expect(out).toContain('counter(pages)');
  });

  it('sign-in sheet with barcodes: a member-number column and one SVG barcode per member row', () => {
    const out = html({ job: { kind: 'signin', data: { title: '签到表', rows: rows(3), blankRows: 2, barcode: true } }, setup: A4 });
    expect(out).toContain('<th class="col">委员编号</th>');
    expect(count(out, /<svg/g)).toBe(3);
    expect(out).toContain('10003');
  });

  it('roster: headers, every member, the phone column only when asked', () => {
    const data = { title: '委员名单', rows: [{ name: '张三', committees: ['提案委员会', '经济科技委员会'], phone: '13800000000' }] };
    const withPhone = html({ job: { kind: 'roster', data }, setup: { paper: 'A4', orientation: 'landscape' } });
    expect(withPhone).toContain('提案委员会、经济科技委员会');
    expect(withPhone).toContain('<th class="col">联系电话</th>');
    expect(withPhone).toContain('13800000000');
    expect(withPhone).toContain('size:297mm 210mm');
    const noPhone = html({ job: { kind: 'roster', data: { ...data, showPhone: false } }, setup: A4 });
    expect(noPhone).not.toContain('联系电话');
    expect(noPhone).not.toContain('13800000000');
  });

  it('agenda: 议程 printed once under a title that has it, 主持人 a person', () => {
    const out = html({ job: { kind: 'agenda', data: { title: '专题学习会议程', host: '李主任', items: [{ text: '传达精神' }] } }, setup: A4 });
    expect(count(out, /议程/g)).toBe(1);
    expect(out).toContain('主持人：');
    expect(out).toContain('李主任');
    const plain = html({ job: { kind: 'agenda', data: { title: '专题学习会', items: [{ text: '传达精神' }] } }, setup: A4 });
    expect(plain).toContain('会 议 议 程');
    expect(plain).not.toContain('主持人');
  });

  it('sign-in sheet: 请假 in 备注, and blank rows only as far as the last page with names', () => {
    const full = html({ job: { kind: 'signin', data: { title: '签到表', rows: rows(3).map((r, i) => ({ ...r, note: i === 1 ? '请假' : '' })), blankRows: 10, fitBlankRows: true } }, setup: A4 });
    expect(full).toContain('<td class="c note">请假</td>');
    expect(count(full, /<tr class="signin-row">/g)).toBe(13);
    const perPage = signInRowsPerPage(A4, '签到表');
    const fitted = html({ job: { kind: 'signin', data: { title: '签到表', rows: rows(perPage * 2 + 1), blankRows: 10, fitBlankRows: true } }, setup: A4 });
    expect(count(fitted, /<tr class="signin-row">/g)).toBe(perPage * 2 + Math.min(10, perPage - 1) + 1);
    const exact = html({ job: { kind: 'signin', data: { title: '签到表', rows: rows(perPage), blankRows: 10, fitBlankRows: true } }, setup: A4 });
    expect(count(exact, /<tr class="signin-row">/g)).toBe(perPage);
  });

  it('agenda: title, meta, numbered items with time and speaker', () => {
    const out = html({
      job: { kind: 'agenda', data: { title: '学习会', time: '14:30', place: '会议室', items: [{ text: '传达精神', speaker: '李主任', time: '14:30' }, { text: '交流发言' }] } },
      setup: A4,
    });
    expect(out).toContain('<h1 class="agenda-title">学习会</h1>');
    expect(out).toContain('一、');
    expect(out).toContain('二、');
    expect(out).toContain('（李主任）');
    expect(out).not.toContain('主持');
    expect([1, 10, 11, 20, 23].map(chineseOrdinal)).toEqual(['一', '十', '十一', '二十', '二十三']);
  });

  it('tents: one sheet per name, the name on both faces, the back face turned upside down', () => {
    const out = html({ job: { kind: 'tents', data: { names: [{ name: '张三' }, { name: '欧阳明', subtitle: '经济界' }] } }, setup: { paper: 'A3', orientation: 'landscape' } });
    expect(count(out, /class="tent-sheet"/g)).toBe(2);
    expect(count(out, /class="tent-face tent-back"/g)).toBe(2);
    expect(count(out, />欧阳明</g)).toBe(2);
    expect(count(out, />经济界</g)).toBe(2);
    expect(out).toContain('.tent-back{transform:rotate(180deg)}');
    // The tent is always a folded A4, whatever paper was chosen.
    expect(out).toContain('size:210mm 297mm');
    expect(tentFontMm('张三')).toBeGreaterThan(tentFontMm('欧阳明明明明'));
  });

  it('formal: GB/T 9704 page (37 mm top, 28 mm binding, 35 mm bottom), levels, page number on the outer side', () => {
    const out = html({ job: { kind: 'formal', data: gbtSampleData() }, setup: { paper: 'A3', orientation: 'landscape' } });
    expect(out).toContain('size:210mm 297mm;margin:37mm 26mm 35mm 28mm');
    expect(out).toContain('@page :left{margin-left:26mm;margin-right:28mm}');
    expect(out).toMatch(/@page :right\{@bottom-right\{content:"— " counter\(page\) " —"/);
    expect(out).toContain('<h1 class="formal-title">关于推进老旧小区改造提质增效的建议</h1>');
    expect(count(out, /class="formal-h1"/g)).toBe(2);
    expect(count(out, /class="formal-h2"/g)).toBe(3);
    expect(out).toContain('font-size:16pt');
  });

  it('page numbers: 第 x 页 共 y 页 for lists, none for tents', () => {
    expect(pageCss(A4, '10mm', 'count')).toContain('"第 " counter(page) " 页  共 " counter(pages) " 页"');
    expect(pageCss(A4, '10mm', 'none')).not.toContain('counter');
    expect(pageCss({ paper: 'A3', orientation: 'portrait' }, '10mm', 'none')).toContain('size:297mm 420mm');
  });

  it('协商议题和成果一览: title and count in a head that repeats, one row per topic with its state and measures done', () => {
    const row = { month: '4月', title: '老旧小区加装电梯', category: '老小区整治', source: '献一计', meeting: '2026-04-10', state: '落实中', recipient: '街道党工委', adoption: '采纳', measures: '1/3' };
    const out = html({ job: { kind: 'consultationList', data: { title: '2026年协商议题和成果一览', rows: [row, { ...row, title: '学校门口交通拥堵', state: '待协商', measures: '' }] } }, setup: A4 });
    expect(out).toMatch(/<thead>.*2026年协商议题和成果一览.*共 2 个议题.*措施落实.*<\/thead>/s);
    expect(out).toContain('<td>学校门口交通拥堵</td>');
    expect(out).toContain('<td class="c">1/3</td>');
    expect(count(out, /<tr><td class="c">\d+<\/td>/g)).toBe(2);
  });
});
