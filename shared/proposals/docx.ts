import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { ProposalSheetData } from '../print/proposal';
import { blockParagraph, formalDocument, formalSection, packDocx, run, titleParagraph } from '../print/docx/formal-docx';

/**
 * The 提案表 as a .docx (Word and WPS), on the shared GB/T 9704 base
 * (shared/print/docx): the same parts as the printed sheet, every run with
 * its East Asian face and zh-CN declared.
 */
const cellText = (text: string, hei = false) =>
  new Paragraph({ children: [run(text, hei ? 'heading1' : 'body', { size: 28 })] });

function cell(text: string, o: { hei?: boolean; span?: number; width: number }): TableCell {
  return new TableCell({ columnSpan: o.span, width: { size: o.width, type: WidthType.PERCENTAGE }, children: [cellText(text, o.hei)] });
}

function infoTable(d: ProposalSheetData): Table {
  const p = d.proposer;
  const rows = [
    [cell('案由', { hei: true, width: 17 }), cell(d.title, { span: 3, width: 83, hei: true })],
    [cell('提案者', { hei: true, width: 17 }), cell(p.name, { width: 33 }), cell('界别', { hei: true, width: 17 }), cell(p.sector, { width: 33 })],
    [cell('工作单位', { hei: true, width: 17 }), cell(p.unit, { span: 3, width: 83 })],
    [cell('联系地址', { hei: true, width: 17 }), cell(p.address, { width: 33 }), cell('联系电话', { hei: true, width: 17 }), cell(p.phone, { width: 33 })],
    [cell('联名人', { hei: true, width: 17 }), cell(d.coSigners.join('、') || '无', { span: 3, width: 83 })],
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((children) => new TableRow({ children })) });
}

function endTable(d: ProposalSheetData): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell('审查意见', { hei: true, width: 17 }), cell(d.review, { width: 83 })] }),
      new TableRow({ children: [cell('收文时间', { hei: true, width: 17 }), cell(d.receivedAt, { width: 83 })] }),
    ],
  });
}

const lines = (t: string) => t.split(/\n+/).map((s) => s.trim()).filter(Boolean);

export function proposalDocx(d: ProposalSheetData): Promise<Uint8Array> {
  const body = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(d.plenary, 'pageNumber')] }),
    titleParagraph('提　案'),
    new Paragraph({ children: [run(`类别：${d.category}　　　　编号：${d.numberText || '（立案后编号）'}`, 'body', { size: 28 })] }),
    infoTable(d),
    ...([['一、情况', d.situation], ['二、分析', d.analysis], ['三、建议', d.measures]] as const).flatMap(([h, t]) => [
      blockParagraph({ type: 'heading1', text: h }),
      ...lines(t).map((text) => blockParagraph({ type: 'para', text })),
    ]),
    new Paragraph({ children: [] }),
    endTable(d),
  ];
  return packDocx(formalDocument([formalSection(body)], { title: d.title }));
}
