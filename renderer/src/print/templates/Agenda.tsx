import type { AgendaData } from '../../../../shared/print/agenda';
import { FONT } from '../fonts';
import { pageCss } from '../page-css';
import type { PrintTemplate } from './types';

const NUMERALS = '一二三四五六七八九十';

/** 一、二、… 十、十一、 … 九十九、 */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}

/** 会议议程 */
function Agenda({ data }: { data: AgendaData }) {
  const meta = [
    ['时间', data.time],
    ['地点', data.place],
    ['主持人', data.host],
  ].filter(([, v]) => v);
  return (
    <article className="agenda">
      <h1 className="agenda-title">{data.title}</h1>
      {/* The title says 议程 once: a title that already ends with it gets no second line saying it again. */}
      {!data.title.includes('议程') && <div className="agenda-sub">会 议 议 程</div>}
      {meta.length > 0 && (
        <dl className="agenda-meta">
          {meta.map(([k, v]) => (
            <div key={k}>
              <dt>{k}：</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      <ol className="agenda-items">
        {data.items.map((item, i) => (
          <li key={i}>
            <span className="ord">{chineseOrdinal(i + 1)}、</span>
            <span className="text">
              {item.text}
              {item.speaker && <span className="speaker">（{item.speaker}）</span>}
            </span>
            {item.time && <span className="time">{item.time}</span>}
          </li>
        ))}
      </ol>
      {data.notes && <p className="agenda-notes">{data.notes}</p>}
    </article>
  );
}

export const agendaTemplate: PrintTemplate<'agenda'> = {
  pageCss: (setup) => pageCss(setup, '30mm 26mm 28mm 28mm', 'count'),
  css: `.agenda{font-family:${FONT.fangsong};font-size:16pt;line-height:1.75}
.agenda-title{font-family:${FONT.title};font-size:22pt;font-weight:normal;text-align:center;margin:0 0 4mm;line-height:1.4;text-wrap:balance}
.agenda-sub{font-family:${FONT.hei};font-size:16pt;text-align:center;margin-bottom:8mm}
.agenda-meta{margin:0 0 6mm}
.agenda-meta div{display:flex}
.agenda-meta dt{font-family:${FONT.hei};white-space:nowrap}
.agenda-meta dd{margin:0}
.agenda-items{list-style:none;margin:0;padding:0}
.agenda-items li{display:flex;gap:2mm;break-inside:avoid;margin-bottom:2mm}
.agenda-items .ord{font-family:${FONT.hei};white-space:nowrap}
.agenda-items .text{flex:1}
.agenda-items .speaker{font-family:${FONT.kai}}
.agenda-items .time{white-space:nowrap;font-size:14pt}
.agenda-notes{font-family:${FONT.kai};font-size:14pt;margin-top:10mm;white-space:pre-wrap}`,
  Component: Agenda,
};
