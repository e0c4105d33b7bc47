import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import type { FormalBlock, FormalData } from '../formal';

/**
 * Word files in the GB/T 9704-2012 layout (domain.md, Printed layout), for
 * what offices touch up in Word or WPS before it goes out: compilations,
 * proposals, reports. Built with the `docx` package. Every run names its
 * East Asian face explicitly (w:eastAsia) and the East Asian language zh-CN:
 * without them Word and WPS take the theme's Latin face for Chinese text.
 * Latin letters and digits are Times New Roman, as the standard's samples are.
 */

/** The faces an office PC has (方正/中易 fonts shipped with Chinese Windows and WPS). */
export const DOCX_FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋_GBK',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Half-points, as Word counts: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const DOCX_SIZES = { title: 44, body: 32, pageNumber: 28, small: 24 } as const;

const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** A4, top 37 mm, binding (left) 28 mm, text block 156 × 225 mm. */
export const GBT9704_PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(297 - 37 - 225), left: mm(28), right: mm(210 - 28 - 156), footer: mm(28 - 7) },
} as const;

/** 22 lines in the 225 mm block: a fixed line pitch of 225/22 mm. */
export const GBT9704_LINE = mm(225 / 22);

export type FaceKind = 'body' | 'title' | 'heading1' | 'heading2' | 'pageNumber';

/** Run options with the face set for every script and zh-CN declared for East Asian text. */
export function faceRun(kind: FaceKind, extra: Omit<IRunOptions, 'font' | 'language'> = {}): IRunOptions {
  const face = DOCX_FONTS[kind];
  return {
    size: kind === 'title' ? DOCX_SIZES.title : kind === 'pageNumber' ? DOCX_SIZES.pageNumber : DOCX_SIZES.body,
    ...extra,
    font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, eastAsia: face, cs: DOCX_FONTS.latin, hint: 'eastAsia' },
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
}

/** A text run in one of the standard's faces. */
export function run(text: string, kind: FaceKind = 'body', extra: Omit<IRunOptions, 'font' | 'language' | 'text'> = {}): TextRun {
  return new TextRun({ ...faceRun(kind, extra), text });
}

const exactLine = { line: GBT9704_LINE, lineRule: LineRuleType.EXACT } as const;

/** One paragraph of the body: first line indented two characters, fixed line pitch. */
export function para(text: string, o: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ spacing: exactLine, indent: { firstLine: DOCX_SIZES.body * 20 }, ...o, children: [run(text)] });
}

/** The paragraph a FormalBlock (shared/print/formal.ts) prints as. */
export function blockParagraph(b: FormalBlock): Paragraph {
  const twoChars = DOCX_SIZES.body * 20;
  switch (b.type) {
    case 'heading1':
      return new Paragraph({ spacing: exactLine, indent: { firstLine: twoChars }, keepNext: true, children: [run(b.text, 'heading1')] });
    case 'heading2':
      return new Paragraph({ spacing: exactLine, indent: { firstLine: twoChars }, keepNext: true, children: [run(b.text, 'heading2')] });
    case 'recipient':
      return new Paragraph({ spacing: exactLine, children: [run(b.text)] });
    case 'signature':
    case 'date':
      return new Paragraph({ spacing: exactLine, alignment: AlignmentType.RIGHT, indent: { right: twoChars * 2 }, children: [run(b.text)] });
    default:
      return para(b.text);
  }
}

/** The document title: 2号小标宋, centred, a blank line after. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: mm(10.5), lineRule: LineRuleType.EXACT, after: GBT9704_LINE }, children: [run(text, 'title')] });
}

/** "— 1 —" in 4号宋体 on the outer side: right on odd pages, left on even ones, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = DOCX_SIZES.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ ...faceRun('pageNumber'), children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** A section in the standard's page layout with its page numbers; `pageNumbers: false` for a cover. */
export function formalSection(children: ISectionOptions['children'], o: { pageNumbers?: boolean; startAt?: number } = {}): ISectionOptions {
  return {
    properties: {
      page: { size: GBT9704_PAGE.size, margin: GBT9704_PAGE.margin, pageNumbers: o.startAt ? { start: o.startAt } : undefined },
      grid: { linePitch: GBT9704_LINE },
    },
    footers: o.pageNumbers === false ? undefined : { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children,
  };
}

/** A whole document from sections; styles default every run to 3号仿宋 with zh-CN, so nothing falls back to a Latin face. */
export function formalDocument(sections: ISectionOptions[], o: { title?: string; creator?: string } = {}): Document {
  return new Document({
    title: o.title,
    creator: o.creator ?? '政协工委助手',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: faceRun('body') } } },
    sections,
  });
}

export function packDocx(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array');
}

/** A FormalData document (shared/print/formal.ts) as a .docx: title, then its blocks. */
export function formalDocx(data: FormalData): Promise<Uint8Array> {
  return packDocx(formalDocument([formalSection([titleParagraph(data.title), ...data.blocks.map(blockParagraph)])], { title: data.title }));
}
