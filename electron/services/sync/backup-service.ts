import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes, randomUUID, type Hash } from 'node:crypto';
import { createGunzip, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { BackupKind as BackupKindSchema, type BackupInfo, type BackupKind } from '../../../shared/contract/sync';
import type { FileRef } from '../../../shared/contract/files';
import {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CHUNK_INFLATED,
  MAX_BACKUP_HEADER_BYTES,
  MAX_BACKUP_INFLATED,
  MAX_BACKUP_ROWS_PER_CHUNK,
  MAX_BACKUP_V1_INFLATED,
} from '../../../shared/sync/limits';
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
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

const Count = z.number().int().min(0);
const ChunkEntry = z.object({ table: z.string().min(1).max(60), count: Count.max(MAX_BACKUP_ROWS_PER_CHUNK), bytes: Count.max(MAX_BACKUP_BYTES) });
type ChunkEntry = z.infer<typeof ChunkEntry>;

/** A backup's header, checked like every byte of the file (it comes from wherever the file came from). */
const Header = z.object({
  createdAt: z.string().max(40),
  kind: BackupKindSchema,
  office: z.string().max(40),
  /** The computer (node id) that made the backup: a new PC restoring it replaces that one (issue 17). */
  node: z.string().max(40).optional(),
  schemaVersion: z.number().int().min(1),
  /** Format 2: the chunks in file order, and the sha256 (hex) of their bytes. */
  chunks: z.array(ChunkEntry).max(1_000_000).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Format 1: one section per table inside a single gzip. */
  sections: z.array(z.object({ table: z.string().min(1).max(60), count: Count, bytes: Count.max(MAX_BACKUP_V1_INFLATED) })).max(1000).optional(),
});
type Header = z.infer<typeof Header>;

/** Counts rows (non-empty lines, as `split('\n').filter(Boolean)` would) across pieces, without splitting. */
class RowCounter {
  rows = 0;
  newlines = 0;
  private pending = 0;

  add(piece: Uint8Array): void {
    let at = 0;
    for (let nl = piece.indexOf(0x0a); nl !== -1; nl = piece.indexOf(0x0a, nl + 1)) {
      this.newlines++;
      if (this.pending + nl - at > 0) this.rows++;
      this.pending = 0;
      at = nl + 1;
    }
    this.pending += piece.length - at;
  }

  end(): number {
    if (this.pending > 0) this.rows++;
    this.pending = 0;
    return this.rows;
  }
}

/**
 * Inflate one gzip member through zlib's stream (a piece at a time, main gets
 * a turn between pieces), refusing it once it passes `cap` bytes or holds far
 * more lines than its header says; rows are counted on the way, the bytes
 * kept only when `keep`.
 */
async function inflate(gz: Uint8Array, cap: number, expectRows: number, keep: boolean): Promise<{ rows: number; bytes: number; data: Buffer | null }> {
  const z = createGunzip({ chunkSize: 1 << 20 });
  z.end(gz);
  const rows = new RowCounter();
  const parts: Buffer[] = [];
  let bytes = 0;
  let refusal: Error | null = null;
  try {
    for await (const piece of z as AsyncIterable<Buffer>) {
      bytes += piece.length;
      if (bytes > cap) refusal = new Error(`备份文件中有一段数据解压后超过 ${MB(cap)}，文件已损坏或不是本程序生成的，不能恢复。`);
      else {
        rows.add(piece);
        if (rows.newlines > 2 * expectRows + 16) refusal = new Error('备份文件的记录数与文件头不符，文件已损坏，不能恢复。');
      }
      if (refusal) break;
      if (keep) parts.push(piece);
    }
  } catch {
    throw new Error('备份文件已损坏（无法解压），不能恢复。');
  } finally {
    z.destroy();
  }
  if (refusal) throw refusal;
  return { rows: rows.end(), bytes, data: keep ? Buffer.concat(parts) : null };
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('备份文件头已损坏。');
  }
  const h = Header.safeParse(raw);
  if (!h.success) throw new Error('备份文件头的内容不合格式，文件已损坏或不是本程序生成的，不能恢复。');
  return h.data;
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
    const dir = folder ? await this.paths.realRoot({ picked: folder }) : this.paths.area('backups');
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
    if (size > MAX_BACKUP_BYTES) throw new Error(`备份文件太大（${MB(size)}，最大 ${MB(MAX_BACKUP_BYTES)}），不是本程序能恢复的备份。`);
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
    if (!m || bodyEnd < MAGIC.length || len > MAX_BACKUP_HEADER_BYTES) throw new Error(DAMAGED);
    const json = Buffer.alloc(len);
    await handle.read(json, 0, len, bodyEnd);
    const header = parseHeader(json.toString('utf8'));
    if (!Array.isArray(header.chunks)) throw new Error(DAMAGED);
    return { header, version: 2, bodyEnd, size };
  }

  /** Automatic backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    return BackupService.listDir(this.paths.area('backups'));
  }

  /** The backups in a folder the person picked (a USB stick), newest first, for them to choose one to restore. */
  async listFolder(picked: string): Promise<BackupInfo[]> {
    return BackupService.listDir(this.paths.root({ picked }));
  }

  private static async listDir(dir: string): Promise<BackupInfo[]> {
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
    const abs = await this.paths.real(ref);
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
        const v1 = await BackupService.unpackV1(header, body);
        opened = { v1 };
        list = v1.map((c) => ({ table: c.table, count: c.lines.length }));
      } else {
        const offsets: Array<{ table: string; at: number; bytes: number }> = [];
        const hash = createHash('sha256');
        let at = MAGIC.length;
        let inflated = 0;
        for (const c of header.chunks!) {
          if (at + c.bytes > h.bodyEnd || c.bytes > MAX_BACKUP_CHUNK_INFLATED) throw new Error(DAMAGED);
          const gz = Buffer.alloc(c.bytes);
          await handle.read(gz, 0, c.bytes, at);
          hash.update(gz);
          const { rows: lines, bytes } = await inflate(gz, MAX_BACKUP_CHUNK_INFLATED, c.count, false);
          inflated += bytes;
          if (inflated > MAX_BACKUP_INFLATED) throw new Error(`备份文件解压后超过 ${MB(MAX_BACKUP_INFLATED)}，不是本程序能恢复的备份。`);
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

  /** Format 1 is one gzip of everything: inflated (streamed, capped) and held, as that version was read. */
  private static async unpackV1(header: Header, body: Buffer): Promise<Array<{ table: string; lines: string[] }>> {
    const sections = header.sections ?? [];
    const expect = sections.reduce((n, s) => n + s.count, 0);
    const plain = (await inflate(body, MAX_BACKUP_V1_INFLATED, expect, true)).data!;
    const chunks: Array<{ table: string; lines: string[] }> = [];
    let at = 0;
    for (const s of sections) {
      const part = plain.subarray(at, at + s.bytes);
      at += s.bytes;
      // Count before splitting: a section of nothing but newlines is refused without an array of empty strings.
      const counter = new RowCounter();
      counter.add(part);
      if (counter.end() !== s.count || counter.newlines > 2 * s.count + 16) {
        throw new Error(`备份文件中「${s.table}」的记录数不符，文件已损坏，不能恢复。`);
      }
      const lines = part.toString('utf8').split('\n').filter(Boolean);
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
