import path from 'node:path';
import type { AppArea, FileRef } from '../../shared/contract/files';

export const APP_AREAS: readonly AppArea[] = ['attachments', 'exports', 'backups', 'archive', 'pdf'];

export class PathRefused extends Error {
  readonly code = 'forbidden';
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

  /** Absolute path of a ref; refuses anything that escapes its folder. */
  resolve(ref: FileRef): string {
    const root = this.root(ref);
    const abs = path.resolve(root, ref.path);
    if (!isInside(root, abs) || abs === path.resolve(root)) {
      throw new PathRefused(`文件路径越出了允许的文件夹：${ref.path}`);
    }
    return abs;
  }
}
