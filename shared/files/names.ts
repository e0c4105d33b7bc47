import { MAX_NAME_BYTES } from '../sync/limits';
import { nameProblem } from '../sync/file-names';

/**
 * Names for a file saved next to others: never over an earlier file. The
 * second 出勤统计.xlsx becomes 出勤统计（2）.xlsx, as Windows Explorer numbers copies.
 */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${stem}（${n}）${ext}`;
}

/** The first of name, name（2）, name（3）… that `taken` does not hold (compared without case, as Windows and macOS do). */
export function freeName(name: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = numberedName(name, n);
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

const utf8 = new TextEncoder();

/** The longest start of `s`, whole characters, of at most `bytes` bytes of UTF-8. */
function cutToBytes(s: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = utf8.encode(ch).length;
    if (used + n > bytes) break;
    out += ch;
    used += n;
  }
  return out;
}

/**
 * A file name safe on every disk the office uses, from any text (a title, a
 * picked file's name): no separators or characters Windows refuses, no
 * leading dots or trailing dots and spaces, not a reserved device name, NFC,
 * the extension kept, and at most 100 characters and `MAX_NAME_BYTES` bytes
 * (a Chinese character is 3 bytes: 100 of them would pass the character
 * count and fail ext4's 255 bytes). Whatever comes out passes the check a
 * bundle's attachment names get (shared/sync/file-names.ts `nameProblem`).
 */
export function safeFileName(name: string, fallback = '文件'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const [stem, rawExt] = dot > 0 ? [cleaned.slice(0, dot), cleaned.slice(dot)] : [cleaned, ''];
  const ext = [...rawExt].slice(0, 12).join('');
  const chars = Math.max(1, 100 - ext.length);
  const cut = cutToBytes([...stem].slice(0, chars).join(''), MAX_NAME_BYTES - utf8.encode(ext).length);
  // Cut short, a name without an extension must not end in a dot or a space (Windows drops them).
  const cutStem = ext ? cut : cut.replace(/[.\s]+$/, '');
  let base = cutStem ? cutStem + ext : fallback + ext;
  if (nameProblem(base)) base = `_${base}`;
  // A name still refused (a reserved name in another spelling): the fallback, which always passes.
  return nameProblem(base) ? fallback : base;
}
