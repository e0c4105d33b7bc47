import type { AttendanceReportData } from '../../../../shared/print/attendance';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

/** 出勤报告: title, time/period, a row of figures, then the tables (members below the rate marked ★). */
function AttendanceReport({ data }: { data: AttendanceReportData }) {
  return (
    <div className="att-report">
      <div className="doc-title">{data.title}</div>
      {data.meta.length > 0 && <div className="doc-meta">{data.meta.map((m, i) => <span key={i}>{m}</span>)}</div>}
      {data.summary.length > 0 && (
        <table className="att-summary">
          <tbody>
            <tr>{data.summary.map((s, i) => <td key={i}><div className="l">{s.label}</div><div className="v">{s.value}</div></td>)}</tr>
          </tbody>
        </table>
      )}
      {data.tables.map((t, ti) => {
        const marked = new Set(t.marked);
        return (
          <table key={ti} className="grid att-table" aria-label={t.caption || data.title}>
            <colgroup>{t.columns.map((c, i) => <col key={i} style={{ width: `${c.width}%` }} />)}</colgroup>
            <thead>
              {t.caption && <tr><th className="doc-head att-caption" colSpan={t.columns.length}>{t.caption}</th></tr>}
              <tr>{t.columns.map((c, i) => <th key={i} className="col">{c.title}</th>)}</tr>
            </thead>
            <tbody>
              {t.rows.map((r, ri) => (
                <tr key={ri} className={marked.has(ri) ? 'marked' : undefined}>
                  {r.map((cell, ci) => <td key={ci} style={{ textAlign: t.columns[ci]?.align ?? 'center' }}>{ci === 0 && marked.has(ri) ? `★${cell}` : cell}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {data.notes && <p className="att-notes">{data.notes}</p>}
    </div>
  );
}

export const attendanceReportTemplate: PrintTemplate<'attendance'> = {
  pageCss: (setup) => pageCss(setup, '16mm 14mm 16mm 14mm', 'count'),
  css: `.att-report .doc-meta{justify-content:center}
.att-summary{width:100%;border-collapse:collapse;margin:4mm 0 5mm}
.att-summary td{border:0.75pt solid #000;text-align:center;padding:1.5mm 0}
.att-summary .l{font-family:${FONT.hei};font-size:10pt}
.att-summary .v{font-size:15pt}
.att-table{margin-bottom:6mm}
.att-table td{font-size:10pt;line-height:1.3;height:7mm}
.att-caption{font-family:${FONT.hei};font-size:13pt;text-align:left}
.att-table tr.marked td{font-weight:bold}
.att-notes{font-family:${FONT.fangsong};font-size:11pt}`,
  Component: AttendanceReport,
};
