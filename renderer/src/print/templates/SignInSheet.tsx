import type { PageSetup } from '../../../../shared/print/page';
import { fittedBlankRows, signInRowsPerPage, type SignInData } from '../../../../shared/print/signin';
import { barcodeSvg } from '../barcode';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

function Row({ no, row, barcode }: { no: number; row?: SignInData['rows'][number]; barcode: boolean }) {
  const svg = barcode && row ? barcodeSvg(row.memberNo) : null;
  return (
    <tr className="signin-row">
      <td className="c">{no}</td>
      <td className={row && [...row.name].length > 4 ? 'c name long' : 'c name'}>{row?.name ?? ''}</td>
      <td className="c sector"><div className="clip">{row?.sector ?? ''}</div></td>
      {barcode && (
        <td className="barcode">
          {svg && <span dangerouslySetInnerHTML={{ __html: svg }} />}
          {row?.memberNo && <span className="no">{row.memberNo}</span>}
        </td>
      )}
      <td className={(row?.unitAndPost.length ?? 0) > 24 ? 'unit long' : 'unit'}><div className="clip">{row?.unitAndPost ?? ''}</div></td>
      <td />
      <td className="c note">{row?.note ?? ''}</td>
    </tr>
  );
}

/** 签到表: 序号, 姓名, 界别, 工作单位及职务, 签名, 备注 (domain.md), the head repeated on every page. */
function SignInSheet({ data, setup }: { data: SignInData; setup: PageSetup }) {
  const cols = data.barcode ? ['9%', '12%', '13%', '17%', '25%', '14%', '10%'] : ['8%', '13%', '14%', '35%', '18%', '12%'];
  const heads = ['序号', '姓名', '界别', ...(data.barcode ? ['委员编号'] : []), '工作单位及职务', '签名', '备注'];
  const blankRows = data.fitBlankRows ? fittedBlankRows(data.rows.length, data.blankRows, signInRowsPerPage(setup, data.title)) : data.blankRows;
  const blanks = Array.from({ length: blankRows }, (_, i) => data.rows.length + i + 1);
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
  // Rows keep one height (shared/print/signin.ts SIGNIN_LAYOUT counts on it): long names and units get a smaller size, units two lines at most.
  css: `.signin td{height:11mm;font-size:11pt}
.signin td.name{font-family:${FONT.kai};font-size:13pt;line-height:1.2}
.signin td.name.long{font-size:10pt}
.signin td.unit{font-size:9.5pt;line-height:1.25}
.signin td.unit.long{font-size:8pt}
.signin td.unit .clip{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;max-height:2.5em}
.signin td.sector .clip{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;line-height:1.15;max-height:2.3em}
.signin td.barcode{padding:0.5mm 1mm}
.signin td.barcode svg{height:5.5mm}
.signin td.barcode .no{line-height:1.1}
.signin td.note{font-size:10.5pt}`,
  Component: SignInSheet,
};
