import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes, randomUUID, type Hash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BackupInfo, BackupKind } from '../../../shared/contract/sync';
import type { FileRef } from '../../../shared/contract/files';
import type { AppPaths } from '../paths';
import { localDateTime } from '../../../shared/attendance/time';

/**
 * Backups: a full dump of every Dexie table. The renderer reads each table in
 * pages and hands us gzipped NDJSON chunks; we append them to a temporary file
 * and rename it into place at the end, so no side ever holds the whole
 * database. Automatic ones live in the 'backups' area and are kept in rotation.
 *
 * Format 2 (written): "CDBACKUP 2\n", the chunks (each its own gzip member of
 * one table's NDJSON rows), the JSON header (chunk list, sha256 of the chunks),
 * then a fixed trailer "CDEND <12-digit header length>\n".
 * Format 1 (read only): "CDBACKUP 1\n", one JSON header line, then one gzip of
 * every table's NDJSON, section after section.
 */
const MAGIC_V1 = 'CDBACKUP 1\n';
const MAGIC = 'CDBACKUP 2\n';
const TRAILER_LEN = 19; // "CDEND " + 12 digits + "\n"
export const BACKUP_EXT = '.cdbackup';
export const KEEP_AUTOMATIC = 10;
const ROWS_PER_READ = 5000;
const DAMAGED = '备份文件已损坏（不完整或被改动），不能恢复。';

interface ChunkEntry {
  table: string;
  count: number;
  bytes: number;
}

interface Header {
  createdAt: string;
  kind: BackupKind;
  office: string;
  /** The computer (node id) that made the backup: a new PC restoring it replaces that one (issue 17). */
  node?: string;
  schemaVersion: number;
  /** Format 2: the chunks in file order, and the sha256 (hex) of their bytes. */
  chunks?: ChunkEntry[];
  sha256?: string;
  /** Format 1: one section per table inside a single gzip. */
  sections?: Array<{ table: string; count: number; bytes: number }>;
}

interface Pending {
  kind: BackupKind;
  folder: string;
  tmp: string;
  handle: FileHandle;
  at: number;
  hash: Hash;
  chunks: ChunkEntry[];
  /** Calls for one token run one after another (the file is appended in order). */
  queue: Promise<unknown>;
}

/** Format 2: chunks are read from the file by offset; format 1: the file was unpacked at open. */
type Opened = { file: string; offsets: Array<{ table: string; at: number; bytes: number }> } | { v1: Array<{ table: string; lines: string[] }> };

/** The node a backup names, if it is one (the header is read from a file: never trusted as is). */
function nodeOf(h: Header): string | null {
  return typeof h.node === 'string' && /^[0-9A-F]{16}$/.test(h.node) ? h.node : null;
}

function counts(h: Header): Record<string, number> {
  const c: Record<string, number> = {};
  for (const s of h.chunks ?? h.sections ?? []) c[s.table] = (c[s.table] ?? 0) + s.count;
  return c;
}

function parseHeader(text: string): Header {
  try {
    return JSON.parse(text) as Header;
  } catch {
    throw new Error('备份文件头已损坏。');
  }
}

export class BackupService {
  private readonly pending = new Map<string, Pending>();
  private readonly opened = new Map<string, Opened>();

