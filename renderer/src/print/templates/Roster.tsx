import type { RosterData } from '../../../../shared/print/roster';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

/** 委员名单: a plain table, the head repeated on every page. */
function Roster({ data }: { data: RosterData }) {
  const heads: Array<[string, string]> = [
    ['序号', '5%'], ['姓名', '8%'], ['性别', '5%'], ['界别', '9%'], ['党派', '8%'], ['专委会', '15%'],
    ['工作单位及职务', data.showPhone ? '26%' : '36%'], ['委员编号', '10%'], ...(data.showPhone ? [['联系电话', '12%'] as [string, string]] : []),
  ];
  return (
    <table className="grid roster" aria-label={data.title}>
      <colgroup>{heads.map(([h, w]) => <col key={h} style={{ width: w }} />)}</colgroup>
      <thead>
        <tr>
          <th className="doc-head" colSpan={heads.length}>
            <div className="doc-title">{data.title}</div>
            <div className="doc-meta"><span>共 {data.rows.length} 人</span></div>
          </th>
        </tr>
        <tr>{heads.map(([h]) => <th key={h} className="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {data.rows.map((r, i) => (
          <tr key={i}>
            <td className="c">{i + 1}</td>
            <td className="c">{r.name}</td>
            <td className="c">{r.gender}</td>
            <td className="c">{r.sector}</td>
            <td className="c">{r.party}</td>
            <td>{r.committees.join('、')}</td>
            <td>{r.unitAndPost}</td>
            <td className="c">{r.memberNo}</td>
            {data.showPhone && <td className="c">{r.phone}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const rosterTemplate: PrintTemplate<'roster'> = {
  pageCss: (setup) => pageCss(setup, '14mm 12mm 16mm 12mm', 'count'),
  css: '.roster td{font-size:9.5pt;line-height:1.3;height:8mm}',
  Component: Roster,
};
