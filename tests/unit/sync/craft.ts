/**
 * Hand-made bundles for attack tests: what a tampered PC of an enrolled office
 * (or HQ) would sign. Same method as authority.test.ts `craft`: the node's own
 * export, with extra ops in one more entry, the manifest's summary made to
 * match, re-signed with the node's key.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatStamp } from '../../../shared/hlc';
import { readBody, readHeader, writeBundle, type BundleHeader } from '../../../shared/sync/container';
import { toHex } from '../../../shared/sync/crypto-suite';
import type { Manifest } from '../../../shared/sync/manifest';
import { encodeOps, summarise } from '../../../shared/sync/ops-codec';
import type { Op } from '../../../shared/sync/record';
import { allOps } from '../../../renderer/src/db/oplog-store';
import { type TestNode, tmp } from './harness';

/** Everything an import could change at a node: records, conflicts, the op log, the ledger and peers. */
export async function stateOf(n: TestNode) {
  return {
    records: await n.snapshot(),
    conflicts: await n.db.conflicts.toArray(),
    ops: (await allOps(n.db)).length,
    state: readFileSync(path.join(n.dataDir, 'sync', 'state.json'), 'utf8'),
  };
}

export interface Crafted {
  stick: string;
  fileName: string;
}

/**
 * `from`'s export to `to`, with `extra` ops (any origin, at the seqs after what
 * either node holds of it, stamped now by their origin unless they bring a stamp) in one more entry, or `chunks` entries of them;
 * `manifest` may change the signed manifest (bundleId …).
 */
export async function craft(
  from: TestNode,
  to: TestNode,
  extra: Array<Omit<Op, 'stamp' | 'seq'> & { stamp?: string }>,
  o: { chunks?: number; manifest?: (m: Manifest) => Manifest; name?: string; files?: Record<string, Uint8Array> } = {},
): Promise<Crafted> {
  const stick = tmp();
  const { fileName } = await from.exportTo(stick, from.role === 'hq' ? to.office : null);
  const suite = from.services.sync.suite;
  const bytes = new Uint8Array(readFileSync(path.join(stick, fileName)));
  const header: BundleHeader = readHeader(bytes);
  const entries = await readBody(suite, bytes, header, null);
  const held = [...(await allOps(to.db)), ...(await allOps(from.db))];
  const next = new Map<string, number>();
  const ops: Op[] = extra.map((op, i) => {
    const seq = (next.get(op.origin) ?? Math.max(0, ...held.filter((h) => h.origin === op.origin).map((h) => h.seq))) + 1;
    next.set(op.origin, seq);
    return { ...op, seq, stamp: op.stamp ?? formatStamp({ millis: Date.now() + i, counter: 0, node: op.origin }) };
  });
  const m = header.manifest;
  const n = Math.max(1, o.chunks ?? 1);
  const per = Math.ceil(ops.length / n);
  const added = Array.from({ length: n }, (_, i) => new TextEncoder().encode(encodeOps(ops.slice(i * per, (i + 1) * per)))).filter((e) => e.length);
  const old = entries.flatMap((e, i) => (m.entries[i].kind === 'ops' ? [new TextDecoder().decode(e)] : []));
  const all = summarise([...old.flatMap((t) => t.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Op)), ...ops]);
  const newEntries = added.map((entry, i) => ({
    name: `ops-${String(m.entries.length + i + 1).padStart(4, '0')}.ndjson`,
    kind: 'ops' as const,
    bytes: entry.length,
    sha256: toHex(suite.sha256(entry)),
    count: ops.slice(i * per, (i + 1) * per).length,
  }));
  // Ops entries first, as the app writes them: files stay at the end.
  const isOps = m.entries.map((e) => e.kind === 'ops');
  // Extra file entries (attachments-area path → bytes), named by no op unless `extra` names them.
  const files = Object.entries(o.files ?? {});
  const fileMeta = files.map(([rel, bytes]) => ({ name: `files/${rel}`, kind: 'file' as const, bytes: bytes.length, sha256: toHex(suite.sha256(bytes)) }));
  const orderedMeta = [...m.entries.filter((_, i) => isOps[i]), ...newEntries, ...m.entries.filter((_, i) => !isOps[i]), ...fileMeta];
  const orderedEntries = [...entries.filter((_, i) => isOps[i]), ...added, ...entries.filter((_, i) => !isOps[i]), ...files.map(([, b]) => b)];
  let manifest: Manifest = { ...m, entries: orderedMeta, totalOps: all.total, counts: all.counts, deletes: all.deletes, ranges: all.ranges };
  if (o.manifest) manifest = o.manifest(manifest);
  const { seed } = await from.services.sync.keys.get();
  const name = o.name ?? 'crafted.cdsync';
  writeFileSync(path.join(stick, name), writeBundle(suite, { manifest, entries: orderedEntries, seed }));
  return { stick, fileName: name };
}
