import { PAPER_MM, type PageSetup } from '../../../shared/print/page';
import { FONT } from './fonts';

export type Numbering = 'count' | 'dash' | 'none';

export function pageSize(setup: PageSetup): { width: number; height: number } {
  const mm = PAPER_MM[setup.paper];
  return setup.orientation === 'landscape' ? { width: mm.height, height: mm.width } : mm;
}

/**
 * One @page rule: size, margins and the page number in a margin box, so that
 * Chromium numbers pages the same way in both hosts (page.pdf, printToPDF and
 * webContents.print all honour CSS paged media).
 * "count": 第 x 页 共 y 页, centred below the text; "dash": — x —, outer side.
 */
export function pageCss(setup: PageSetup, margin: string, numbering: Numbering): string {
  const { width, height } = pageSize(setup);
  const size = `@page{size:${width}mm ${height}mm;margin:${margin};`;
  if (numbering === 'none') return `${size}}`;
  if (numbering === 'count') {
    return `${size}@bottom-center{content:"第 " counter(page) " 页  共 " counter(pages) " 页";font-family:${FONT.song};font-size:10.5pt;color:#000}}`;
  }
  const box = `content:"— " counter(page) " —";font-family:${FONT.song};font-size:14pt;vertical-align:top;padding-top:7mm;color:#000`;
  return `${size}}\n@page :right{@bottom-right{${box};text-align:right;padding-right:14pt}}\n@page :left{@bottom-left{${box};text-align:left;padding-left:14pt}}`;
}
