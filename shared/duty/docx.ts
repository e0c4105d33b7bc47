import { AlignmentType, PageBreak, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DutyBulletinData, DutyRecordData, DutyRecordOne } from '../print/duty';
import { blockParagraph, formalDocument, formalSection, packDocx, run, titleParagraph } from '../print/docx/formal-docx';

/**
 * The 履职情况通报 and members' 履职档案 as .docx (Word and WPS), on the shared
 * GB/T 9704 base (shared/print/docx): the same content as the printed pages,
 * tables in 4号 (14 pt) and 小四 (12 pt) so a record stays within two pages.
 */
const cellP = (text: string, o: { bold?: boolean; size?: number; center?: boolean } = {}) =>
  new Paragraph({ alignment: o.center ? AlignmentType.CENTER : undefined, children: [run(text, o.bold ? 'heading1' : 'body', { size: o.size ?? 24 })] });

function table(head: string[], rows: string[][], widths: number[], size = 24): Table {
  const mk = (cells: string[], bold: boolean) => new TableRow({
    tableHeader: bold,
    cantSplit: true,
    children: cells.map((t, i) => new TableCell({ width: { size: widths[i], type: WidthType.PERCENTAGE }, children: [cellP(t, { bold, size, center: bold || widths[i] <= 12 })] })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [mk(head, true), ...rows.map((r) => mk(r, false))] });
}

const pts = (n: number) => (n > 0 ? `+${n}` : String(n));

function recordBlocks(r: DutyRecordOne, title: string, period: string, first: boolean) {
  return [
    ...(first ? [] : [new Paragraph({ children: [new PageBreak()] })]),
    titleParagraph(title),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(period, 'heading2', { size: 28 })] }),
    table(['姓名', '界别', '所属工委', '履职积分', '等次'], [[r.name, r.sector, r.office, `${r.total} 分`, r.grade || '—']], [18, 22, 26, 18, 16], 26),
    blockParagraph({ type: 'para', text: `工作单位：${r.unit}；专委会：${r.committees || '—'}。` }),
    // HQ may ask no minimum at all (every count 0): then the line is left out, not printed as 「基本要求：。」.
    ...(r.minimums.length ? [blockParagraph({ type: 'para', text: `基本要求：${r.minimums.map((m) => `${m.label}${m.met ? '（已达到）' : '（未达到）'}`).join('；')}。` })] : []),
    table(['积分项目', '次数', '积分'], r.lines.map((l) => [l.label, String(l.count), pts(l.points)]), [64, 18, 18]),
    new Paragraph({ children: [] }),
    table(['日期', '履职事项', '积分'], r.items.map((i) => [i.date, i.note ? `${i.label}（${i.note}）` : i.label, pts(i.points)]), [20, 68, 12], 21),
    ...(r.more ? [blockParagraph({ type: 'para', text: `另有 ${r.more} 项未列出，详见系统中的履职档案。` })] : []),
  ];
}

export function dutyRecordDocx(d: DutyRecordData): Promise<Uint8Array> {
  const body = d.records.flatMap((r, i) => recordBlocks(r, d.title, d.period, i === 0));
  return packDocx(formalDocument([formalSection(body)], { title: d.title }));
}

export function dutyBulletinDocx(d: DutyBulletinData): Promise<Uint8Array> {
  const body = [
    titleParagraph(d.title),
    blockParagraph({ type: 'para', text: `${d.period}委员履职情况如下：${d.summary}。` }),
    table(['名次', '姓名', '界别', '所属工委', '积分', '等次', '未达到的基本要求'], d.rows.map((r) => [String(r.rank), r.name, r.sector, r.office, String(r.total), r.grade, r.missing]), [8, 11, 14, 18, 9, 9, 31], 21),
  ];
  return packDocx(formalDocument([formalSection(body)], { title: d.title }));
}
