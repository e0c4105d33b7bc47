import { toSVG } from 'bwip-js/browser';

/** A member number as a Code 128 barcode, in SVG (no canvas, no network); null for an empty number. */
export function barcodeSvg(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  try {
    return toSVG({ bcid: 'code128', text: value, height: 6, scale: 2, includetext: false, paddingwidth: 0, paddingheight: 0 });
  } catch {
    return null;
  }
}
