import { MAX_ATTACHMENT_DEPTH, MAX_ATTACHMENT_PATH_CHARS, MAX_NAME_BYTES } from './limits';

/**
 * Whether a name that came from another machine may become a file name here:
 * safe on Windows (reserved device names, `:` streams, trailing dot or space,
 * characters NTFS refuses), on case-insensitive and normalising disks (the
 * fold key), and within every file system's length limits.
 */

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with superscript digits), with or without an extension.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// Characters Windows refuses in a name, and every control character.
const FORBIDDEN = /[<>:"|?*\\/\u0000-\u001f\u007f]/;

const utf8 = new TextEncoder();

/** What is wrong with one path segment, in Chinese, or null when it is safe. */
export function nameProblem(segment: string): string | null {
  if (segment === '' || segment === '.' || segment === '..') return '名称为空或是“..”';
  if (FORBIDDEN.test(segment)) return '名称含有 Windows 不允许的字符（如 : * ? " < > | 或控制字符）';
  if (/[. ]$/.test(segment)) return '名称以点或空格结尾（Windows 不允许）';
  if (/^ /.test(segment)) return '名称以空格开头';
  if (RESERVED.test(segment)) return `名称“${segment}”是 Windows 的保留设备名`;
  if (utf8.encode(segment).length > MAX_NAME_BYTES) return `名称太长（超过 ${MAX_NAME_BYTES} 字节）`;
  if (segment !== segment.normalize('NFC')) return '名称的 Unicode 写法不规范（不是 NFC）';
  return null;
}

/** What is wrong with a relative path of an attachment, or null when every segment is safe. */
export function attachmentPathProblem(rel: string): string | null {
  if (rel.length > MAX_ATTACHMENT_PATH_CHARS) return `路径太长（超过 ${MAX_ATTACHMENT_PATH_CHARS} 个字符）`;
  const parts = rel.split('/');
  if (parts.length > MAX_ATTACHMENT_DEPTH) return `文件夹层数太多（超过 ${MAX_ATTACHMENT_DEPTH} 层）`;
  for (const p of parts) {
    const why = nameProblem(p);
    if (why) return why;
  }
  return null;
}

/** Two names that one disk (case-insensitive, or normalising as macOS does) would take for the same file. */
export function foldKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
