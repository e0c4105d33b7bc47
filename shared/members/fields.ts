import { halfWidth } from './text';

/**
 * The checks of the roster's extra fields (出生年月, 邮编), shared by the form
 * and the import so both accept and refuse the same text.
 */

export type Checked = { ok: true; value: string } | { ok: false; message: string };

/** 出生年月 as rosters write it: 1968-05, 1968.5, 1968/05, 1968年5月, or a whole date; kept as YYYY-MM. Empty is fine. */
export function parseBirthMonth(text: string, now = new Date()): Checked {
  const t = halfWidth(text).replace(/\s+/g, '');
  if (!t) return { ok: true, value: '' };
  const m = /^(\d{4})[-./年](\d{1,2})(?:月|[-./月]\d{1,2}日?)?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  const bad = { ok: false as const, message: `出生年月「${text.trim()}」写法不对：应为 年-月，如 1968-05 或 1968.05` };
  if (!m) return bad;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return bad;
  if (year < 1900 || year > now.getFullYear()) return { ok: false, message: `出生年月「${text.trim()}」的年份不对：应在 1900 年到今年之间` };
  return { ok: true, value: `${m[1]}-${String(month).padStart(2, '0')}` };
}

/** 邮编: six digits. Empty is fine. */
export function parsePostcode(text: string): Checked {
  const t = halfWidth(text).replace(/\s+/g, '');
  if (!t) return { ok: true, value: '' };
  if (!/^\d{6}$/.test(t)) return { ok: false, message: `邮编「${text.trim()}」不对：应为 6 位数字，如 213000` };
  return { ok: true, value: t };
}
