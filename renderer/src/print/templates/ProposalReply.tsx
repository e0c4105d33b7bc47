import type { ReplySheetData } from '../../../../shared/print/proposal';
import { FONT } from '../fonts';
import { FORMAL_CSS, formalPageCss, GBT9704 } from './Formal';
import type { PrintTemplate } from './types';

/** 提案答复单: the reply of one handling round (class, units, date, summary, contact), GB/T 9704 page. */
function ProposalReply({ data }: { data: ReplySheetData }) {
  const rows: Array<[string, string]> = [
    ['提案编号', data.numberText], ['案　由', data.title], ['提案者', data.proposer], ['承办单位', data.units],
    ['答复类别', data.replyClass], ['答复日期', data.date], ['联系人及电话', data.contact],
  ];
  return (
    <article className="formal reply">
      <h1 className="formal-title">提案办理答复单</h1>
      <div className="rp-round">{data.round > 1 ? `第 ${data.round} 次答复（重新办理）` : ''}</div>
      <table className="rp-grid">
        <colgroup><col style={{ width: '22%' }} /><col style={{ width: '78%' }} /></colgroup>
        <tbody>
          {rows.map(([h, v]) => <tr key={h}><th>{h}</th><td>{v}</td></tr>)}
          <tr><th>答复内容摘要</th><td className="rp-summary">{data.summary}</td></tr>
        </tbody>
      </table>
    </article>
  );
}

export const proposalReplyTemplate: PrintTemplate<'proposalReply'> = {
  pageCss: formalPageCss,
  css: `${FORMAL_CSS}
.reply .rp-round{text-align:center;text-indent:0;font-size:14pt}
.reply table.rp-grid{width:${GBT9704.blockWidthMm}mm;border-collapse:collapse;table-layout:fixed;letter-spacing:0}
.reply .rp-grid th,.reply .rp-grid td{border:0.75pt solid #000;padding:2mm;font-size:14pt;line-height:1.6;text-indent:0;vertical-align:middle;word-break:break-all}
.reply .rp-grid th{font-family:${FONT.hei};font-weight:normal}
.reply .rp-summary{height:80mm;vertical-align:top;white-space:pre-wrap}`,
  Component: ProposalReply,
};
