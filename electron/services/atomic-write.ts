import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

/** The file operations atomicWrite needs; tests pass a variant that "crashes" midway. */
export interface AtomicFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  mkdir: typeof fsp.mkdir;
}

const realFs: AtomicFs = { open: fsp.open, rename: fsp.rename, rm: fsp.rm, mkdir: fsp.mkdir };

/**
 * Write a whole file so that a reader (or the next start after a crash) sees
 * either the old content or the new, never a part: write a temporary sibling,
 * fsync it, rename it over the target, then fsync the folder where allowed.
 */
export async function atomicWrite(target: string, data: Uint8Array | string, fs: AtomicFs = realFs): Promise<void> {
  await viaTemporary(target, fs, async (tmp) => {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Write a whole file piece by piece (a bundle laid out from staged parts) the
 * same way: `fill` writes the temporary file through its handle.
 */
export async function atomicWriteWith(target: string, fill: (handle: FileHandle) => Promise<void>): Promise<void> {
  await viaTemporary(target, realFs, async (tmp) => {
    const handle = await fsp.open(tmp, 'wx');
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Copy a file the same way: to a temporary sibling of the target (the OS
 * copies; the bytes never cross into JavaScript), fsync, rename.
 */
export async function atomicCopy(source: string, target: string): Promise<void> {
  await viaTemporary(target, realFs, async (tmp) => {
    await fsp.copyFile(source, tmp, constants.COPYFILE_EXCL);
    const handle = await fsp.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** `fill` writes a temporary sibling of `target`, which then replaces it; a failure leaves the target as it was and no temporary behind. */
async function viaTemporary(target: string, fs: AtomicFs, fill: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    await fill(tmp);
    await fs.rename(tmp, target);
    renamed = true;
    await syncDir(dir, fs);
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true }).catch(() => undefined);
  }
}

async function syncDir(dir: string, fs: AtomicFs): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Remove temporary files left by a write that a crash cut short. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.isFile() && /^\..+\.[0-9a-f]{12}\.tmp$/.test(e.name)) {
      await fsp.rm(path.join(dir, e.name), { force: true });
      removed++;
    }
  }
  return removed;
}
