import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { freeName } from '../../shared/files/names';

/**
 * Write `data` as a new file in `dir`, never over an existing one: the name is
 * `name`, or `name（2）`… when taken (shared/files/names.ts). Atomic like
 * atomicWrite (temporary sibling, fsync), but the last step is link(), which
 * fails when the name appeared meanwhile (then the next number is tried);
 * where the file system has no hard links (FAT USB sticks), a rename after a
 * fresh check. Returns the absolute path written.
 */
export async function writeNewFile(dir: string, name: string, data: Uint8Array | string): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fsp.open(tmp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const taken = (await fsp.readdir(dir)).filter((n) => n !== path.basename(tmp));
      const target = path.join(dir, freeName(name, taken));
      try {
        await fsp.link(tmp, target);
        return target;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
        if (await fsp.access(target).then(() => true, () => false)) continue;
        await fsp.rename(tmp, target);
        return target;
      }
    }
    throw new Error(`这个文件夹里同名的文件太多了，请换一个文件夹：${dir}`);
  } finally {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
  }
}
