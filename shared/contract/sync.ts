import { z } from 'zod';
import { Bytes, FileRef, RelPath } from './files';
import { BundleId } from '../sync/manifest';

/** Calls of the data exchange (docs/sync.md) and of backups. Ops travel as NDJSON strings. */
const Int = z.number().int().min(0);
const Vv = z.record(z.string(), Int);
const Counts = z.record(z.string(), Int);
const Token = z.string().min(8).max(64);
const Role = z.enum(['office', 'hq']);

export const OpsSummary = z.object({
  counts: Counts,
  deletes: Counts,
  ranges: z.record(z.string(), z.tuple([Int, Int])),
  maxStamp: z.string(),
  total: Int,
});

export const Party = z.object({ office: z.string().nullable(), node: z.string().nullable(), role: Role });
export const Sender = z.object({ office: z.string(), name: z.string(), role: Role, node: z.string() });
export type Sender = z.infer<typeof Sender>;

export const PeerInfo = z.object({
  node: z.string(),
  office: z.string(),
  name: z.string(),
  role: Role,
  fingerprint: z.string(),
  enrolledAt: z.string(),
  lastImportAt: z.string().nullable(),
  lastExportAt: z.string().nullable(),
  lastExportFile: z.string().nullable(),
  /** The last bundle imported from this computer (its number on the link), null before the first. */
  lastBundleSeq: Int.nullable().default(null),
  /** Replaced by another computer of the same office on this date (its bundles are refused since). */
  retiredAt: z.string().nullable().default(null),
  replacedBy: z.string().nullable().default(null),
});
export type PeerInfo = z.infer<typeof PeerInfo>;

/** An enrolled computer, as named when another asks to be enrolled for the same office. */
export const Computer = z.object({
  node: z.string(),
  name: z.string(),
  fingerprint: z.string(),
  enrolledAt: z.string(),
  lastImportAt: z.string().nullable(),
  lastBundleSeq: Int.nullable(),
});
export type Computer = z.infer<typeof Computer>;

export const QuarantineItem = z.object({
  id: z.string(),
  source: Sender,
  createdAt: z.string(),
  maxStamp: z.string(),
  totalOps: Int,
  reason: z.string(),
});
export type QuarantineItem = z.infer<typeof QuarantineItem>;

export const SyncStatus = z.object({
  me: z.object({
    node: z.string(),
    office: z.string(),
    name: z.string(),
    role: Role,
    fingerprint: z.string(),
    /** Computers of this office that this one replaces (learned from a restored backup). */
    replaces: z.array(z.string()).default([]),
    /** Set when this data folder was set up on another machine (copied here): the fingerprint it was set up with. */
    copiedFrom: z.string().nullable().default(null),
  }),
  crypto: z.enum(['node', 'noble']),
  peers: z.array(PeerInfo),
  quarantine: z.array(QuarantineItem),
  /** This node's own seq already sent out: a restored database must not issue these again. */
  ownSeqSent: Int,
  /** Exports made per destination ('hq', or an office code at HQ), including to one not yet heard from. */
  exports: z.array(z.object({ to: z.string(), lastExportAt: z.string().nullable(), lastExportFile: z.string().nullable() })),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const BundleListing = z.object({
  name: z.string(),
  /** 'damaged': the signature or an entry's hash does not match (a tampered or broken copy); nothing to import. */
  status: z.enum(['new', 'imported', 'not-for-me', 'mine', 'unreadable', 'unknown-sender', 'damaged']),
  message: z.string().nullable(),
  source: Sender.nullable(),
  createdAt: z.string().nullable(),
  seq: Int.nullable(),
  totalOps: Int.nullable(),
  counts: Counts.nullable(),
  encrypted: z.boolean(),
});
export type BundleListing = z.infer<typeof BundleListing>;

export const BundleSource = z.union([
  z.object({ file: FileRef }),
  // The same pattern as a manifest's bundle id: every held bundle can be named, nothing else.
  z.object({ quarantine: BundleId }),
  z.object({ archive: RelPath }),
]);
export type BundleSource = z.infer<typeof BundleSource>;

export const VerifyResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    token: Token,
    bundleId: z.string(),
    source: Sender,
    createdAt: z.string(),
    /** The schema version the bundle was written with (older only in a rebuild: its ops are brought up to date). */
    schemaVersion: z.number().int().min(1),
    summary: OpsSummary,
    /** Number of ops chunks to fetch with sync.importChunk. */
    chunks: Int,
    covers: Vv,
    /** A bundle before this one on the same link never arrived (a lost stick): its ops are in this one. */
    gap: z.boolean(),
  }),
  z.object({ status: z.literal('duplicate'), bundleId: z.string(), source: Sender, importedAt: z.string() }),
  z.object({
    status: z.literal('needs-enrolment'),
    source: Sender,
    fingerprint: z.string(),
    /** The enrolled computers of the same office this one says it replaces. */
    replaces: z.array(Computer).default([]),
    /** The other enrolled computers of the same office: enrolling this one replaces them or adds a computer. */
    computers: z.array(Computer).default([]),
  }),
  z.object({ status: z.literal('needs-passphrase'), source: Sender }),
  z.object({ status: z.literal('quarantined'), id: z.string(), source: Sender, reason: z.string() }),
]);
export type VerifyResult = z.infer<typeof VerifyResult>;

