/**
 * Page count of a PDF made by Chromium (Skia writes page objects as plain
 * dictionaries, never inside compressed object streams): count the
 * `/Type /Page` objects, not `/Pages`.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const matches = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return matches ? matches.length : 0;
}
