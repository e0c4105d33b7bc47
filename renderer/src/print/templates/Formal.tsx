import type { FormalData } from '../../../../shared/print/formal';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

/**
 * GB/T 9704-2012 (domain.md, Printed layout): A4, top margin 37 mm, binding
 * margin 28 mm (left on odd pages, right on even pages), text block
 * 156 × 225 mm; body 3号仿宋 (16 pt), 22 lines of 28 characters; title 2号小标宋
 * (22 pt); 一、 in 黑体, （一） in 楷体; page number "— 1 —" in 4号 (14 pt),
 * 7 mm below the text block, on the outer side.
 */
export const GBT9704 = {
  topMm: 37,
  bindingMm: 28,
  blockWidthMm: 156,
  blockHeightMm: 225,
  lines: 22,
  chars: 28,
  bodyPt: 16,
  titlePt: 22,
} as const;

export const outerMm = 210 - GBT9704.bindingMm - GBT9704.blockWidthMm; // 26
export const bottomMm = 297 - GBT9704.topMm - GBT9704.blockHeightMm; // 35
// 156 mm / 28 = 5.571 mm per character, a hair under 16 pt (5.644 mm): tighten the spacing so 28 fit,
// with a margin for Chromium's 1/64 px layout units. A line pitch of 225 mm / 22, rounded down the same way.
const CHAR_PX = (GBT9704.blockWidthMm / GBT9704.chars / 25.4) * 96;
export const SPACING_PX = Math.floor((CHAR_PX - (GBT9704.bodyPt * 96) / 72) * 64 - 1) / 64;
export const LINE_PX = Math.floor(((GBT9704.blockHeightMm / GBT9704.lines / 25.4) * 96) * 64 - 2) / 64;

function Formal({ data }: { data: FormalData }) {
  return (
    <article className="formal">
      <h1 className="formal-title">{data.title}</h1>
      {data.blocks.map((b, i) => {
        if (b.type === 'heading1') return <h2 key={i} className="formal-h1">{b.text}</h2>;
        if (b.type === 'heading2') return <h3 key={i} className="formal-h2">{b.text}</h3>;
        return <p key={i} className={`formal-${b.type}`}>{b.text}</p>;
      })}
    </article>
  );
}

/** The GB/T 9704 page: A4 portrait, even pages mirrored so the binding margin stays inside; — n — outside. */
export const formalPageCss = () =>
  `${pageCss({ paper: 'A4', orientation: 'portrait' }, `${GBT9704.topMm}mm ${outerMm}mm ${bottomMm}mm ${GBT9704.bindingMm}mm`, 'dash')}
@page :left{margin-left:${outerMm}mm;margin-right:${GBT9704.bindingMm}mm}`;

/** The body grid of GB/T 9704 (3号仿宋, 22 lines × 28 characters), for documents built on it (提案表). */
export const FORMAL_CSS = `.formal{font-family:${FONT.fangsong};font-size:${GBT9704.bodyPt}pt;line-height:${LINE_PX}px;letter-spacing:${SPACING_PX}px;text-align:justify;width:${GBT9704.blockWidthMm}mm;widows:1;orphans:1}
.formal p,.formal h1,.formal h2,.formal h3{margin:0;font-weight:normal;font-size:${GBT9704.bodyPt}pt;line-height:${LINE_PX}px}
.formal p,.formal h2,.formal h3{text-indent:calc(2em + ${2 * SPACING_PX}px)}
.formal .formal-title{font-family:${FONT.title};font-size:${GBT9704.titlePt}pt;text-align:center;text-indent:0;letter-spacing:0;text-wrap:balance;margin-bottom:${LINE_PX}px}
.formal .formal-h1{font-family:${FONT.hei}}
.formal .formal-h2{font-family:${FONT.kai}}
.formal .formal-recipient{text-indent:0}
.formal .formal-signature,.formal .formal-date{text-align:right;text-indent:0;padding-right:calc(4em + ${4 * SPACING_PX}px)}
.formal .formal-signature{margin-top:${LINE_PX}px}`;

export const FORMAL_LINE_PX = LINE_PX;

export const formalTemplate: PrintTemplate<'formal'> = {
  pageCss: formalPageCss,
  css: FORMAL_CSS,
  Component: Formal,
};
