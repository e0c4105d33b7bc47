import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { ConsultationListData } from '../print/consultation';
import { formalDocument, formalSection, packDocx, run, titleParagraph } from '../print/docx/formal-docx';

/**
 * The year's list as a .docx (the record and the 专报 are FormalData: formalDocx
 * in shared/print/docx); a table on the GB/T 9704 page, 四号 so ten columns fit.
 */
const cell = (text: string, width: number, head = false) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(text, head ? 'heading1' : 'body', { size: 20 })] })] });

const WIDTHS = [5, 6, 29, 10, 9, 11, 8, 10, 6, 6];
const HEADS = ['序号', '计划', '议题', '类别', '来源', '协商日期', '状态', '报送对象', '采纳', '措施落实'];

export function consultationListDocx(d: ConsultationListData): Promise<Uint8Array> {
  const rows = [
    new TableRow({ tableHeader: true, children: HEADS.map((h, i) => cell(h, WIDTHS[i], true)) }),
    ...d.rows.map((r, n) => new TableRow({
      cantSplit: true,
      children: [String(n + 1), r.month, r.title, r.category, r.source, r.meeting, r.state, r.recipient, r.adoption, r.measures].map((t, i) => cell(t, WIDTHS[i])),
    })),
  ];
  return packDocx(formalDocument([formalSection([titleParagraph(d.title), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })])], { title: d.title }));
}
