import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { AppArea, FileRef } from '../../shared/contract/files';

export const APP_AREAS: readonly AppArea[] = ['attachments', 'exports', 'backups', 'archive', 'pdf'];

export class PathRefused extends Error {
  readonly code = 'forbidden';
}

const OUTSIDE = '这个路径经由链接（快捷方式）指向了允许的文件夹以外，已拒绝访问。';

/**
 * The real path of `abs`: symlinks resolved (fs.realpath) in its deepest
 * existing ancestor, the missing rest appended. A dangling link on the way is
 * refused: writing through it would create a file wherever it points.
 */
export async function realPathOf(abs: string): Promise<string> {
  const rest: string[] = [];
  let cur = path.resolve(abs);
  for (;;) {
    try {
      return path.join(await fsp.realpath(cur), ...rest.reverse());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const link = await fsp.lstat(cur).then((st) => st.isSymbolicLink(), () => false);
      if (link) throw new PathRefused(OUTSIDE);
      const parent = path.dirname(cur);
      if (parent === cur) return path.resolve(abs);
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** True when `child` is `parent` or lies inside it (after resolving `..` and separators). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Folders the person picked in a dialog during this run. Only these, and the
 * app's own areas, can be named by the renderer.
 */
export class PickedFolders {
  private readonly folders = new Set<string>();

  add(folder: string): string {
    const abs = path.resolve(folder);
    this.folders.add(abs);
    return abs;
  }

  has(folder: string): boolean {
    return this.folders.has(path.resolve(folder));
  }
}

export class AppPaths {
  constructor(
    readonly dataDir: string,
    readonly picked: PickedFolders = new PickedFolders(),
  ) {}

  area(area: AppArea): string {
    if (!APP_AREAS.includes(area)) throw new PathRefused(`未知的文件区：${area}`);
    return path.join(this.dataDir, area);
  }

  get officeFile(): string {
    return path.join(this.dataDir, 'office.json');
  }

  get keysDir(): string {
    return path.join(this.dataDir, 'keys');
  }

  /** The folder a ref points into, checked against the allow-list. */
  root(ref: { area: AppArea } | { picked: string }): string {
    if ('area' in ref) return this.area(ref.area);
    if (!this.picked.has(ref.picked)) throw new PathRefused('这个文件夹没有经过选择，不能访问。请先在对话框中选择文件夹。');
    return path.resolve(ref.picked);
  }

  /** Absolute path of a ref; refuses anything that escapes its folder (by its text: see `real` for links). */
  resolve(ref: FileRef): string {
    const root = this.root(ref);
    const abs = path.resolve(root, ref.path);
    if (!isInside(root, abs) || abs === path.resolve(root)) {
      throw new PathRefused(`文件路径越出了允许的文件夹：${ref.path}`);
    }
    return abs;
  }

  /**
   * The real path of a ref, for every file operation: its text checked as
   * `resolve` does, then symlinks resolved in it and in its folder, and
   * refused when the real file lies outside the real folder (a link inside a
   * picked folder that leads elsewhere).
   */
  async real(ref: FileRef): Promise<string> {
    const abs = this.resolve(ref);
    const [root, real] = await Promise.all([realPathOf(this.root(ref)), realPathOf(abs)]);
    if (!isInside(root, real) || real === root) throw new PathRefused(OUTSIDE);
    return real;
  }

  /** The real path of a folder ref (a picked folder, an app area). */
  async realRoot(ref: Parameters<AppPaths['root']>[0]): Promise<string> {
    return realPathOf(this.root(ref));
  }
}
