/** Text clean-up shared by search, import and matching. */

/** Full-width spaces, no-break spaces and other blanks a spreadsheet carries. */
const BLANKS = /[\s\u00a0\u3000\u2000-\u200b\ufeff]+/g;

/** Trim and collapse blanks (full-width included) to one ASCII space. */
export function cleanText(s: string): string {
  return s.replace(BLANKS, ' ').trim();
}

/** Remove every blank: for names ("张　三" → "张三"), numbers and phones. */
export function squash(s: string): string {
  return s.replace(BLANKS, '');
}

/** Full-width ASCII (Ａ１２３) to half-width. */
export function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Key used to compare units and names when matching rows to members. */
export function compareKey(s: string): string {
  return halfWidth(squash(s)).toLowerCase();
}

export function hasBlanksToClean(s: string): boolean {
  return /[\u00a0\u3000\ufeff]/.test(s) || s !== s.trim();
}
