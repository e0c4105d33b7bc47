import { FONT, FONT_FACE_CSS } from './fonts';

/** Styles every print template shares (tables, titles). Each template adds its own @page rule. */
export const BASE_CSS = `${FONT_FACE_CSS}
*{box-sizing:border-box}
html,body{margin:0;padding:0;background:#fff;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-family:${FONT.song};font-size:11pt}
.print-error{margin:20mm;padding:6mm;border:1px solid #b00;color:#b00;font:14pt ${FONT.hei}}
.print-waiting{margin:20mm;color:#555;font:12pt ${FONT.hei}}
table.grid{width:100%;border-collapse:collapse;table-layout:fixed}
table.grid thead{display:table-header-group}
table.grid tr{break-inside:avoid;page-break-inside:avoid}
table.grid td,table.grid th.col{border:0.75pt solid #000;padding:1mm 1.5mm;vertical-align:middle;overflow:hidden;word-break:break-all}
table.grid th.col{font-family:${FONT.hei};font-weight:normal;font-size:11pt;text-align:center;background:#f2f2f2}
table.grid td.c{text-align:center}
table.grid th.doc-head{border:none;padding:0 0 3mm 0;font-weight:normal}
.doc-title{font-family:${FONT.title};font-size:20pt;text-align:center;line-height:1.4;letter-spacing:1pt;text-wrap:balance}
.doc-meta{display:flex;justify-content:space-between;gap:8mm;font-family:${FONT.fangsong};font-size:12pt;margin-top:2mm}
.doc-meta span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.barcode svg{display:block;height:6mm;width:auto;max-width:100%;margin:0 auto}
.barcode .no{display:block;font-size:7pt;text-align:center;letter-spacing:0.5pt}
`;
