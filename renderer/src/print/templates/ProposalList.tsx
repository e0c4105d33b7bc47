import type { ProposalListData } from '../../../../shared/print/proposal';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

/** 提案目录: a plain A4 table of proposals, the head repeated on every page. */
function ProposalList({ data }: { data: ProposalListData }) {
  const heads: Array<[string, string]> = [['序号', '5%'], ['编号', '13%'], ['案由', '30%'], ['提案者', '10%'], ['类别', '9%'], ['状态', '10%'], ['承办单位', '15%'], ['答复', '4%'], ['满意度', '6%']];
  return (
    <table className="grid plist" aria-label={data.title}>
      <colgroup>{heads.map(([h, w]) => <col key={h} style={{ width: w }} />)}</colgroup>
      <thead>
        <tr><th className="doc-head" colSpan={heads.length}><div className="doc-title">{data.title}</div><div className="doc-meta"><span>共 {data.rows.length} 件</span></div></th></tr>
        <tr>{heads.map(([h]) => <th key={h} className="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {data.rows.map((r, i) => (
          <tr key={i}>
            <td className="c">{i + 1}</td><td>{r.number}</td><td>{r.title}</td><td className="c">{r.proposer}</td><td className="c">{r.category}</td>
            <td className="c">{r.status}</td><td>{r.units}</td><td className="c">{r.replyClass}</td><td className="c">{r.satisfaction}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const proposalListTemplate: PrintTemplate<'proposalList'> = {
  pageCss: (setup) => pageCss(setup, '14mm 12mm 16mm 12mm', 'count'),
  css: '.plist td{font-size:9.5pt;line-height:1.3;height:8mm}',
  Component: ProposalList,
};
