/**
 * Local dates and times as strings: YYYY-MM-DD, HH:MM and YYYY-MM-DDTHH:MM:SS.
 * Sessions happen at one place in local time, so no time zone travels with
 * them; strings of the same shape compare in time order.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Accepts 2026-03-05, 2026/3/5, 2026.3.5 and 2026年3月5日; refuses dates that do not exist. */
export function parseLocalDate(input: string): Parsed<string> {
  const s = input.trim();
  if (!s) return { ok: false, message: '请填写日期，例如 2026-03-05' };
  const m = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return { ok: false, message: `日期格式不对：“${s}”，请写成 2026-03-05` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1949 || y > 2100) return { ok: false, message: `年份 ${y} 不在 1949 到 2100 之间` };
  if (mo < 1 || mo > 12) return { ok: false, message: `没有 ${mo} 月：月份应在 1 到 12 之间` };
  const max = daysInMonth(y, mo);
  if (d < 1 || d > max) return { ok: false, message: `日期不存在：${y} 年 ${mo} 月只有 ${max} 天` };
  return { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` };
}

/** Accepts 9:00, 09:00, 9：00 and 0900; refuses 24:00 or 9:60. */
export function parseLocalTime(input: string): Parsed<string> {
  const s = input.trim().replace('：', ':');
  if (!s) return { ok: false, message: '请填写时间，例如 09:00' };
  const m = /^(\d{1,2}):?(\d{2})$/.exec(s);
  if (!m) return { ok: false, message: `时间格式不对：“${input.trim()}”，请写成 09:00` };
  const [h, mi] = [Number(m[1]), Number(m[2])];
  if (h > 23 || mi > 59) return { ok: false, message: `时间不存在：${input.trim()}，应在 00:00 到 23:59 之间` };
  return { ok: true, value: `${pad(h)}:${pad(mi)}` };
}

/** The local date-time string of a Date, to the second. */
export function localDateTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function localDate(d: Date): string {
  return localDateTime(d).slice(0, 10);
}

/** When a session starts, as a local date-time string. */
export function sessionStart(s: { date: string; startTime: string }): string {
  return `${s.date}T${s.startTime}:00`;
}

/** "2026-03-05T09:03:12" -> "09:03" */
export function clockOf(dateTime: string): string {
  return dateTime.slice(11, 16);
}

/** The date `n` days after a YYYY-MM-DD date. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** "2026-03-05" -> "2026年3月5日" */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const WEEKDAYS = '日一二三四五六';
export function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}
