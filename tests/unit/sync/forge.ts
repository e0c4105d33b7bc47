/**
 * Bundles as an attacker makes them: the app's own export, changed, and
 * re-signed with an enrolled office's key (a stolen stick, an infected PC).
 * And a record of everything an import could change, to show that a refused
 * bundle changed nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { readBody, readHeader, writeBundle } from '../../../shared/sync/container';
import { toHex } from '../../../shared/sync/crypto-suite';
import type { BundleEntry, Manifest } from '../../../shared/sync/manifest';
import { decodeOps, summarise } from '../../../shared/sync/ops-codec';
import { allOps } from '../../../renderer/src/db/oplog-store';
import type { TestNode } from './harness';

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface ForgedEntry {
  meta: BundleEntry;
  bytes: Uint8Array;
}

export interface Forgery {
  /** Change each ops entry's NDJSON text. */
  text?: (ndjson: string, index: number) => string;
  /** Add, rename, reorder or drop entries (after `text`). */
  entries?: (list: ForgedEntry[]) => ForgedEntry[] | void;
  /** Change the manifest last (after counts and hashes were made to match the entries). */
  manifest?: (m: Manifest) => void;
  /** Do not recount ops from the entries (the text is no longer parseable as ops). */
  keepCounts?: boolean;
}

/** Re-sign `file` (a plain bundle) with `signer`'s key after the changes: hashes, sizes and counts match, so only the checks under test can refuse it. */
export async function forge(signer: TestNode, file: Uint8Array, f: Forgery): Promise<Uint8Array> {
  const suite = signer.services.sync.suite;
  const header = readHeader(file);
  const bodies = await readBody(suite, file, header);
  let list: ForgedEntry[] = header.manifest.entries.map((meta, i) => ({ meta: { ...meta }, bytes: bodies[i] }));
  if (f.text) list = list.map((e, i) => (e.meta.kind === 'ops' ? { ...e, bytes: enc.encode(f.text!(dec.decode(e.bytes), i)) } : e));
  list = f.entries?.(list) ?? list;
  const m: Manifest = structuredClone(header.manifest);
  m.entries = list.map((e) => ({ ...e.meta, bytes: e.bytes.length, sha256: toHex(suite.sha256(e.bytes)) }));
  if (!f.keepCounts) {
    const ops = list.filter((e) => e.meta.kind === 'ops').map((e) => decodeOps(dec.decode(e.bytes)));
    m.entries.forEach((e, i) => {
      if (e.kind === 'ops') e.count = dec.decode(list[i].bytes).split('\n').filter(Boolean).length;
    });
    const s = summarise(ops.flat());
    Object.assign(m, { counts: s.counts, deletes: s.deletes, ranges: s.ranges, totalOps: s.total });
  }
  f.manifest?.(m);
  return writeBundle(suite, { manifest: m, entries: list.map((e) => e.bytes), seed: (await signer.services.sync.keys.get()).seed });
}

/** Every file under `dir` (relative path → sha256, or `-> target` for a link), sorted; {} when it does not exist. */
export function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs);
      if (e.isSymbolicLink()) out[rel] = `-> ${readlinkSync(abs)}`;
      else if (e.isDirectory()) {
        out[`${rel}/`] = 'dir';
        walk(abs);
      } else out[rel] = createHash('sha256').update(readFileSync(abs)).digest('hex');
    }
  };
  if (lstatSync(dir).isDirectory()) walk(dir);
  return out;
}

/** All an import could change at a node: records, conflicts, op log, ledger, peers, links, keys, office, and every file of its data folder (attachments, archive, quarantine, staging). */
export async function everything(n: TestNode): Promise<unknown> {
  return {
    records: await n.snapshot(),
    conflicts: await n.db.conflicts.toArray(),
    ops: (await allOps(n.db)).map((o) => `${o.origin}:${o.seq}:${o.stamp}`).sort(),
    meta: (await n.db.meta.toArray()).filter((r) => (r as { key?: string }).key !== 'lastBackupAt'),
    files: filesUnder(n.dataDir),
  };
}

/** A message fit for a person: Chinese, no English exception text, no errno, no absolute path. */
export function expectPersonMessage(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/\b(error|exceeded|invalid|maximum|denied|stack|undefined|null|permission|memory)\b/i);
  expect(message).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(message).not.toContain(os.tmpdir());
  expect(message).not.toMatch(/(^|[\s：:「（(])\/[^\s/]+\//);
}

/** The refusal of an import: returns its message after checking it is fit for a person. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: Error) => err,
  );
  expect(e, 'the import was expected to be refused').toBeInstanceOf(Error);
  expectPersonMessage(e!.message);
  return e!.message;
}
