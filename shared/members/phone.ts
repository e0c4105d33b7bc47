import { halfWidth } from './text';

/**
 * Phone numbers, one rule for the form, the import and search. People write
 * 139-1234-0011, 139 1234 0099, (0519)88881234, +86 139…; a number is kept
 * as its digits (mobile) or as area code, dash, number (landline), several
 * numbers joined by "，".
 */

const MOBILE = /^1[3-9]\d{9}$/;
/** Area code (010, 02x have three digits, others four), then 7–8 digits, then an optional extension. */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))?-?(\d{7,8})(?:-(\d{1,5}))?$/;

/** Blanks of any width and dashes of any kind inside a number. */
const BLANKS = /[\s\u00a0\u3000\u2000-\u200b\ufeff]+/g;
const DASHES = /[-‐‑‒–—―－]+/g;
const SEPARATORS = /[,，;；/、]+/;

export interface PhoneCheck {
  /** The numbers as they are stored, "，"-joined; the input cleaned as far as possible when some part is wrong. */
  value: string;
  /** The parts that are neither a mobile nor a landline number, as typed. */
  bad: string[];
}

function normalisePart(part: string): string | null {
  const t = halfWidth(part).replace(BLANKS, ' ').trim().replace(/^\+?\s*86[\s-]*(?=1[3-9])/, '');
  const digitsOnly = t.replace(/[\s()（）]/g, '').replace(DASHES, '');
  if (MOBILE.test(digitsOnly)) return digitsOnly;
  // Landline: brackets round the area code and blanks are dashes; several dashes are one.
  const dashed = t.replace(/[（(]\s*(0\d{2,3})\s*[）)]\s*/, '$1-').replace(/\s+/g, '-').replace(DASHES, '-').replace(/^-|-$/g, '');
  const m = LANDLINE.exec(dashed);
  if (m) return `${m[1] ? `${m[1]}-` : ''}${m[2]}${m[3] ? `-${m[3]}` : ''}`;
  // Or the digits alone, area code first: 0519 8888 1234.
  const plain = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$/.exec(digitsOnly);
  return plain ? `${plain[1]}-${plain[2]}` : null;
}

/** Normalise and check what was typed or read for 联系电话; empty is fine. */
export function checkPhones(text: string): PhoneCheck {
  const parts = halfWidth(text).split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const bad: string[] = [];
  const out = parts.flatMap((p) => {
    const n = normalisePart(p);
    if (n !== null) return [n];
    // "13912340099 13800138000": two numbers apart by a blank, each right on its own.
    const pieces = p.split(BLANKS).map(normalisePart);
    if (pieces.length > 1 && pieces.every((x) => x !== null)) return pieces as string[];
    bad.push(p);
    return [p.replace(BLANKS, '')];
  });
  return { value: out.join('，'), bad };
}

/** The digits of a phone text, for search: 139-1234-0011 and 139 1234 0011 are the same number. */
export function phoneDigits(text: string): string {
  return halfWidth(text).replace(/\D+/g, '');
}

export const PHONE_MESSAGE = '联系电话格式不对：手机应为 11 位数字，座机如 0519-88888888';
