import { execFileSync } from 'node:child_process';

/** PDF facts read with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm), as a person's PDF viewer would see them. */
export const MM = 72 / 25.4;

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out) ?? [];
  return { pages, width: Number(w), height: Number(h) };
}

/** The text of each page, in layout mode. */
export function pageTexts(file: string): string[] {
  const out = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.split('\f').slice(0, pdfInfo(file).pages);
}

export interface Line {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Every text line of every page with its box in millimetres from the top-left corner. */
export function pageLines(file: string): Line[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xml
    .split('<page ')
    .slice(1)
    .map((p) =>
      [...p.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        x0: Number(m[1]) / MM,
        y0: Number(m[2]) / MM,
        x1: Number(m[3]) / MM,
        y1: Number(m[4]) / MM,
        text: [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
      })),
    );
}

export function pdfFonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

/** One page as a greyscale bitmap (PGM from pdftoppm). */
export function pageGrey(file: string, page: number, dpi = 30): { w: number; h: number; px: Uint8Array } {
  const buf = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 << 20 });
  // Header: "P5\n<w> <h>\n255\n"
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]))) tok += String.fromCharCode(buf[pos++]);
    fields.push(tok);
  }
  pos++;
  const w = Number(fields[1]);
  const h = Number(fields[2]);
  return { w, h, px: new Uint8Array(buf.subarray(pos, pos + w * h)) };
}
