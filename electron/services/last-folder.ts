import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from './atomic-write';

const Stored = z.object({ folder: z.string().min(1).max(4096) });

/**
 * The folder the person picked last, kept in the data folder so that the next
 * save or export dialog opens there, also after a restart. Only a starting
 * point for the dialog: it grants no access (PickedFolders does, per pick).
 */
export class LastFolder {
  constructor(private readonly file: string) {}

  async get(): Promise<string | null> {
    try {
      const parsed = Stored.safeParse(JSON.parse(await fsp.readFile(this.file, 'utf8')));
      return parsed.success && path.isAbsolute(parsed.data.folder) ? parsed.data.folder : null;
    } catch {
      return null;
    }
  }

  async set(folder: string): Promise<void> {
    await atomicWrite(this.file, JSON.stringify({ folder: path.resolve(folder) }));
  }
}
