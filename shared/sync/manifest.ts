import { z } from 'zod';
import { RelPath } from '../contract/files';
import { isNodeId, isStamp } from '../hlc';
import { localDate } from '../attendance/time';
import { attachmentPathProblem, nameProblem } from './file-names';
import { MAX_BUNDLE_BYTES, SCRYPT_MAX_MEMORY, SCRYPT_MAX_WORK } from './limits';

/** The bundle format: a single file, versioned (see container.ts for the layout). */
export const BUNDLE_FORMAT = 'committee-desk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXT = '.cdsync';

/**
 * Strings of a manifest that become (part of) a file name here: the bundle id
 * names the quarantine files, the office code the archive folder and, with the
 * other fields, the bundle's file name. Nothing else is let through: lower-case
 * hex and dashes for a bundle id (our ids are UUIDv7; one case only, so two ids
 * never share a file on a case-insensitive disk), an office code as setup
 * allows it (upper case), never a name Windows reserves.
 */
export const BundleId = z.string().regex(/^[0-9a-f][0-9a-f-]{7,63}$/, '数据包编号不合法');
export const OfficeCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, '办公室代码不合法')
  .refine((c) => nameProblem(c) === null, '办公室代码不能用作文件夹名');
export const NodeId = z.string().refine(isNodeId, '节点编号不合法');
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().min(0);
const Vv = z.record(NodeId, Count);
/** A table name, as the schema spells them. */
const TableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,59}$/);
const Counts = z.record(TableName, Count);
/** createdAt as toISOString writes it: it becomes the date in the file name. */
const IsoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/).refine((s) => !Number.isNaN(Date.parse(s)));

/** A file entry's name is this prefix and the file's path in the attachments area. */
export const FILE_ENTRY_PREFIX = 'files/';

export const BundleEntry = z
  .object({
    /** ops-0001.ndjson, or files/<path> for an attachment. */
    name: z.string().min(1).max(300),
    kind: z.enum(['ops', 'file']),
    bytes: Count.max(MAX_BUNDLE_BYTES),
    sha256: Hex64,
    /** Ops in an ops entry (at most OPS_PER_CHUNK: checkOps says so in words). */
    count: Count.optional(),
  })
  .refine((e) => (e.kind === 'ops' ? /^ops-\d{1,6}\.ndjson$/.test(e.name) : e.name.startsWith(FILE_ENTRY_PREFIX)), '数据块名称不合法');
export type BundleEntry = z.infer<typeof BundleEntry>;

/**
 * The attachments-area path a file entry's name stands for, or null when it is
 * not a plain relative path (`files/../x`) or not a name safe on every disk
 * this app runs on (file-names.ts).
 */
export function fileEntryPath(name: string): string | null {
  if (!name.startsWith(FILE_ENTRY_PREFIX)) return null;
  const rel = name.slice(FILE_ENTRY_PREFIX.length);
  return RelPath.safeParse(rel).success && attachmentPathProblem(rel) === null ? rel : null;
}

const Party = z.object({
  office: OfficeCode.nullable(),
  node: NodeId.nullable(),
  role: z.enum(['office', 'hq']),
});

/** The plaintext manifest, signed with the sender's Ed25519 key. */
export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  bundleId: BundleId,
  source: Party.extend({ office: OfficeCode, node: NodeId, name: z.string().max(100), publicKey: z.string().min(40).max(60) }),
  dest: Party,
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  createdAt: IsoTime,
  stamp: z.string().refine(isStamp, '时间戳不合法'),
  /** Bundle number on the link from source to destination, from 1. */
  seq: z.number().int().min(1),
  /** Hash of the previous bundle on the same link (null for the first). */
  prevHash: Hex64.nullable(),
  /** The sender's version vector when it made the bundle: what the bundle brings the receiver up to. */
  covers: Vv,
  /** What the sender has received from the destination (its acknowledgement). */
  ack: Vv,
  /** Seq range per origin of the ops inside. */
  ranges: z.record(NodeId, z.tuple([Count, Count])),
  /** Ops per table, and how many of them are deletions. */
  counts: Counts,
  deletes: Counts,
  totalOps: Count,
  entries: z.array(BundleEntry).max(100000),
  /**
   * The computers of the same office the sender replaces (their node ids):
   * a new PC set up from the old one's backup. The importer asks to confirm
   * the new key and retires those it names (electron/services/sync/computers.ts).
   */
  replaces: z.array(NodeId).max(16).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/**
 * Encryption parameters, in the header (authenticated as AAD of every chunk,
 * so only after the key is derived): scrypt needs 128·N·r bytes and time in
 * proportion to N·r·p, both bounded (limits.ts).
 */
export const Encryption = z
  .object({
    cipher: z.literal('aes-256-gcm'),
    kdf: z.literal('scrypt'),
    // scrypt's cost must be a power of two: any other value makes the KDF throw instead of refusing the file.
    N: z.number().int().min(1024).max(1 << 20).refine((n) => (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().min(16).max(64),
    chunkSize: z.number().int().min(1024).max(1 << 24),
  })
  .refine((e) => 128 * e.N * e.r <= SCRYPT_MAX_MEMORY && e.N * e.r * e.p <= SCRYPT_MAX_WORK);
export type Encryption = z.infer<typeof Encryption>;

const FIELD_LABELS: Record<string, string> = {
  bundleId: '数据包编号',
  source: '来源（办公室代码、节点编号或名称）',
  dest: '去向（办公室代码或节点编号）',
  createdAt: '导出时间',
  stamp: '时间戳',
  entries: '数据块列表',
  covers: '版本向量',
  ack: '确认向量',
  ranges: '编号范围',
  counts: '记录数',
  deletes: '删除数',
};

/** What is wrong with a manifest that failed its schema, in Chinese, naming the field (and an attachment by its name). */
export function manifestProblem(error: z.ZodError, raw: unknown): string {
  const issue = error.issues[0];
  const [top, index] = issue?.path ?? [];
  if (top === 'entries' && typeof index === 'number') {
    const e = (raw as { entries?: Array<{ name?: unknown; kind?: unknown }> })?.entries?.[index];
    if (e?.kind === 'file' && typeof e.name === 'string') {
      return `数据包里的附件「${e.name.slice(0, 120)}」的路径不合法：文件可能被伪造，已拒绝导入，没有任何改动。`;
    }
  }
  const label = FIELD_LABELS[String(top)] ?? '内容';
  return `数据包清单中的${label}不合格式：文件被改动或伪造，已拒绝导入，没有任何改动。`;
}

/** The file name says source office, date, sequence and destination. */
export function bundleFileName(m: Pick<Manifest, 'source' | 'dest' | 'createdAt' | 'seq'>): string {
  // The local date, as the clerk reads a calendar (an export at 07:30 in Beijing is not "yesterday").
  const date = localDate(new Date(m.createdAt)).replace(/-/g, '');
  const dest = m.dest.office ?? (m.dest.role === 'hq' ? 'HQ' : 'OFFICE');
  return `${m.source.office}_${date}_${String(m.seq).padStart(4, '0')}_to_${dest}${BUNDLE_EXT}`;
}