export const ExportResult = z.object({
  fileName: z.string(),
  path: z.string(),
  bytes: Int,
  bundleId: z.string(),
  totalOps: Int,
  counts: Counts,
  deletes: Counts,
  encrypted: z.boolean(),
  /** Attachments the ops refer to that were not on this machine, so not sent. */
  missingAttachments: Int,
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ArchivedBundle = z.object({
  path: z.string(),
  source: Sender,
  createdAt: z.string(),
  totalOps: Int,
  counts: Counts,
  own: z.boolean(),
});
export type ArchivedBundle = z.infer<typeof ArchivedBundle>;

export const BackupKind = z.enum(['auto', 'manual', 'before-import', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

export const BackupInfo = z.object({
  name: z.string(),
  createdAt: z.string(),
  kind: BackupKind,
  office: z.string(),
  /** The computer that made it (null for backups from before this was kept). */
  node: z.string().nullable().default(null),
  bytes: Int,
  counts: Counts,
});
export type BackupInfo = z.infer<typeof BackupInfo>;

const Empty = z.object({});

export const syncContract = {
  'sync.status': { args: Empty, result: SyncStatus },
  'sync.exportBegin': {
    args: z.object({ destOffice: z.string().nullable() }),
    result: z.object({
      token: Token,
      ack: Vv,
      dest: Party,
      /** `origins`: the computers whose ops an office sends (itself and those it replaces). */
      me: z.object({ node: z.string(), office: z.string(), role: Role, origins: z.array(z.string()).optional() }),
    }),
  },
  /** `gz`: gzip of the chunk's NDJSON (see renderer/src/sync/gzip.ts). */
  'sync.exportChunk': { args: z.object({ token: Token, gz: Bytes, summary: OpsSummary }), result: z.object({ chunks: Int }) },
  'sync.exportFinish': {
    args: z.object({
      token: Token,
      folder: z.string().min(1),
      passphrase: z.string().max(200).nullable(),
      covers: Vv,
      stamp: z.string(),
      schemaVersion: z.number().int().min(1),
      attachments: z.array(RelPath).default([]),
    }),
    result: ExportResult,
  },
  'sync.exportCancel': { args: z.object({ token: Token }), result: Empty },
  'sync.scanFolder': { args: z.object({ folder: z.string().min(1) }), result: z.array(BundleListing) },
  'sync.verify': {
    args: z.object({
      source: BundleSource,
      passphrase: z.string().max(200).nullable().default(null),
      schemaVersion: z.number().int().min(1),
      tables: z.array(z.string()),
      /** Rebuild from the archive: own bundles too, no ledger, no quarantine. */
      rebuild: z.boolean().default(false),
    }),
    result: VerifyResult,
  },
  /**
   * `as`: when the office has an enrolled computer already, 'replace' retires the
   * ones the bundle names (a new PC), 'add' enrols another computer (HQ only).
   */
  'sync.enrol': { args: z.object({ source: BundleSource, fingerprint: z.string(), as: z.enum(['replace', 'add']).optional() }), result: PeerInfo },
  /** A restored backup came from this computer of the same office: this one replaces it. */
  'sync.notePredecessor': { args: z.object({ node: z.string().regex(/^[0-9A-F]{16}$/) }), result: z.object({ noted: z.boolean() }) },
  /**
   * This data folder was copied from another computer: make this one a new computer of the
   * office (new node and key, its own bundle chain). `reissueAbove`: this computer's ops of
   * the old node above it (what HQ had not acknowledged) are to be issued again under the new node.
   */
  'sync.becomeNewComputer': { args: Empty, result: z.object({ node: z.string(), previous: z.string(), reissueAbove: Int, fingerprint: z.string() }) },
  'sync.importChunk': { args: z.object({ token: Token, index: Int }), result: z.object({ gz: Bytes }) },
  'sync.importDone': { args: z.object({ token: Token }), result: z.object({ archived: z.string() }) },
  'sync.importCancel': { args: z.object({ token: Token }), result: Empty },
  'sync.quarantineDiscard': { args: z.object({ id: BundleId }), result: Empty },
  'sync.archiveList': { args: Empty, result: z.array(ArchivedBundle) },
  'backup.begin': { args: z.object({ kind: BackupKind, folder: z.string().nullable() }), result: z.object({ token: Token }) },
  /** `gz`: gzip of `count` NDJSON rows of one table (one page of it; see renderer/src/sync/backup.ts). */
  'backup.chunk': {
    args: z.object({ token: Token, table: z.string().min(1).max(60), gz: Bytes, count: Int }),
    result: Empty,
  },
  'backup.cancel': { args: z.object({ token: Token }), result: Empty },
  'backup.finish': {
    args: z.object({ token: Token, schemaVersion: z.number().int().min(1), office: z.string() }),
    result: z.object({ name: z.string(), path: z.string(), bytes: Int, counts: Counts }),
  },
  'backup.list': { args: Empty, result: z.array(BackupInfo) },
  /** The backups in a folder picked in the dialog, newest first (files that are not backups are left out). */
  'backup.listFolder': { args: z.object({ picked: z.string().min(1) }), result: z.array(BackupInfo) },
  'backup.open': {
    args: z.object({ ref: FileRef }),
    result: z.object({
      token: Token,
      info: BackupInfo,
      schemaVersion: Int,
      chunks: z.array(z.object({ table: z.string(), count: Int })),
    }),
  },
  'backup.read': { args: z.object({ token: Token, index: Int }), result: z.object({ table: z.string(), gz: Bytes }) },
  'backup.close': { args: z.object({ token: Token }), result: Empty },
} as const;
