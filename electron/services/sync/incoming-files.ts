import { createReadStream, promises as fsp, type Dirent } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { BundleError } from '../../../shared/sync/container';
import { attachmentPathProblem, foldKey } from '../../../shared/sync/file-names';
import { FILE_ENTRY_PREFIX, fileEntryPath, type Manifest } from '../../../shared/sync/manifest';

/** One attachment of a bundle being imported: checked in verify, moved into place when the import finishes. */
export interface IncomingFile {
  index: number;
  /** Its path in the attachments area, as the ops name it. */
  rel: string;
  target: string;
  sha256: string;
  /** The same bytes are already there (a re-import, a rebuild): nothing to move. */
  present: boolean;
}

const refuse = (rel: string, why: string) =>
  new BundleError('attachment', `数据包里的附件「${rel.slice(0, 120)}」${why}：已拒绝导入，没有任何改动。`);

/**
 * The file entries of a manifest, each a plain relative path safe on every
 * disk (file-names.ts), none that one disk would take for another entry (names
 * equal after case-folding and NFC). Checked before the body is read.
 */
export function incomingFiles(m: Manifest, root: string): IncomingFile[] {
  const out: IncomingFile[] = [];
  const seen = new Map<string, string>();
  for (const [index, e] of m.entries.entries()) {
    if (e.kind !== 'file') continue;
    const rel = fileEntryPath(e.name);
    if (rel === null) {
      const raw = e.name.startsWith(FILE_ENTRY_PREFIX) ? e.name.slice(FILE_ENTRY_PREFIX.length) : e.name;
      const why = attachmentPathProblem(raw.replace(/\\/g, '/'));
      throw new BundleError(
        'corrupt',
        `数据包里的附件「${e.name.slice(0, 120)}」的路径不合法（${why ?? '会写到附件文件夹以外'}）：文件可能被伪造，已拒绝导入，没有任何改动。`,
      );
    }
    const target = path.resolve(root, ...rel.split('/'));
    // Every folder on the way as well as the name: `A/x` and `a/y` would share a folder on Windows.
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const key = foldKey(prefix);
      const other = seen.get(key);
      if (other !== undefined && other !== prefix) throw refuse(rel, `与同一数据包里的「${other.slice(0, 120)}」只差大小写或 Unicode 写法（在 Windows 上是同一个文件）`);
      if (i === parts.length && other === prefix) throw refuse(rel, '在数据包里出现了两次');
      seen.set(key, prefix);
    }
    out.push({ index, rel, target, sha256: e.sha256, present: false });
  }
  return out;
}

async function sha256Of(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const piece of createReadStream(file)) h.update(piece as Buffer);
  return h.digest('hex');
}

/**
 * Check the attachments against the ops and the disk, before anything is applied:
 * - each is named by an op of the same bundle (the tables' `attachments` declarations);
 * - no folder or file on its way is a link, a file where a folder must be, or an
 *   existing name that differs only by case or normalisation;
 * - an existing file there holds the same bytes (marked present), never other bytes:
 *   each attach makes a path of its own (a fresh id folder), so a sender never has a
 *   reason to rewrite one, and another node's file is never replaced.
 */
export async function checkIncoming(files: IncomingFile[], named: ReadonlySet<string>, root: string): Promise<void> {
  const listings = new Map<string, Dirent[] | null>();
  const list = async (dir: string) => {
    if (!listings.has(dir)) listings.set(dir, await fsp.readdir(dir, { withFileTypes: true }).catch(() => null));
    return listings.get(dir)!;
  };
  for (const f of files) {
    if (!named.has(f.rel)) throw refuse(f.rel, '没有任何一条记录引用它（不是记录列出的材料）');
    const parts = f.rel.split('/');
    let dir = root;
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      const entries = await list(dir);
      if (entries === null) break; // the folder does not exist yet: nothing below it can clash
      const same = entries.find((d) => d.name === part);
      const clash = entries.find((d) => d.name !== part && foldKey(d.name) === foldKey(part));
      if (clash) throw refuse(f.rel, `与本机已有的「${clash.name.slice(0, 120)}」只差大小写或 Unicode 写法（在 Windows 上是同一个文件）`);
      if (same?.isSymbolicLink()) throw refuse(f.rel, '的位置上是一个链接（快捷方式）');
      if (!last && same && !same.isDirectory()) throw refuse(f.rel, `要放进的文件夹「${part.slice(0, 60)}」在本机是一个文件`);
      if (last && same) {
        if (!same.isFile()) throw refuse(f.rel, '的位置上在本机是一个文件夹');
        if ((await sha256Of(f.target)) !== f.sha256) throw refuse(f.rel, '与本机已有的同名文件内容不同（它可能是另一台电脑发来的），不能覆盖');
        f.present = true;
      }
      dir = path.join(dir, part);
    }
  }
}

/**
 * Move staged attachments into place (a rename each: same disk). Returns what
 * undoes it: the moved files and the folders made for them are removed again.
 */
export async function placeFiles(files: IncomingFile[], staged: (index: number) => string): Promise<() => Promise<void>> {
  const placed: string[] = [];
  const made: string[] = [];
  const undo = async () => {
    for (const f of placed.reverse()) await fsp.rm(f, { force: true }).catch(() => undefined);
    for (const d of made.reverse()) await fsp.rm(d, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    for (const f of files) {
      if (f.present) continue;
      const first = await fsp.mkdir(path.dirname(f.target), { recursive: true });
      if (first) made.push(first);
      // Checked in verify; a file that appeared since (another import) is not replaced.
      if (await fsp.lstat(f.target).then(() => true, () => false)) throw refuse(f.rel, '在导入过程中已被另一个文件占用');
      await fsp.rename(staged(f.index), f.target);
      placed.push(f.target);
    }
  } catch (e) {
    await undo();
    throw e;
  }
  return undo;
}
