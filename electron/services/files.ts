import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { FileRef } from '../../shared/contract/files';
import { atomicCopy, atomicWrite } from './atomic-write';
import { writeNewFile } from './new-file';
import type { AppPaths } from './paths';

export interface FileEntry {
  name: string;
  size: number;
  modified: string;
}

/** Files the renderer reads and writes, always through AppPaths' allow-list, by real path (no link leads out). */
export class FileService {
  constructor(private readonly paths: AppPaths) {}

  /** Write atomically; with keepExisting, never over an existing file (the new one is numbered: writeNewFile). */
  async write(ref: FileRef, data: Uint8Array, keepExisting = false): Promise<{ path: string; size: number; name: string }> {
    const abs = await this.paths.real(ref);
    if (keepExisting) {
      const written = await writeNewFile(path.dirname(abs), path.basename(abs), data);
      return { path: written, size: data.byteLength, name: path.basename(written) };
    }
    await atomicWrite(abs, data);
    return { path: abs, size: data.byteLength, name: path.basename(abs) };
  }

  async read(ref: FileRef): Promise<Uint8Array> {
    const abs = await this.paths.real(ref);
    try {
      return new Uint8Array(await fsp.readFile(abs));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`找不到文件：${ref.path}`);
      throw e;
    }
  }

  /** Copy a file within the allowed folders (a copied session's materials), atomically; false when the source is missing. */
  async copy(from: FileRef, to: FileRef): Promise<boolean> {
    const src = await this.paths.real(from);
    const dst = await this.paths.real(to);
    if (!(await exists(src))) return false;
    await atomicCopy(src, dst);
    return true;
  }

  async list(ref: Parameters<AppPaths['root']>[0]): Promise<FileEntry[]> {
    const dir = await this.paths.realRoot(ref);
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
    const out: FileEntry[] = [];
    for (const e of entries) {
      if (!e.isFile() || e.name.startsWith('.')) continue;
      const st = await fsp.stat(path.join(dir, e.name));
      out.push({ name: e.name, size: st.size, modified: st.mtime.toISOString() });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  async remove(ref: FileRef): Promise<boolean> {
    const abs = await this.paths.real(ref);
    try {
      await fsp.rm(abs);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }
}

async function exists(p: string): Promise<boolean> {
  return fsp.access(p).then(() => true, () => false);
}
