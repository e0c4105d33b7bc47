import type { SignInData } from '../../../../shared/print/signin';
import { barcodeSvg } from '../barcode';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

function Row({ no, row, barcode }: { no: number; row?: SignInData['rows'][number]; barcode: boolean }) {
  const svg = barcode && row ? barcodeSvg(row.memberNo) : null;
  return (
    <tr className="signin-row">
      <td className="c">{no}</td>
      <td className="c name">{row?.name ?? ''}</td>
      <td className="c">{row?.sector ?? ''}</td>
      {barcode && (
        <td className="barcode">
          {svg && <span dangerouslySetInnerHTML={{ __html: svg }} />}
          {row?.memberNo && <span className="no">{row.memberNo}</span>}
        </td>
      )}
      <td className="unit">{row?.unitAndPost ?? ''}</td>
      <td />
      <td />
    </tr>
  );
}

/** 签到表: 序号, 姓名, 界别, 工作单位及职务, 签名, 备注 (domain.md), the head repeated on every page. */
function SignInSheet({ data }: { data: SignInData }) {
  const cols = data.barcode ? ['9%', '12%', '13%', '17%', '25%', '14%', '10%'] : ['8%', '13%', '14%', '35%', '18%', '12%'];
  const heads = ['序号', '姓名', '界别', ...(data.barcode ? ['委员编号'] : []), '工作单位及职务', '签名', '备注'];
  const blanks = Array.from({ length: data.blankRows }, (_, i) => data.rows.length + i + 1);
  return (
    <table className="grid signin" aria-label={data.title}>
      <colgroup>{cols.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>
      <thead>
        <tr>
          <th className="doc-head" colSpan={heads.length}>
            <div className="doc-title">{data.title}</div>
            <div className="doc-meta">
              <span>时间：{data.time}</span>
              <span>地点：{data.place}</span>
            </div>
          </th>
        </tr>
        <tr>{heads.map((h) => <th key={h} className="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {data.rows.map((r, i) => <Row key={i} no={i + 1} row={r} barcode={data.barcode} />)}
        {blanks.map((n) => <Row key={`b${n}`} no={n} barcode={data.barcode} />)}
      </tbody>
    </table>
  );
}

export const signInTemplate: PrintTemplate<'signin'> = {
  pageCss: (setup) => pageCss(setup, '14mm 12mm 16mm 12mm', 'count'),
  css: `.signin td{height:11mm;font-size:11pt}
.signin td.name{font-family:${FONT.kai};font-size:13pt}
.signin td.unit{font-size:9.5pt;line-height:1.25}`,
  Component: SignInSheet,
};
