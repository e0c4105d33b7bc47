import type { ProposalSheetData } from '../../../../shared/print/proposal';
import { FONT } from '../fonts';
import { FORMAL_CSS, FORMAL_LINE_PX, formalPageCss, GBT9704 } from './Formal';
import type { PrintTemplate } from './types';

/** Paragraphs of a part: one per line the member wrote. */
function paras(text: string): string[] {
  return text.split(/\n+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * 提案表 (domain.md, Proposals): the header with the plenary, number and
 * category; a table of 案由, 提案者 (界别, unit, address, phone) and 联名人;
 * the body 情况 / 分析 / 建议 in the GB/T 9704 body grid (Formal.tsx); then
 * 审查意见 and 收文时间.
 */
function ProposalSheet({ data }: { data: ProposalSheetData }) {
  const p = data.proposer;
  const parts: Array<[string, string]> = [['一、情况', data.situation], ['二、分析', data.analysis], ['三、建议', data.measures]];
  return (
    <article className="formal proposal">
      <div className="pp-plenary">{data.plenary}</div>
      <h1 className="formal-title">提　案</h1>
      <div className="pp-meta"><span>类别：{data.category || '　　　　'}</span><span>编号：{data.numberText || '（立案后编号）'}</span></div>
      <table className="pp-grid">
        <colgroup><col style={{ width: '17%' }} /><col style={{ width: '33%' }} /><col style={{ width: '17%' }} /><col style={{ width: '33%' }} /></colgroup>
        <tbody>
          <tr><th>案　由</th><td colSpan={3} className="pp-title">{data.title}</td></tr>
          <tr><th>提案者</th><td>{p.name}</td><th>界　别</th><td>{p.sector}</td></tr>
          <tr><th>工作单位</th><td colSpan={3}>{p.unit}</td></tr>
          <tr><th>联系地址</th><td>{p.address}</td><th>联系电话</th><td>{p.phone}</td></tr>
          <tr><th>联名人</th><td colSpan={3}>{data.coSigners.join('、') || '无'}</td></tr>
        </tbody>
      </table>
      {parts.map(([head, text]) => (
        <section key={head}>
          <h2 className="formal-h1">{head}</h2>
          {paras(text).map((t, i) => <p key={i} className="formal-para">{t}</p>)}
        </section>
      ))}
      <table className="pp-grid pp-end">
        <colgroup><col style={{ width: '17%' }} /><col style={{ width: '83%' }} /></colgroup>
        <tbody>
          <tr><th>审查意见</th><td>{data.review}</td></tr>
          <tr><th>收文时间</th><td>{data.receivedAt}</td></tr>
        </tbody>
      </table>
    </article>
  );
}

export const PROPOSAL_SHEET_CSS = `${FORMAL_CSS}
.proposal .pp-plenary{font-family:${FONT.song};font-size:14pt;text-align:center;text-indent:0;letter-spacing:0}
.proposal .formal-title{margin-bottom:0;letter-spacing:8pt}
.proposal .pp-meta{display:flex;justify-content:space-between;font-size:14pt;letter-spacing:0;text-indent:0}
.proposal table.pp-grid{width:${GBT9704.blockWidthMm}mm;border-collapse:collapse;table-layout:fixed;margin:2mm 0 ${FORMAL_LINE_PX / 2}px;letter-spacing:0}
.proposal .pp-grid th,.proposal .pp-grid td{border:0.75pt solid #000;padding:1mm 2mm;font-size:14pt;line-height:1.5;text-indent:0;vertical-align:middle;word-break:break-all}
.proposal .pp-grid th{font-family:${FONT.hei};font-weight:normal;text-align:center}
.proposal .pp-grid td.pp-title{font-family:${FONT.hei}}
.proposal .pp-end{margin-top:${FORMAL_LINE_PX}px;break-inside:avoid}
.proposal .pp-end td{height:14mm}`;

export const proposalSheetTemplate: PrintTemplate<'proposal'> = {
  pageCss: formalPageCss,
  css: PROPOSAL_SHEET_CSS,
  Component: ProposalSheet,
};
