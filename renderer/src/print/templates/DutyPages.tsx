import type { DutyBulletinData, DutyRecordData, DutyRecordOne, ReportSheetData } from '../../../../shared/print/duty';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

const A4 = { paper: 'A4', orientation: 'portrait' } as const;
const paras = (text: string) => text.split(/\n+/).map((s) => s.trim()).filter(Boolean);
const pts = (n: number) => (n > 0 ? `+${n}` : String(n));

/** 社情民意信息: the header of the office, the title, who and when, the three parts, HQ's outcomes; one A4 page for ~1,500 characters. */
function ReportSheet({ data }: { data: ReportSheetData }) {
  const parts: Array<[string, string]> = [['一、基本情况', data.situation], ['二、原因分析', data.cause], ['三、意见建议', data.advice]];
  return (
    <article className="report">
      <div className="rp-mast">社情民意信息</div>
      <div className="rp-office">{data.office}　　{data.date}</div>
      <h1 className="rp-title">{data.title}</h1>
      <div className="rp-meta">反映人：{data.reporters}{data.category ? `　　类别：${data.category}` : ''}</div>
      {parts.map(([head, body]) => (
        <section key={head}>
          <h2 className="rp-h">{head}</h2>
          {paras(body).map((t, i) => <p key={i} className="rp-p">{t}</p>)}
        </section>
      ))}
      {data.outcomes.length > 0 && (
        <section className="rp-out"><h2 className="rp-h">采用及批示情况</h2>{data.outcomes.map((t, i) => <p key={i} className="rp-p">{t}</p>)}</section>
      )}
    </article>
  );
}

export const reportSheetTemplate: PrintTemplate<'report'> = {
  pageCss: () => pageCss(A4, '20mm 20mm 20mm 22mm', 'count'),
  css: `.report{font-family:${FONT.fangsong};font-size:12.5pt;line-height:1.6}
.rp-mast{font-family:${FONT.title};font-size:24pt;color:#c00;text-align:center;letter-spacing:6pt;border-bottom:1.5pt solid #c00;padding-bottom:2mm}
.rp-office{text-align:center;font-size:11pt;margin:2mm 0 4mm}
.rp-title{font-family:${FONT.title};font-size:17pt;font-weight:normal;text-align:center;margin:2mm 0;text-wrap:balance}
.rp-meta{text-align:center;font-family:${FONT.kai};font-size:12pt;margin-bottom:3mm}
.rp-h{font-family:${FONT.hei};font-size:13pt;font-weight:normal;margin:2mm 0 1mm}
.rp-p{text-indent:2em;margin:0;text-align:justify}
.rp-out{border-top:0.75pt solid #000;margin-top:3mm;font-size:11pt}`,
  Component: ReportSheet,
};

function OneRecord({ r, title, period }: { r: DutyRecordOne; title: string; period: string }) {
  return (
    <article className="duty-rec">
      <h1 className="dr-title">{title}</h1>
      <div className="dr-period">{period}</div>
      <table className="dr-grid"><tbody>
        <tr><th>姓名</th><td>{r.name}</td><th>委员编号</th><td>{r.memberNo}</td><th>界别</th><td>{r.sector}</td></tr>
        <tr><th>工作单位</th><td colSpan={3}>{r.unit}</td><th>所属工委</th><td>{r.office}</td></tr>
        <tr><th>专委会</th><td colSpan={5}>{r.committees || '—'}</td></tr>
        <tr><th>履职积分</th><td className="dr-total">{r.total} 分</td><th>等次</th><td>{r.grade || '—'}</td><th>基本要求</th><td>{!r.minimums.length ? '不作要求' : r.minimums.every((m) => m.met) ? '已达到' : '未达到'}</td></tr>
      </tbody></table>
      {r.minimums.length > 0 && <p className="dr-min">{r.minimums.map((m) => `${m.met ? '☑' : '☐'} ${m.label}（${m.count}）`).join('　')}</p>}
      {r.sessions.length > 0 && (
        <table className="dr-list"><thead><tr><th>活动类型</th><th>出席</th><th>请假</th><th>缺席</th><th>补学</th></tr></thead>
          <tbody>{r.sessions.map((s) => <tr key={s.kind}><td>{s.kind}</td><td className="c">{s.attended}</td><td className="c">{s.leave}</td><td className="c">{s.absent}</td><td className="c">{s.makeUp}</td></tr>)}</tbody>
        </table>
      )}
      <table className="dr-list"><thead><tr><th>积分项目</th><th>次数</th><th>积分</th></tr></thead>
        <tbody>{r.lines.map((l) => <tr key={l.label}><td>{l.label}</td><td className="c">{l.count}</td><td className="c">{pts(l.points)}</td></tr>)}</tbody>
      </table>
      <table className="dr-list dr-items"><thead><tr><th style={{ width: '16%' }}>日期</th><th>履职事项</th><th style={{ width: '10%' }}>积分</th></tr></thead>
        <tbody>{r.items.map((it, i) => <tr key={i}><td className="c">{it.date}</td><td>{it.label}{it.note ? `（${it.note}）` : ''}</td><td className="c">{pts(it.points)}</td></tr>)}</tbody>
      </table>
      {r.more > 0 && <p className="dr-more">另有 {r.more} 项未列出，详见系统中的履职档案。</p>}
    </article>
  );
}

