import type { TentsData } from '../../../../shared/print/tents';
import { FONT } from '../fonts';
import type { PrintTemplate } from './types';

/** Name size in mm: as large as fits the 190 mm face, at most 62 mm tall. */
export function tentFontMm(name: string): number {
  const len = Math.max(1, [...name].length);
  return Math.min(62, Math.floor(175 / len));
}

function Face({ name, subtitle, back }: { name: string; subtitle: string; back: boolean }) {
  const size = tentFontMm(name);
  const spacing = [...name].length === 2 ? `${size * 0.5}mm` : undefined;
  return (
    <div className={back ? 'tent-face tent-back' : 'tent-face tent-front'}>
      <div className="tent-name" style={{ fontSize: `${size}mm`, letterSpacing: spacing, marginRight: spacing ? `-${size * 0.5}mm` : undefined }}>
        {name}
      </div>
      {subtitle && <div className="tent-sub">{subtitle}</div>}
    </div>
  );
}

/** 桌签: one A4 sheet per name, folded across the middle; the back face is upside down so both read upright on the desk. */
function TableTents({ data }: { data: TentsData }) {
  return (
    <>
      {data.names.map((n, i) => (
        <section key={i} className="tent-sheet" aria-label={n.name}>
          <Face name={n.name} subtitle={n.subtitle} back />
          <div className="tent-fold" />
          <Face name={n.name} subtitle={n.subtitle} back={false} />
        </section>
      ))}
    </>
  );
}

export const tentsTemplate: PrintTemplate<'tents'> = {
  // Always A4 portrait, no margins: the fold is the sheet's middle.
  pageCss: () => '@page{size:210mm 297mm;margin:0}',
  css: `.tent-sheet{width:210mm;height:296.5mm;display:flex;flex-direction:column;overflow:hidden;break-after:page}
.tent-sheet:last-child{break-after:auto}
.tent-face{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center}
.tent-back{transform:rotate(180deg)}
.tent-fold{height:0;border-top:0.3pt dashed #999}
.tent-name{font-family:${FONT.hei};line-height:1.1;white-space:nowrap}
.tent-sub{font-family:${FONT.kai};font-size:16pt;margin-top:4mm}`,
  Component: TableTents,
};
