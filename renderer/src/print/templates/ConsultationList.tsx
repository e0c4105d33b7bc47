import type { ConsultationListData } from '../../../../shared/print/consultation';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

/** 协商议题和成果一览: a plain A4 table of the year's topics, the head repeated on every page. */
function ConsultationList({ data }: { data: ConsultationListData }) {
  const heads: Array<[string, string]> = [['序号', '5%'], ['计划', '6%'], ['议题', '29%'], ['类别', '10%'], ['来源', '9%'], ['协商日期', '11%'], ['状态', '8%'], ['报送对象', '10%'], ['采纳', '6%'], ['措施落实', '6%']];
  return (
    <table className="grid clist" aria-label={data.title}>
      <colgroup>{heads.map(([h, w]) => <col key={h} style={{ width: w }} />)}</colgroup>
      <thead>
        <tr><th className="doc-head" colSpan={heads.length}><div className="doc-title">{data.title}</div><div className="doc-meta"><span>共 {data.rows.length} 个议题</span></div></th></tr>
        <tr>{heads.map(([h]) => <th key={h} className="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {data.rows.map((r, i) => (
          <tr key={i}>
            <td className="c">{i + 1}</td><td className="c">{r.month}</td><td>{r.title}</td><td className="c">{r.category}</td><td className="c">{r.source}</td>
            <td className="c">{r.meeting}</td><td className="c">{r.state}</td><td className="c">{r.recipient}</td><td className="c">{r.adoption}</td><td className="c">{r.measures}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const consultationListTemplate: PrintTemplate<'consultationList'> = {
  pageCss: (setup) => pageCss(setup, '14mm 12mm 16mm 12mm', 'count'),
  css: '.clist td{font-size:9.5pt;line-height:1.3;height:8mm}',
  Component: ConsultationList,
};
