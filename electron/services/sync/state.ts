import { promises as fsp } from 'node:fs';
import { z } from 'zod';
import { atomicWrite } from '../atomic-write';

const Vv = z.record(z.string(), z.number());

export const PeerRecord = z.object({
  node: z.string(),
  office: z.string(),
  name: z.string(),
  role: z.enum(['office', 'hq']),
  publicKey: z.string(),
  fingerprint: z.string(),
  enrolledAt: z.string(),
  /** Covers of the bundles we imported from this peer: what we acknowledge back. */
  received: Vv,
  /** What this peer acknowledged from us (the `ack` of its bundles). */
  acked: Vv,
  lastImportAt: z.string().nullable(),
  /** Replaced by a new computer of the same office (its node), on this date: its bundles are refused from then on. */
  retiredAt: z.string().nullable().optional(),
  replacedBy: z.string().nullable().optional(),
});
export type PeerRecord = z.infer<typeof PeerRecord>;

export const LinkRecord = z.object({
  seq: z.number(),
  lastHash: z.string().nullable(),
  lastExportAt: z.string().nullable(),
  lastFile: z.string().nullable(),
  /** The highest covers we sent on this link (to keep this node's seq from going back after a restore). */
  covers: Vv,
});
export type LinkRecord = z.infer<typeof LinkRecord>;

export const LedgerEntry = z.object({
  bundleId: z.string(),
  source: z.string(),
  sourceOffice: z.string(),
  seq: z.number(),
  hash: z.string(),
  importedAt: z.string(),
  archived: z.string(),
  totalOps: z.number(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/**
 * The ledger's key for a bundle: its sender's node and its id. A bundle id is
 * the sender's word, so two senders may use the same one (by chance, or one to
 * push the other's bundle out of the ledger): each is known by who signed it.
 */
export function ledgerKey(source: string, bundleId: string): string {
  return `${source}/${bundleId}`;
}

const StateFile = z.object({
  links: z.record(z.string(), LinkRecord),
  peers: z.record(z.string(), PeerRecord),
  // Files written before the ledger was keyed by sender too held entries under the bundle id
  // alone: each entry names its sender, so it is filed again under both and means what it meant.
  ledger: z.record(z.string(), LedgerEntry).transform((l) => Object.fromEntries(Object.values(l).map((e) => [ledgerKey(e.source, e.bundleId), e]))),
});
export type SyncStateData = z.infer<typeof StateFile>;

/** The exchange's own bookkeeping in the data folder, written atomically after every change. */
export class SyncState {
  private data: SyncStateData | null = null;

  constructor(private readonly file: string) {}

  /** Drop the state held in memory (its file was moved: the demo office was left). */
  forget(): void {
    this.data = null;
  }

  async load(): Promise<SyncStateData> {
    if (this.data) return this.data;
    try {
      this.data = StateFile.parse(JSON.parse(await fsp.readFile(this.file, 'utf8')));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error('数据交换记录文件（sync/state.json）已损坏。');
      this.data = { links: {}, peers: {}, ledger: {} };
    }
    return this.data;
  }

  /** Change a copy and write it; only once it is on disk does it replace what is held (a failed write changes nothing). */
  async update<R>(fn: (d: SyncStateData) => R): Promise<R> {
    const d = structuredClone(await this.load());
    const r = fn(d);
    await atomicWrite(this.file, JSON.stringify(d, null, 1));
    this.data = d;
    return r;
  }
}