  constructor(
    private readonly paths: AppPaths,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(kind: BackupKind, folder: string | null): Promise<{ token: string }> {
    if (kind === 'manual' && !folder) throw new Error('请选择保存备份的文件夹。');
    const dir = folder ? this.paths.root({ picked: folder }) : this.paths.area('backups');
    await fsp.mkdir(dir, { recursive: true });
    // Named like atomicWrite's temporaries, so a crash leaves nothing the start-up sweep misses.
    const tmp = path.join(dir, `.backup${BACKUP_EXT}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await fsp.open(tmp, 'wx');
    await handle.write(Buffer.from(MAGIC, 'utf8'));
    const token = randomUUID();
    this.pending.set(token, { kind, folder: dir, tmp, handle, at: MAGIC.length, hash: createHash('sha256'), chunks: [], queue: Promise.resolve() });
    return { token };
  }

  private take(token: string): Pending {
    const p = this.pending.get(token);
    if (!p) throw new Error('备份已失效，请重新开始。');
    return p;
  }

  /** Append one table's chunk: `gz` is a gzip of `count` NDJSON rows. */
  async chunk(token: string, table: string, gz: Uint8Array, count: number): Promise<void> {
    const p = this.take(token);
    const run = p.queue.then(async () => {
      const buf = Buffer.from(gz.buffer, gz.byteOffset, gz.byteLength);
      await p.handle.write(buf, 0, buf.length, p.at);
      p.at += buf.length;
      p.hash.update(buf);
      p.chunks.push({ table, count, bytes: buf.length });
    });
    p.queue = run.catch(() => undefined);
    await run;
  }

  async cancel(token: string): Promise<void> {
    const p = this.pending.get(token);
    if (!p) return;
    this.pending.delete(token);
    await p.queue;
    await p.handle.close().catch(() => undefined);
    await fsp.rm(p.tmp, { force: true });
  }

  async finish(token: string, schemaVersion: number, office: string, node?: string): Promise<{ name: string; path: string; bytes: number; counts: Record<string, number> }> {
    const p = this.take(token);
    this.pending.delete(token);
    let renamed = false;
    try {
      await p.queue;
      const created = new Date(this.now());
      const header: Header = { createdAt: created.toISOString(), kind: p.kind, office, ...(node ? { node } : {}), schemaVersion, chunks: p.chunks, sha256: p.hash.digest('hex') };
      const json = Buffer.from(JSON.stringify(header), 'utf8');
      const trailer = Buffer.from(`CDEND ${String(json.length).padStart(12, '0')}\n`, 'utf8');
      await p.handle.write(Buffer.concat([json, trailer]), 0, json.length + trailer.length, p.at);
      const bytes = p.at + json.length + trailer.length;
      await p.handle.sync();
      await p.handle.close();
      // Local time in the name: the clerk looks for the backup taken at 09:37, not at 01:37 UTC.
      const stamp = localDateTime(created).replace(/[-:]/g, '').replace('T', '-');
      const name = `备份_${office}_${stamp}_${p.kind}_${randomUUID().slice(0, 6)}${BACKUP_EXT}`;
      const target = path.join(p.folder, name);
      await fsp.rename(p.tmp, target);
      renamed = true;
      await syncDir(p.folder);
      if (p.folder === this.paths.area('backups')) await this.rotate();
      return { name, path: target, bytes, counts: counts(header) };
    } finally {
      if (!renamed) {
        await p.handle.close().catch(() => undefined);
        await fsp.rm(p.tmp, { force: true }).catch(() => undefined);
      }
    }
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

  /** The header of a backup file (either format), and where format 2's chunks end. */
  private static async readHeader(handle: FileHandle): Promise<{ header: Header; version: 1 | 2; bodyEnd: number; size: number }> {
    const size = (await handle.stat()).size;
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    const magic = head.subarray(0, MAGIC.length).toString('utf8');
    if (magic === MAGIC_V1) {
      const nl = head.indexOf(0x0a, MAGIC_V1.length);
      if (nl < 0) throw new Error('备份文件不完整（被截断）。');
      return { header: parseHeader(head.subarray(MAGIC_V1.length, nl).toString('utf8')), version: 1, bodyEnd: nl + 1, size };
    }
    if (magic !== MAGIC) throw new Error('这不是政协工委助手的备份文件。');
    if (size < MAGIC.length + TRAILER_LEN) throw new Error(DAMAGED);
    const trailer = Buffer.alloc(TRAILER_LEN);
    await handle.read(trailer, 0, TRAILER_LEN, size - TRAILER_LEN);
    const m = /^CDEND (\d{12})\n$/.exec(trailer.toString('utf8'));
    const len = m ? Number(m[1]) : -1;
    const bodyEnd = size - TRAILER_LEN - len;
    if (!m || bodyEnd < MAGIC.length) throw new Error(DAMAGED);
    const json = Buffer.alloc(len);
    await handle.read(json, 0, len, bodyEnd);
    const header = parseHeader(json.toString('utf8'));
    if (!Array.isArray(header.chunks)) throw new Error(DAMAGED);
    return { header, version: 2, bodyEnd, size };
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
          const { header, size } = await BackupService.readHeader(handle);
          out.push({ name: e.name, createdAt: header.createdAt, kind: header.kind, office: header.office, node: nodeOf(header), bytes: size, counts: counts(header) });
        } finally {
          await handle.close();
        }
      } catch {
        // not a backup of ours
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * Open a backup for a preview. Every chunk is checked here (checksum, gzip,
   * row counts), one at a time, so a damaged file is refused before anything
   * changes and the restore itself only fetches chunks that are known good.
   */
  async open(ref: FileRef): Promise<{ token: string; info: BackupInfo; schemaVersion: number; chunks: Array<{ table: string; count: number }> }> {
    const abs = this.paths.resolve(ref);
    const handle = await fsp.open(abs, 'r').catch(() => {
      throw new Error(`找不到备份文件：${ref.path}`);
    });
    let opened: Opened;
    let header: Header;
    let size: number;
    let list: Array<{ table: string; count: number }>;
    try {
      const h = await BackupService.readHeader(handle);
      header = h.header;
      size = h.size;
      if (h.version === 1) {
        const body = Buffer.alloc(size - h.bodyEnd);
        await handle.read(body, 0, body.length, h.bodyEnd);
        const v1 = BackupService.unpackV1(header, body);
        opened = { v1 };
        list = v1.map((c) => ({ table: c.table, count: c.lines.length }));
      } else {
        const offsets: Array<{ table: string; at: number; bytes: number }> = [];
        const hash = createHash('sha256');
        let at = MAGIC.length;
        for (const c of header.chunks!) {
          if (!(c.bytes >= 0) || at + c.bytes > h.bodyEnd) throw new Error(DAMAGED);
          const gz = Buffer.alloc(c.bytes);
          await handle.read(gz, 0, c.bytes, at);
          hash.update(gz);
          let lines: number;
          try {
            lines = gunzipSync(gz).toString('utf8').split('\n').filter(Boolean).length;
          } catch {
            throw new Error('备份文件已损坏（无法解压），不能恢复。');
          }
          if (lines !== c.count) throw new Error(`备份文件中「${c.table}」的记录数不符，文件已损坏，不能恢复。`);
          offsets.push({ table: c.table, at, bytes: c.bytes });
          at += c.bytes;
        }
        if (at !== h.bodyEnd || hash.digest('hex') !== header.sha256) throw new Error(DAMAGED);
        opened = { file: abs, offsets };
        list = header.chunks!.map((c) => ({ table: c.table, count: c.count }));
      }
    } finally {
      await handle.close();
    }
    const token = randomUUID();
    this.opened.set(token, opened);
    return {
      token,
      info: { name: path.basename(abs), createdAt: header.createdAt, kind: header.kind, office: header.office, node: nodeOf(header), bytes: size, counts: counts(header) },
      schemaVersion: header.schemaVersion,
      chunks: list,
    };
  }

  private static unpackV1(header: Header, body: Buffer): Array<{ table: string; lines: string[] }> {
    let plain: Buffer;
    try {
      plain = gunzipSync(body);
    } catch {
      throw new Error('备份文件已损坏（无法解压），不能恢复。');
    }
    const chunks: Array<{ table: string; lines: string[] }> = [];
    let at = 0;
    for (const s of header.sections ?? []) {
      const lines = plain.subarray(at, at + s.bytes).toString('utf8').split('\n').filter(Boolean);
      at += s.bytes;
      if (lines.length !== s.count) throw new Error(`备份文件中「${s.table}」的记录数不符，文件已损坏，不能恢复。`);
      for (let i = 0; i < lines.length; i += ROWS_PER_READ) chunks.push({ table: s.table, lines: lines.slice(i, i + ROWS_PER_READ) });
      if (!lines.length) chunks.push({ table: s.table, lines: [] });
    }
    if (at !== plain.length) throw new Error('备份文件的长度与文件头不符，文件已损坏，不能恢复。');
    return chunks;
  }

  /** One chunk of an opened backup: a gzip of its NDJSON rows. */
  async read(token: string, index: number): Promise<{ table: string; gz: Uint8Array }> {
    const o = this.opened.get(token);
    if (o && 'v1' in o) {
      const c = o.v1[index];
      if (c) return { table: c.table, gz: gzipSync(Buffer.from(c.lines.map((l) => l + '\n').join(''), 'utf8')) };
    } else if (o?.offsets[index]) {
      const c = o.offsets[index];
      const handle = await fsp.open(o.file, 'r');
      try {
        const gz = Buffer.alloc(c.bytes);
        await handle.read(gz, 0, c.bytes, c.at);
        return { table: c.table, gz: new Uint8Array(gz.buffer, gz.byteOffset, gz.byteLength) };
      } finally {
        await handle.close();
      }
    }
    throw new Error('备份读取已失效，请重新打开。');
  }

  close(token: string): void {
    this.opened.delete(token);
  }
}

async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
