import { AlignmentType, Bookmark, LeaderType, LineRuleType, PageReference, Paragraph, TabStopType, TextRun } from 'docx';
import { DOCX_SIZES, faceRun, formalDocument, formalSection, GBT9704_LINE, packDocx, para, run, titleParagraph } from '../print/docx/formal-docx';
import type { CompilationData } from '../print/suggestions';
import { paragraphs } from './compilation';

/**
 * The compilation (汇编) as a .docx, for the touch-up in Word or WPS that
 * every compilation gets before it goes out: the same structure as the PDF
 * (compilation.ts), on the formal .docx base (shared/print/docx: GB/T 9704
 * page, East Asian faces 仿宋_GB2312 / 方正小标宋_GBK and zh-CN on every run).
 * The contents' page numbers are PAGEREF fields to a bookmark on each
 * heading, so Word, WPS and LibreOffice fill them in as they lay the pages
 * out, and they stay right after the office's edits. No phone number goes in:
 * the submitters line is the printed one (privacy.ts).
 */

/** Right edge of the 156 mm text block, in twips: where the contents' page numbers stand. */
const RIGHT_TAB = Math.round((156 * 1440) / 25.4);
const exactLine = { line: GBT9704_LINE, lineRule: LineRuleType.EXACT } as const;
const twoChars = DOCX_SIZES.body * 20;

function entry(text: string, anchor: string, kind: 'heading1' | 'body', indent = 0): Paragraph {
  return new Paragraph({
    spacing: exactLine,
    indent: { left: indent },
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB, leader: LeaderType.DOT }],
    children: [run(text, kind), new TextRun({ ...faceRun('body'), children: ['\t', new PageReference(anchor)] })],
  });
}

function heading(text: string, anchor: string, kind: 'heading1' | 'heading2'): Paragraph {
  return new Paragraph({ spacing: exactLine, indent: { firstLine: twoChars }, keepNext: true, children: [new Bookmark({ id: anchor, children: [run(text, kind)] })] });
}

const centred = (text: string, kind: 'title' | 'heading2' | 'body', before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...exactLine, line: kind === 'title' ? GBT9704_LINE * 3 : GBT9704_LINE, before }, children: [run(text, kind, kind === 'title' ? { size: 52 } : {})] });

export function compilationDocx(c: CompilationData): Promise<Uint8Array> {
  const cover = [
    centred('', 'body', GBT9704_LINE * 3),
    centred(c.title, 'title'),
    centred(c.period, 'heading2', GBT9704_LINE * 2),
    centred(`共 ${c.total} 条`, 'heading2'),
    centred(c.compiler, 'body', GBT9704_LINE * 6),
    centred(c.date, 'body', GBT9704_LINE),
  ];
  const contents = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: GBT9704_LINE * 2, lineRule: LineRuleType.EXACT }, children: [run('目　　录', 'heading1')] }),
    ...c.groups.flatMap((g, i) => [
      entry(`${g.ordinal}、${g.category}（${g.items.length} 条）`, `g${i}`, 'heading1'),
      ...g.items.map((it) => entry(`${it.no}．${it.title}`, `n${it.no}`, 'body', DOCX_SIZES.body * 10)),
    ]),
  ];
  const body = [
    titleParagraph(c.title),
    ...(c.groups.length ? [] : [para('本次征集暂无建议。')]),
    ...c.groups.flatMap((g, i) => [
      heading(`${g.ordinal}、${g.category}`, `g${i}`, 'heading1'),
      ...g.items.flatMap((it) => [
        heading(`${it.no}．${it.title}`, `n${it.no}`, 'heading2'),
        new Paragraph({ spacing: exactLine, indent: { firstLine: twoChars }, children: [run(`提交人：${it.submitters}`, 'heading2')] }),
        ...paragraphs(it.content).map((p) => para(p)),
        new Paragraph({ spacing: exactLine, children: [] }),
      ]),
    ]),
  ];
  return packDocx(formalDocument([
    formalSection(cover, { pageNumbers: false }),
    formalSection(contents, { startAt: 2 }),
    formalSection(body),
  ], { title: c.title }));
}
