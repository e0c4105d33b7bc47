import type { AwardListData, SuggestionFiguresData } from '../../../../shared/print/suggestions';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

/** 献一计's one-page figures and its award list: A4 portrait, title in 小标宋, tables in 仿宋. */

const A4 = { paper: 'A4', orientation: 'portrait' } as const;
const COMMON = `.sg{font-family:${FONT.fangsong};font-size:12pt}
.sg .sg-title{font-family:${FONT.title};font-size:20pt;text-align:center;margin:0 0 3mm}
.sg .sg-meta{text-align:center;font-family:${FONT.kai};margin-bottom:5mm}
.sg .sg-sign{text-align:right;margin-top:6mm}
.sg table.grid{margin-bottom:4mm}
.sg table.grid td{font-size:11pt}`;

function Figures({ data }: { data: SuggestionFiguresData }) {
  return (
    <div className="sg sg-figures">
      <h1 className="sg-title">{data.title}</h1>
      <div className="sg-meta">{data.period}</div>
      <table className="grid sg-totals" aria-label="总数">
        <tbody>
          <tr>{data.totals.map((t) => <th key={t.label} className="col">{t.label}</th>)}</tr>
          <tr>{data.totals.map((t) => <td key={t.label} style={{ textAlign: 'center' }}>{t.value}</td>)}</tr>
        </tbody>
      </table>
      <div className="sg-cols">
        {data.tables.map((t) => {
          const total = t.rows.reduce((n, r) => n + r.count, 0);
          return (
            <table key={t.label} className="grid" aria-label={t.label}>
              <thead><tr><th className="col">{t.label}</th><th className="col" style={{ width: '22%' }}>条数</th><th className="col" style={{ width: '22%' }}>占比</th></tr></thead>
              <tbody>
                {t.rows.map((r) => (
                  <tr key={r.key}><td>{r.key}</td><td style={{ textAlign: 'right' }}>{r.count}</td><td style={{ textAlign: 'right' }}>{total ? `${((r.count * 100) / total).toFixed(1)}%` : '—'}</td></tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
      <div className="sg-sign">{data.compiler}　{data.date}</div>
    </div>
  );
}

export const suggestionFiguresTemplate: PrintTemplate<'suggestionFigures'> = {
  pageCss: () => pageCss(A4, '18mm 16mm 16mm 16mm', 'none'),
  // Two columns of small tables so the whole summary stays on one page.
  css: `${COMMON}
.sg-figures .sg-cols{column-count:2;column-gap:6mm}
.sg-figures .sg-cols table.grid{break-inside:avoid}
.sg-figures table.grid td{padding:0.6mm 1.5mm;font-size:10pt}`,
  Component: Figures,
};

function AwardList({ data }: { data: AwardListData }) {
  let no = 0;
  return (
    <div className="sg sg-awards">
      <h1 className="sg-title">{data.title}</h1>
      {!data.groups.length && <p>尚未评出获奖建议。</p>}
      {data.groups.map((g) => (
        <table key={g.level} className="grid" aria-label={g.level}>
          <colgroup><col style={{ width: '8%' }} /><col style={{ width: '52%' }} /><col style={{ width: '26%' }} /><col style={{ width: '14%' }} /></colgroup>
          <thead>
            <tr><th className="doc-head sg-level" colSpan={4}>{g.level}（{g.items.length} 项）</th></tr>
            <tr><th className="col">序号</th><th className="col">建议标题</th><th className="col">提交人</th><th className="col">类别</th></tr>
          </thead>
          <tbody>
            {g.items.map((it) => (
              <tr key={++no}><td style={{ textAlign: 'center' }}>{no}</td><td>{it.title}</td><td>{it.submitters}</td><td style={{ textAlign: 'center' }}>{it.category}</td></tr>
            ))}
          </tbody>
        </table>
      ))}
      <div className="sg-sign">{data.compiler}　{data.date}</div>
    </div>
  );
}

export const awardListTemplate: PrintTemplate<'awardList'> = {
  pageCss: () => pageCss(A4, '25mm 20mm 22mm 20mm', 'count'),
  css: `${COMMON}
.sg-awards .sg-level{font-family:${FONT.hei};font-size:14pt;text-align:left;padding:2mm 0;font-weight:normal}`,
  Component: AwardList,
};
