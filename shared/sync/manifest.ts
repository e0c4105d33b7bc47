import { z } from 'zod';
import { RelPath } from '../contract/files';
import { isNodeId, isStamp } from '../hlc';
import { localDate } from '../attendance/time';

/** The bundle format: a single file, versioned (see container.ts for the layout). */
export const BUNDLE_FORMAT = 'committee-desk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXT = '.cdsync';

const NodeId = z.string().refine(isNodeId, '节点编号不合法');
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().min(0);
const Vv = z.record(z.string(), Count);

export const BundleEntry = z.object({
  /** ops-0001.ndjson, or files/<path> for an attachment. */
  name: z.string().min(1).max(300),
  kind: z.enum(['ops', 'file']),
  bytes: Count,
  sha256: Hex64,
  /** Ops in an ops entry. */
  count: Count.optional(),
});
export type BundleEntry = z.infer<typeof BundleEntry>;

/** A file entry's name is this prefix and the file's path in the attachments area. */
export const FILE_ENTRY_PREFIX = 'files/';

/** The attachments-area path a file entry's name stands for, or null when it is not a plain relative path (`files/../x`). */
export function fileEntryPath(name: string): string | null {
  if (!name.startsWith(FILE_ENTRY_PREFIX)) return null;
  const rel = name.slice(FILE_ENTRY_PREFIX.length);
  return RelPath.safeParse(rel).success ? rel : null;
}

const Party = z.object({
  office: z.string().nullable(),
  node: NodeId.nullable(),
  role: z.enum(['office', 'hq']),
});

/** The plaintext manifest, signed with the sender's Ed25519 key. */
export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  bundleId: z.string().min(8).max(64),
  source: Party.extend({ office: z.string().min(1), node: NodeId, name: z.string(), publicKey: z.string().min(40).max(60) }),
  dest: Party,
  schemaVersion: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.string(),
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
  ranges: z.record(z.string(), z.tuple([Count, Count])),
  /** Ops per table, and how many of them are deletions. */
  counts: z.record(z.string(), Count),
  deletes: z.record(z.string(), Count),
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

/** Encryption parameters, in the header (authenticated as AAD of every chunk). */
/** scrypt needs at least 128·N·r bytes; a header (which is not signed) may not ask for more than this. */
export const SCRYPT_MAX_MEMORY = 256 * 1024 * 1024;

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
  .refine((e) => 128 * e.N * e.r <= SCRYPT_MAX_MEMORY);
export type Encryption = z.infer<typeof Encryption>;

/** The file name says source office, date, sequence and destination. */
export function bundleFileName(m: Pick<Manifest, 'source' | 'dest' | 'createdAt' | 'seq'>): string {
  // The local date, as the clerk reads a calendar (an export at 07:30 in Beijing is not "yesterday").
  const date = localDate(new Date(m.createdAt)).replace(/-/g, '');
  const dest = m.dest.office ?? (m.dest.role === 'hq' ? 'HQ' : 'OFFICE');
  return `${m.source.office}_${date}_${String(m.seq).padStart(4, '0')}_to_${dest}${BUNDLE_EXT}`;
}
