import { z } from 'zod';

/** Paper the print center offers (domain.md: lists and sign-in sheets are plain A4; A3 for large tables). */
export const PaperSize = z.enum(['A4', 'A3']);
export type PaperSize = z.infer<typeof PaperSize>;

export const Orientation = z.enum(['portrait', 'landscape']);
export type Orientation = z.infer<typeof Orientation>;

/** Millimetres, portrait. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

export const PageSetup = z.object({
  paper: PaperSize.default('A4'),
  orientation: Orientation.default('portrait'),
});
export type PageSetup = z.infer<typeof PageSetup>;

const RANGE_RE = /^\s*\d+\s*(-\s*\d+\s*)?(,\s*\d+\s*(-\s*\d+\s*)?)*$/;

/** A page range as a person types it: "1-3,5". Empty means every page. */
export const PageRangeText = z
  .string()
  .max(100)
  .refine((s) => s.trim() === '' || RANGE_RE.test(s.replace(/，/g, ',')), '页码范围写法不对：例如 1-3,5（留空表示全部页）')
  .refine((s) => parsePageRange(s).every((r) => r.from >= 1 && r.from <= r.to), '页码范围不对：页码从 1 开始，且前一个数不能大于后一个数');

export interface PageSpan {
  from: number;
  to: number;
}

/** "1-3, 5" → [{1,3},{5,5}] (1-based, as typed); [] for every page. */
export function parsePageRange(text: string): PageSpan[] {
  const s = text.replace(/，/g, ',').trim();
  if (!s) return [];
  return s.split(',').map((part) => {
    const [a, b] = part.split('-').map((x) => Number.parseInt(x.trim(), 10));
    return { from: a, to: Number.isNaN(b) || b === undefined ? a : b };
  });
}

/** Spans cut to a document's pages; pages past the end are dropped. Throws a Chinese message when nothing is left. */
export function clampRange(spans: PageSpan[], pages: number): PageSpan[] {
  if (!spans.length) return [];
  const out = spans.filter((r) => r.from <= pages).map((r) => ({ from: r.from, to: Math.min(r.to, pages) }));
  if (!out.length) throw new Error(`页码范围超出了文档：这份文档只有 ${pages} 页`);
  return out;
}

export const Duplex = z.enum(['simplex', 'longEdge', 'shortEdge']);
export type Duplex = z.infer<typeof Duplex>;

/** Options for making a PDF (preview, save). */
export const PdfOptions = PageSetup.extend({
  range: PageRangeText.default(''),
});
export type PdfOptions = z.infer<typeof PdfOptions>;

/** Options for printing on paper. */
export const PaperPrintOptions = PdfOptions.extend({
  printer: z.string().trim().min(1, '请选择打印机').max(200),
  copies: z.number().int('份数应为整数').min(1, '份数至少 1 份').max(999, '份数最多 999 份').default(1),
  duplex: Duplex.default('simplex'),
});
export type PaperPrintOptions = z.infer<typeof PaperPrintOptions>;
