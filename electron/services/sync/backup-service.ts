import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BackupInfo, BackupKind } from '../../../shared/contract/sync';
import type { FileRef } from '../../../shared/contract/files';
import { atomicWrite } from '../atomic-write';
import type { AppPaths } from '../paths';

/**
 * Backups: a full dump of every Dexie table (the renderer gathers, we write).
 * File: "CDBACKUP 1\n", one JSON header line (counts, sections), then gzip of
 * the tables' NDJSON rows, section after section. Automatic ones live in the
 * 'backups' area and are kept in rotation.
 */
const MAGIC = 'CDBACKUP 1\n';
export const BACKUP_EXT = '.cdbackup';
export const KEEP_AUTOMATIC = 10;
const ROWS_PER_READ = 5000;

interface Header {
  createdAt: string;
  kind: BackupKind;
  office: string;
  schemaVersion: number;
  sections: Array<{ table: string; count: number; bytes: number }>;
}

interface Pending {
  kind: BackupKind;
  folder: string;
  tables: Map<string, { parts: Buffer[]; count: number }>;
}

interface Opened {
  chunks: Array<{ table: string; lines: string[] }>;
}

function counts(h: Header): Record<string, number> {
  const c: Record<string, number> = {};
  for (const s of h.sections) c[s.table] = (c[s.table] ?? 0) + s.count;
  return c;
}

export class BackupService {
  private readonly pending = new Map<string, Pending>();
  private readonly opened = new Map<string, Opened>();

  constructor(
    private readonly paths: AppPaths,
    private readonly now: () => number = Date.now,
  ) {}

  begin(kind: BackupKind, folder: string | null): { token: string } {
    if (kind === 'manual' && !folder) throw new Error('请选择保存备份的文件夹。');
    const dir = folder ? this.paths.root({ picked: folder }) : this.paths.area('backups');
    const token = randomUUID();
    this.pending.set(token, { kind, folder: dir, tables: new Map() });
    return { token };
  }

  chunk(token: string, table: string, ndjson: string, count: number): void {
    const p = this.pending.get(token);
    if (!p) throw new Error('备份已失效，请重新开始。');
    const t = p.tables.get(table) ?? { parts: [], count: 0 };
    t.parts.push(Buffer.from(ndjson, 'utf8'));
    t.count += count;
    p.tables.set(table, t);
  }

  async finish(token: string, schemaVersion: number, office: string): Promise<{ name: string; path: string; bytes: number; counts: Record<string, number> }> {
    const p = this.pending.get(token);
    if (!p) throw new Error('备份已失效，请重新开始。');
    this.pending.delete(token);
    const created = new Date(this.now());
    const sections = [...p.tables].map(([table, t]) => ({ table, count: t.count, bytes: t.parts.reduce((n, b) => n + b.length, 0) }));
    const header: Header = { createdAt: created.toISOString(), kind: p.kind, office, schemaVersion, sections };
    const body = gzipSync(Buffer.concat([...p.tables.values()].flatMap((t) => t.parts)), { level: 6 });
    const file = Buffer.concat([Buffer.from(MAGIC + JSON.stringify(header) + '\n', 'utf8'), body]);
    const stamp = created.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const name = `备份_${office}_${stamp}_${p.kind}_${randomUUID().slice(0, 6)}${BACKUP_EXT}`;
    const target = path.join(p.folder, name);
    await atomicWrite(target, file);
    if (p.folder === this.paths.area('backups')) await this.rotate();
    return { name, path: target, bytes: file.length, counts: counts(header) };
  }

  /** Keep the newest KEEP_AUTOMATIC automatic backups of each kind; manual ones are the person's to delete. */
  private async rotate(): Promise<void> {
    const all = await this.list();
    const byKind = new Map<string, BackupInfo[]>();
    for (const b of all) if (b.kind !== 'manual') byKind.set(b.kind, [...(byKind.get(b.kind) ?? []), b]);
    for (const list of byKind.values()) {
      for (const old of list.slice(KEEP_AUTOMATIC)) await fsp.rm(path.join(this.paths.area('backups'), old.name), { force: true });
    }
  }

  private static parse(file: Buffer): { header: Header; body: Buffer } {
    if (file.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw new Error('这不是政协工委助手的备份文件。');
    const nl = file.indexOf(0x0a, MAGIC.length);
    if (nl < 0) throw new Error('备份文件不完整（被截断）。');
    let header: Header;
    try {
      header = JSON.parse(file.subarray(MAGIC.length, nl).toString('utf8'));
    } catch {
      throw new Error('备份文件头已损坏。');
    }
    return { header, body: file.subarray(nl + 1) };
  }

  /** Automatic backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    const dir = this.paths.area('backups');
    const out: BackupInfo[] = [];
    for (const e of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (!e.isFile() || !e.name.endsWith(BACKUP_EXT) || e.name.startsWith('.')) continue;
      try {
        const handle = await fsp.open(path.join(dir, e.name), 'r');
        try {
          const buf = Buffer.alloc(64 * 1024);
          const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
          const { header } = BackupService.parse(buf.subarray(0, bytesRead));
          const st = await handle.stat();
          out.push({ name: e.name, createdAt: header.createdAt, kind: header.kind, office: header.office, bytes: st.size, counts: counts(header) });
        } finally {
          await handle.close();
        }
      } catch {
        // not a backup of ours
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async open(ref: FileRef): Promise<{ token: string; info: BackupInfo; schemaVersion: number; chunks: Array<{ table: string; count: number }> }> {
    const abs = this.paths.resolve(ref);
    const file = await fsp.readFile(abs).catch(() => {
      throw new Error(`找不到备份文件：${ref.path}`);
    });
    const { header, body } = BackupService.parse(file);
    let plain: Buffer;
    try {
      plain = gunzipSync(body);
    } catch {
      throw new Error('备份文件已损坏（无法解压），不能恢复。');
    }
    const chunks: Opened['chunks'] = [];
    let at = 0;
    for (const s of header.sections) {
      const lines = plain.subarray(at, at + s.bytes).toString('utf8').split('\n').filter(Boolean);
      at += s.bytes;
      if (lines.length !== s.count) throw new Error(`备份文件中「${s.table}」的记录数不符，文件已损坏，不能恢复。`);
      for (let i = 0; i < lines.length; i += ROWS_PER_READ) chunks.push({ table: s.table, lines: lines.slice(i, i + ROWS_PER_READ) });
      if (!lines.length) chunks.push({ table: s.table, lines: [] });
    }
    if (at !== plain.length) throw new Error('备份文件的长度与文件头不符，文件已损坏，不能恢复。');
    const token = randomUUID();
    this.opened.set(token, { chunks });
    const st = await fsp.stat(abs);
    return {
      token,
      info: { name: path.basename(abs), createdAt: header.createdAt, kind: header.kind, office: header.office, bytes: st.size, counts: counts(header) },
      schemaVersion: header.schemaVersion,
      chunks: chunks.map((c) => ({ table: c.table, count: c.lines.length })),
    };
  }

  read(token: string, index: number): { table: string; ndjson: string } {
    const c = this.opened.get(token)?.chunks[index];
    if (!c) throw new Error('备份读取已失效，请重新打开。');
    return { table: c.table, ndjson: c.lines.join('\n') };
  }

  close(token: string): void {
    this.opened.delete(token);
  }
}
