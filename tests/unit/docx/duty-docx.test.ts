import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dutyBulletinDocx, dutyRecordDocx } from '../../../shared/duty/docx';
import type { DutyItem } from '../../../shared/duty/items';
import { bulletinData, recordOne, recordTitle } from '../../../shared/duty/output';
import { rankMembers } from '../../../shared/duty/ranking';
import { DEFAULT_TABLE } from '../../../shared/duty/rules';
import { buildDutyWorkbook } from '../../../shared/duty/xlsx';
import { parsePrintRequest } from '../../../shared/print/jobs';
import { renderPrintHtml } from '../../../renderer/src/print/render-html';

const members = ['张晨', '李四', '王五'].map((name, i) => ({ id: `m${i}`, name, office: 'ZL-01', sector: '民进', committees: ['提案委员会'], unitAndPost: '区人民医院院长', memberNo: `1000${i}`, sortKey: name }));
const item = (memberId: string, rule: string, date: string, label: string, n = 0): DutyItem => ({ memberId, rule, role: 'lead', date, source: { table: 'reports', id: `${memberId}-${rule}-${n}` }, label });
const items: DutyItem[] = [
  item('m0', 'session.plenary', '2026-01-10', '出席全体会议「政协第十届五次会议」'),
  item('m0', 'report.given', '2026-03-01', '报送社情民意「关于停车难的情况反映」'),
  item('m0', 'report.adopted.city', '2026-03-20', '社情民意「关于停车难的情况反映」被市政协单篇采用'),
  item('m0', 'activity.research', '2026-04-01', '调研「老旧小区改造」'),
  item('m1', 'session.absent.plenary', '2026-01-10', '无故缺席：全体会议「政协第十届五次会议」'),
];
const period = { kind: 'year' as const, year: 2026 };
const rows = rankMembers(members, items, DEFAULT_TABLE, period);
const names = () => '西林街道政协工委';
const record = { title: recordTitle(period), period: '2026年度', records: rows.map((r) => recordOne(r.member, r.duty, names())) };
const bulletin = bulletinData(rows, period, DEFAULT_TABLE, names, '西林街道政协工委委员履职情况通报');
const textOf = async (docx: Uint8Array) => [...strFromU8(unzipSync(docx)['word/document.xml']).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the duty record printed, in Word and in Excel', () => {
  it('prints each member\'s record from a new page, with points by item and the minimums; the 通报 lists the ranking with who fell short', () => {
    const req = parsePrintRequest({ job: { kind: 'dutyRecord', data: record }, setup: { paper: 'A4', orientation: 'portrait' } });
    if (!req.ok) throw new Error(req.message);
    const html = renderPrintHtml(req.request);
    expect((html.match(/<article class="duty-rec">/g) ?? []).length).toBe(3);
    expect(html).toContain('2026年度委员履职档案');
    expect(html).toContain('社情民意被市政协采用');
    expect(html).toContain('☐ 至少提交一件提案或社情民意');
    const b = parsePrintRequest({ job: { kind: 'dutyBulletin', data: bulletin }, setup: { paper: 'A4', orientation: 'portrait' } });
    if (!b.ok) throw new Error(b.message);
    const bh = renderPrintHtml(b.request);
    expect(bh).toMatch(/<tr class="short">.*李四.*出席全体会议（0\/1）/s);
    expect(bulletin.summary).toBe('共 3 名；优秀 0 名，称职 0 名，不称职 3 名；未达到基本要求 2 名');
    expect(bulletin.rows.map((r) => [r.rank, r.name, r.total])).toEqual([[1, '张晨', 22], [2, '王五', 0], [3, '李四', -10]]);
  });

  it('a report prints on one page with its three parts and HQ\'s outcomes', () => {
    const req = parsePrintRequest({ job: { kind: 'report', data: { office: '西林街道政协工委', title: '关于停车难的情况反映', reporters: '张晨', date: '2026-03-01', category: '城市管理', situation: '车位不足。', cause: '规划早。', advice: '建停车库。', outcomes: ['2026-03-20 被市政协单篇采用'] } }, setup: { paper: 'A4', orientation: 'portrait' } });
    if (!req.ok) throw new Error(req.message);
    const html = renderPrintHtml(req.request);
    for (const t of ['社情民意信息', '一、基本情况', '二、原因分析', '三、意见建议', '采用及批示情况', '被市政协单篇采用']) expect(html).toContain(t);
  });

  it('the .docx read back holds the records and the 通报, and LibreOffice opens them', async () => {
    const rec = await dutyRecordDocx(record);
    const text = await textOf(rec);
    for (const t of ['2026年度委员履职档案', '张晨', '22 分', '社情民意被市政协采用', '社情民意「关于停车难的情况反映」被市政协单篇采用']) expect(text).toContain(t);
    const bul = await dutyBulletinDocx(bulletin);
    expect(await textOf(bul)).toContain('出席全体会议（0/1）');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cd-duty-docx-'));
    writeFileSync(path.join(dir, '档案.docx'), rec);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, path.join(dir, '档案.docx')], { stdio: 'ignore', timeout: 120_000 });
    const pdf = execFileSync('pdftotext', ['-layout', path.join(dir, '档案.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(pdf).toContain('2026年度委员履职档案');
    expect(pdf).toContain('张晨');
  }, 150_000);

  it('with no minimum asked (HQ set every count to 0) the record says nothing of minimums rather than 「基本要求：。」', async () => {
    const none = { ...DEFAULT_TABLE, minimums: DEFAULT_TABLE.minimums.map((m) => ({ ...m, count: 0 })) };
    const r = rankMembers(members, items, none, period);
    expect(r.every((x) => !x.duty.belowMinimum && x.duty.minimums.length === 0)).toBe(true);
    const text = await textOf(await dutyRecordDocx({ ...record, records: r.map((x) => recordOne(x.member, x.duty, names())) }));
    expect(text).toContain('张晨');
    expect(text).not.toContain('基本要求');
    const req = parsePrintRequest({ job: { kind: 'dutyRecord', data: { ...record, records: r.map((x) => recordOne(x.member, x.duty, names())) } }, setup: { paper: 'A4', orientation: 'portrait' } });
    if (!req.ok) throw new Error(req.message);
    expect(renderPrintHtml(req.request)).toMatch(/<th>基本要求<\/th><td>不作要求<\/td>/);
  });

  it('the .xlsx has a column per rule whose points add up to each total, and every item on a second sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildDutyWorkbook(rows, period, DEFAULT_TABLE, { title: '履职排名', officeName: names })) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('履职排名')!;
    const head = (ws.getRow(2).values as unknown[]).slice(1) as string[];
    const first = head.indexOf('未达到的基本要求') + 1;
    for (let r = 3; r <= 5; r++) {
      const vals = (ws.getRow(r).values as unknown[]).slice(1);
      const total = vals[head.indexOf('积分')] as number;
      expect((vals.slice(first) as number[]).reduce((a, b) => a + b, 0)).toBe(total);
    }
    expect(wb.getWorksheet('履职事项')!.rowCount).toBe(1 + items.length);
  });
});
