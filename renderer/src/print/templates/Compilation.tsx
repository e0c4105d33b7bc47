import { useLayoutEffect, useRef, useState } from 'react';
import type { CompilationData } from '../../../../shared/print/suggestions';
import { paragraphs } from '../../../../shared/suggestions/compilation';
import { FONT } from '../fonts';
import { formalPageCss, formalTemplate, GBT9704, LINE_PX, SPACING_PX } from './Formal';
import type { PrintTemplate } from './types';

/**
 * 建议汇编 in the GB/T 9704 layout (Formal.tsx): a cover, the contents with
 * page numbers, then the suggestions grouped by category (一、 in 黑体),
 * numbered (楷体), each with its submitters and text (仿宋).
 *
 * Page numbers: every line of the contents and the body sits on the
 * layout's line grid (22 lines of LINE_PX a page, no margins, spacer lines
 * instead: a margin would be dropped at a page break and shift the grid), so
 * an element's page is its offset in the flow divided by a page's 22 lines.
 * The cover and the contents end with a forced break; the contents' own
 * length is measured the same way. Measured once laid out, before the page
 * says it is ready (print/main.tsx).
 */
const PAGE_PX = GBT9704.lines * LINE_PX;
const INDENT = `calc(2em + ${2 * SPACING_PX}px)`;

export function pagesOf(flowHeight: number): number {
  return Math.max(1, Math.ceil(flowHeight / PAGE_PX - 1e-3));
}

export function pageAt(offset: number, firstPage: number): number {
  return firstPage + Math.floor((offset + 0.5) / PAGE_PX);
}

function Compilation({ data }: { data: CompilationData }) {
  const contents = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Record<string, number>>({});
  useLayoutEffect(() => {
    if (!contents.current || !body.current) return;
    const bodyStart = 2 + pagesOf(contents.current.getBoundingClientRect().height);
    const top = body.current.getBoundingClientRect().top;
    const found: Record<string, number> = {};
    for (const el of body.current.querySelectorAll<HTMLElement>('[data-anchor]')) found[el.dataset.anchor!] = pageAt(el.getBoundingClientRect().top - top, bodyStart);
    setPages(found);
  }, [data]);
  const page = (k: string) => <span className="c-page">{pages[k] ?? ''}</span>;
  return (
    <article className="formal compilation">
      <section className="c-cover">
        <h1 className="c-cover-title">{data.title}</h1>
        <p className="c-cover-line">{data.period}</p>
        <p className="c-cover-line">共 {data.total} 条</p>
        <p className="c-cover-by">{data.compiler}</p>
        <p className="c-cover-by">{data.date}</p>
      </section>
      <div className="c-contents" ref={contents}>
        <h2 className="c-contents-title">目　　录</h2>
        {data.groups.map((g, i) => (
          <div key={g.category}>
            <div className="c-entry c-entry-group"><span className="c-entry-text">{g.ordinal}、{g.category}（{g.items.length} 条）</span><span className="c-leader" />{page(`g${i}`)}</div>
            {g.items.map((it) => (
              <div key={it.no} className="c-entry c-entry-item"><span className="c-entry-text">{it.no}．{it.title}</span><span className="c-leader" />{page(`n${it.no}`)}</div>
            ))}
          </div>
        ))}
      </div>
      <div className="c-body" ref={body}>
        <h1 className="formal-title c-title">{data.title}</h1>
        {!data.groups.length && <p>本次征集暂无建议。</p>}
        {data.groups.map((g, i) => (
          <section key={g.category} className="c-group">
            <h2 className="formal-h1" data-anchor={`g${i}`}>{g.ordinal}、{g.category}</h2>
            {g.items.map((it) => (
              <div key={it.no} className="c-item">
                <h3 className="formal-h2" data-anchor={`n${it.no}`}>{it.no}．{it.title}</h3>
                <p className="c-by">提交人：{it.submitters}</p>
                {paragraphs(it.content).map((p, k) => <p key={k}>{p}</p>)}
                <div className="c-gap" />
              </div>
            ))}
          </section>
        ))}
      </div>
    </article>
  );
}

export const compilationTemplate: PrintTemplate<'compilation'> = {
  // The cover carries no page number.
  pageCss: () => `${formalPageCss()}\n@page :first{@bottom-right{content:none}@bottom-left{content:none}}`,
  css: `${formalTemplate.css}
.compilation p,.compilation h1,.compilation h2,.compilation h3{margin:0}
.compilation .c-cover{break-after:page;text-align:center;padding-top:${3 * LINE_PX}px}
.compilation .c-cover-title{font-family:${FONT.title};font-size:26pt;line-height:${3 * LINE_PX}px;letter-spacing:0;text-indent:0;text-wrap:balance;margin-bottom:${2 * LINE_PX}px}
.compilation .c-cover-line{font-family:${FONT.kai};text-indent:0;text-align:center}
.compilation .c-cover-by{text-indent:0;text-align:center;margin-top:${LINE_PX}px}
.compilation .c-cover p:nth-of-type(3){margin-top:${6 * LINE_PX}px}
.compilation .c-contents{break-after:page}
.compilation .c-contents-title{font-family:${FONT.hei};text-align:center;text-indent:0;line-height:${2 * LINE_PX}px}
.compilation .c-entry{display:flex;align-items:flex-end;text-indent:0}
.compilation .c-entry-group{font-family:${FONT.hei}}
.compilation .c-entry-item{padding-left:1em}
.compilation .c-entry-text{flex:0 1 auto}
.compilation .c-leader{flex:1 0 2em;border-bottom:1px dotted #000;margin:0 0.3em 0.35em}
.compilation .c-page{flex:none;min-width:2.5em;text-align:right}
.compilation .c-title{line-height:${2 * LINE_PX}px;margin-bottom:0}
.compilation .c-by{font-family:${FONT.kai}}
.compilation .c-gap{height:${LINE_PX}px}
.compilation p{text-indent:${INDENT}}`,
  Component: Compilation,
};
