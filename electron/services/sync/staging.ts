import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ByteSource, EntrySink } from '../../../shared/sync/container';

/**
 * Where an import keeps its copy of the bundle and its attachments until it
 * finishes: one folder per attempt under sync/staging, removed on every
 * outcome (done, refused, cancelled) and swept at start-up after a crash.
 */
export const STAGING_DIR = 'staging';

export function newStagingDir(syncDir: string): string {
  return path.join(syncDir, STAGING_DIR, randomUUID());
}

/** Remove everything a crash left in the staging folder; the number of attempts removed. */
export async function sweepStaging(syncDir: string): Promise<number> {
  const dir = path.join(syncDir, STAGING_DIR);
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const n of names) await fsp.rm(path.join(dir, n), { recursive: true, force: true });
  return names.length;
}

/** A file read by offset, for readHeaderFrom/readBodyStream. */
export interface FileSource extends ByteSource {
  close(): Promise<void>;
}

export async function openSource(file: string): Promise<FileSource> {
  const handle = await fsp.open(file, 'r');
  const size = (await handle.stat()).size;
  return {
    size,
    async read(at, length) {
      // Unzeroed: only the bytes read are handed out.
      const buf = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - at)));
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await handle.read(buf, got, buf.length - got, at + got);
        if (!bytesRead) break;
        got += bytesRead;
      }
      return new Uint8Array(buf.buffer, buf.byteOffset, got);
    },
    close: () => handle.close(),
  };
}

/**
 * Sinks that write file entries to staged files as the body is read: each
 * file is opened at its first bytes and closed when it is complete, so a
 * bundle of many attachments holds one handle at a time.
 */
export class StagedFiles {
  private readonly open = new Map<number, { handle: FileHandle; left: number }>();

  constructor(private readonly dir: string) {}

  file(index: number): string {
    return path.join(this.dir, `f-${index}`);
  }

  sink(index: number, bytes: number): EntrySink {
    return {
      write: async (piece) => {
        let o = this.open.get(index);
        if (!o) this.open.set(index, (o = { handle: await fsp.open(this.file(index), 'wx'), left: bytes }));
        await o.handle.write(piece);
        o.left -= piece.length;
        if (o.left <= 0) {
          this.open.delete(index);
          await o.handle.close();
        }
      },
    };
  }

  /** Empty entries never see a write: give them their (empty) file. Close whatever a failure left open. */
  async finish(empty: number[]): Promise<void> {
    await this.close();
    for (const i of empty) await fsp.writeFile(this.file(i), new Uint8Array(0));
  }

  async close(): Promise<void> {
    for (const o of this.open.values()) await o.handle.close().catch(() => undefined);
    this.open.clear();
  }
}