/** 委员履职档案 / 年度履职报告: per member, the record table, the minimums, sessions by kind, points by item and the items; each member from a new page. */
function DutyRecord({ data }: { data: DutyRecordData }) {
  return <>{data.records.map((r, i) => <OneRecord key={i} r={r} title={data.title} period={data.period} />)}</>;
}

export const dutyRecordTemplate: PrintTemplate<'dutyRecord'> = {
  pageCss: () => pageCss(A4, '16mm 16mm 18mm 18mm', 'count'),
  css: `.duty-rec{font-family:${FONT.song};font-size:10pt;break-after:page}
.duty-rec:last-child{break-after:auto}
.dr-title{font-family:${FONT.title};font-size:18pt;font-weight:normal;text-align:center;margin:0 0 1mm}
.dr-period{text-align:center;font-family:${FONT.kai};font-size:11pt;margin-bottom:3mm}
table.dr-grid,table.dr-list{width:100%;border-collapse:collapse;table-layout:fixed;margin-bottom:2.5mm}
.dr-grid th,.dr-grid td,.dr-list th,.dr-list td{border:0.75pt solid #000;padding:0.6mm 1.5mm;word-break:break-all}
.dr-grid th,.dr-list th{font-family:${FONT.hei};font-weight:normal;background:#f2f2f2}
.dr-grid th{width:12%}
.dr-list td.c{text-align:center}
.dr-list tr{break-inside:avoid}
.dr-total{font-family:${FONT.hei};font-size:12pt}
.dr-min{margin:0 0 2.5mm}
.dr-items td{font-size:9pt;line-height:1.25}
.dr-more{font-size:9pt;color:#333}`,
  Component: DutyRecord,
};

/** 履职情况通报: the ranking with grades and the minimums each member fell short of, head repeated on every page. */
function DutyBulletin({ data }: { data: DutyBulletinData }) {
  const heads: Array<[string, string]> = [['名次', '7%'], ['姓名', '11%'], ['界别', '13%'], ['所属工委', '17%'], ['积分', '8%'], ['等次', '8%'], ['未达到的基本要求', '36%']];
  return (
    <table className="grid bulletin" aria-label={data.title}>
      <colgroup>{heads.map(([h, w]) => <col key={h} style={{ width: w }} />)}</colgroup>
      <thead>
        <tr><th className="doc-head" colSpan={heads.length}><div className="doc-title">{data.title}</div><div className="doc-meta"><span>{data.period}</span><span>{data.summary}</span></div></th></tr>
        <tr>{heads.map(([h]) => <th key={h} className="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {data.rows.map((r, i) => (
          <tr key={i} className={r.missing ? 'short' : undefined}>
            <td className="c">{r.rank}</td><td className="c">{r.name}</td><td className="c">{r.sector}</td><td className="c">{r.office}</td>
            <td className="c">{r.total}</td><td className="c">{r.grade}</td><td>{r.missing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const dutyBulletinTemplate: PrintTemplate<'dutyBulletin'> = {
  pageCss: (setup) => pageCss(setup, '14mm 12mm 16mm 12mm', 'count'),
  css: '.bulletin td{font-size:10pt;line-height:1.3;height:7mm}.bulletin tr.short td{font-weight:bold}',
  Component: DutyBulletin,
};
