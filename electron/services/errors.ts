/**
 * What a person reads when a call fails: never an errno code, an English
 * exception or an absolute path (issue 11). The dispatcher passes every
 * failure through `personMessage`; services throw Chinese messages that say
 * what to fix, and this catches whatever else escapes.
 */

const ERRNO: Record<string, string> = {
  ENOENT: '找不到文件或文件夹（可能已被移走或删除）',
  ENOTDIR: '路径中有一段是文件而不是文件夹',
  EISDIR: '这个名字在磁盘上是一个文件夹，不是文件',
  EEXIST: '已有同名的文件或文件夹',
  ENOTEMPTY: '文件夹不是空的',
  EACCES: '没有权限读写这个位置（文件可能是只读的，或被其他程序占用）',
  EPERM: '没有权限读写这个位置（文件可能是只读的，或被其他程序占用）',
  EBUSY: '文件正被其他程序占用，请关闭后再试',
  ENOSPC: '磁盘空间不足，请清理磁盘或换一个 U 盘',
  EDQUOT: '磁盘空间不足，请清理磁盘或换一个 U 盘',
  EROFS: '磁盘是只读的（U 盘可能开了写保护）',
  ENAMETOOLONG: '文件名或路径太长',
  EINVAL: '文件名或参数不合法',
  ELOOP: '路径中的链接（快捷方式）太多或成环',
  EMFILE: '同时打开的文件太多，请稍后再试',
  ENFILE: '同时打开的文件太多，请稍后再试',
  EIO: '读写磁盘出错（U 盘可能被拔出或已损坏）',
  ENXIO: '设备不存在（U 盘可能被拔出）',
  ENODEV: '设备不存在（U 盘可能被拔出）',
  EXDEV: '不能跨磁盘移动文件',
  EFBIG: '文件太大',
  ETIMEDOUT: '操作超时，请再试一次',
};

const CJK = /[\u3400-\u9fff]/;
// An absolute path: /x/y, C:\x or \\server\x, up to the next space or closing mark.
const ABSOLUTE = /(?:[A-Za-z]:[\\/]|\\\\|(?<![\w.])\/(?=[^\s/]+\/))[^\s，。；：、）」』"'\]]*/g;

function baseName(p: string): string {
  const parts = p.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

export function personMessage(e: unknown): string {
  const err = e as (Error & { code?: unknown; errno?: unknown }) | null;
  const code = typeof err?.code === 'string' ? err.code : null;
  if (code && ERRNO[code] && typeof err?.errno === 'number') return `操作失败：${ERRNO[code]}。`;
  const raw = typeof err?.message === 'string' ? err.message : '';
  const errno = /\b(E[A-Z]{3,})\b/.exec(raw)?.[1];
  if (errno && ERRNO[errno] && /\b(E[A-Z]{3,}):/.test(raw)) return `操作失败：${ERRNO[errno]}。`;
  if (!raw || !CJK.test(raw)) return '操作失败：程序内部出错，没有完成（详情已写入日志）。';
  return raw.replace(ABSOLUTE, (p) => baseName(p));
}
