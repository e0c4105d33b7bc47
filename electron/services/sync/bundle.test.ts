import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BundleError, readBody, readHeader, verifySignature, writeBundle } from '../../../shared/sync/container';
import { toHex, type CryptoSuite } from '../../../shared/sync/crypto-suite';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Manifest } from '../../../shared/sync/manifest';
import { checkOps, encodeOps, summarise } from '../../../shared/sync/ops-codec';
import type { Op } from '../../../shared/sync/record';
import { nobleSuite } from './crypto-noble';
import { nodeSuite } from './crypto-node';
import { pickSuite, selfTest } from './self-test';

const enc = new TextEncoder();
const NODE = 'A1B2C3D4E5F60718';

function ops(n: number, text = '张三（南京）'): Op[] {
  return Array.from({ length: n }, (_, i) => ({
    stamp: `2026-11-25T08:00:00.${String(i % 1000).padStart(3, '0')}Z-0000-${NODE}`,
    origin: NODE,
    seq: i + 1,
    table: 'members',
    id: `m-${i}`,
    fields: { name: `${text}${i}`, office: 'ZL-NJ', deleted: 0 },
  }));
}

function build(suite: CryptoSuite, seed: Uint8Array, publicKey: Uint8Array, o: { chunks?: Op[][]; files?: Uint8Array[]; passphrase?: string; chunkSize?: number; mutate?: (m: Manifest) => void } = {}) {
  const chunks = o.chunks ?? [ops(3)];
  const entries = chunks.map((c) => enc.encode(encodeOps(c)));
  const files = o.files ?? [];
  const s = summarise(chunks.flat());
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: '0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000',
    source: { office: 'ZL-NJ', node: NODE, role: 'office', name: '南京街道工委', publicKey: btoa(String.fromCharCode(...publicKey)) },
    dest: { office: null, node: null, role: 'hq' },
    schemaVersion: 3,
    appVersion: 'test',
    createdAt: '2026-11-25T08:00:00.000Z',
    stamp: `2026-11-25T08:00:00.000Z-0000-${NODE}`,
    seq: 1,
    prevHash: null,
    covers: { [NODE]: s.total },
    ack: {},
    ranges: s.ranges,
    counts: s.counts,
    deletes: s.deletes,
    totalOps: s.total,
    entries: [
      ...entries.map((e, i) => ({ name: `ops-${i}.ndjson`, kind: 'ops' as const, bytes: e.length, sha256: toHex(suite.sha256(e)), count: chunks[i].length })),
      ...files.map((f, i) => ({ name: `files/a${i}.bin`, kind: 'file' as const, bytes: f.length, sha256: toHex(suite.sha256(f)) })),
    ],
  };
  o.mutate?.(manifest);
  const file = writeBundle(suite, { manifest, entries: [...entries, ...files], seed, passphrase: o.passphrase, chunkSize: o.chunkSize, scrypt: { N: 1024, r: 8, p: 1 } });
  return { file, manifest, entries: [...entries, ...files] };
}

/** The whole check a receiver does, short of the database. */
async function open(suite: CryptoSuite, file: Uint8Array, trusted: Uint8Array, passphrase?: string) {
  const h = readHeader(file);
  verifySignature(suite, h, trusted, '测试工委');
  const entries = await readBody(suite, file, h, passphrase);
  return { entries, ...checkOps(h.manifest, entries, { tables: ['members'], schemaVersion: 3 }) };
}

async function codeOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof BundleError) return e.code;
    throw e;
  }
  return 'accepted';
}

describe('crypto', () => {
  it('both suites pass the start-up self-test, and node:crypto is chosen when it passes', async () => {
    expect(selfTest(nodeSuite)).toEqual([]);
    expect(selfTest(nobleSuite)).toEqual([]);
    expect(pickSuite().suite.name).toBe('node');
  });

  it('falls back to the pure-JS suite when node:crypto fails a check, and names what failed', async () => {
    const broken: CryptoSuite = { ...nodeSuite, aesGcmEncrypt: () => new Uint8Array(32) };
    const { suite, failures } = pickSuite([broken, nobleSuite]);
    expect(suite.name).toBe('noble');
    expect(failures.node).toEqual(['AES-256-GCM']);
    expect(() => pickSuite([broken])).toThrow(/加密自检失败/);
  });

  it('bundles written with one suite open with the other, plain and encrypted', async () => {
    for (const [w, r] of [[nodeSuite, nobleSuite], [nobleSuite, nodeSuite]] as const) {
      const k = w.ed25519Keygen();
      for (const passphrase of [undefined, '口令 secret']) {
        const { file } = build(w, k.seed, k.publicKey, { passphrase });
        expect((await open(r, file, k.publicKey, passphrase)).summary.total).toBe(3);
      }
    }
  });
});

describe('a damaged or forged bundle is refused', () => {
  const k = nodeSuite.ed25519Keygen();
  const two = [ops(3), ops(4).map((o) => ({ ...o, seq: o.seq + 3, id: `n-${o.seq}` }))];

  it('a flipped byte, a truncated file, reordered chunks, extra bytes', async () => {
    const { file, manifest } = build(nodeSuite, k.seed, k.publicKey, { chunks: two });
    expect(await codeOf(() => open(nodeSuite, file, k.publicKey))).toBe('accepted');
    const flipped = file.slice();
    flipped[file.length - 10] ^= 0x01;
    expect(await codeOf(() => open(nodeSuite, flipped, k.publicKey))).toBe('hash');
    expect(await codeOf(() => open(nodeSuite, file.subarray(0, file.length - 5), k.publicKey))).toBe('truncated');
    expect(await codeOf(() => open(nodeSuite, file.subarray(0, 40), k.publicKey))).toBe('truncated');
    const longer = new Uint8Array(file.length + 1);
    longer.set(file);
    expect(await codeOf(() => open(nodeSuite, longer, k.publicKey))).toBe('corrupt');
    // Swap the two ops chunks in the body: each is checked against its own place in the manifest.
    const bodyAt = file.length - manifest.entries.reduce((n, e) => n + e.bytes, 0);
    const [a, b] = manifest.entries.map((e) => e.bytes);
    const swapped = file.slice();
    swapped.set(file.subarray(bodyAt + a, bodyAt + a + b), bodyAt);
    swapped.set(file.subarray(bodyAt, bodyAt + a), bodyAt + b);
    expect(await codeOf(() => open(nodeSuite, swapped, k.publicKey))).toBe('hash');
    await expect(open(nodeSuite, swapped, k.publicKey)).rejects.toThrow(/校验值不符/);
  });

  it('reordered encrypted chunks fail their nonce', async () => {
    const { file } = build(nodeSuite, k.seed, k.publicKey, { chunks: [ops(200)], passphrase: 'pw', chunkSize: 1024 });
    const h = readHeader(file);
    const at = h.prefix.length;
    const c = 1024 + 16;
    const swapped = file.slice();
    swapped.set(file.subarray(at + c, at + 2 * c), at);
    swapped.set(file.subarray(at, at + c), at + c);
    expect(await codeOf(() => open(nodeSuite, swapped, k.publicKey, 'pw'))).toBe('passphrase');
    const swapped23 = file.slice();
    swapped23.set(file.subarray(at + 2 * c, at + 3 * c), at + c);
    swapped23.set(file.subarray(at + c, at + 2 * c), at + 2 * c);
    expect(await codeOf(() => open(nodeSuite, swapped23, k.publicKey, 'pw'))).toBe('hash');
    expect(await codeOf(() => open(nodeSuite, file, k.publicKey, 'wrong'))).toBe('passphrase');
    expect(await codeOf(() => open(nodeSuite, file, k.publicKey))).toBe('passphrase');
    // Cut at a chunk edge: the last chunk's flag is missing.
    expect(await codeOf(() => open(nodeSuite, file.subarray(0, at + 2 * c), k.publicKey, 'pw'))).toBe('truncated');
  });

  it("another office's signature, and counts that do not match the ops", async () => {
    const other = nodeSuite.ed25519Keygen();
    const { file } = build(nodeSuite, other.seed, k.publicKey);
    await expect(open(nodeSuite, file, k.publicKey)).rejects.toThrow(/签名不符/);
    const forged = build(nodeSuite, k.seed, k.publicKey, { mutate: (m) => (m.counts = { members: 30 }) });
    await expect(open(nodeSuite, forged.file, k.publicKey)).rejects.toThrow(/记录数与清单不符/);
    const forgedEntry = build(nodeSuite, k.seed, k.publicKey, { mutate: (m) => (m.entries[0].count = 2) });
    expect(await codeOf(() => open(nodeSuite, forgedEntry.file, k.publicKey))).toBe('count');
  });

  it('a schema-version mismatch and a table this version does not know', async () => {
    const { file } = build(nodeSuite, k.seed, k.publicKey, { mutate: (m) => (m.schemaVersion = 9) });
    await expect(open(nodeSuite, file, k.publicKey)).rejects.toThrow(/数据结构第 9 版/);
    const unknown = build(nodeSuite, k.seed, k.publicKey, { chunks: [ops(2).map((o) => ({ ...o, table: 'rockets' }))] });
    await expect(open(nodeSuite, unknown.file, k.publicKey)).rejects.toThrow(/不认识的数据表「rockets」/);
  });

  it('Chinese text and binary attachments across chunk edges come back byte for byte', async () => {
    const bin = new Uint8Array(5000).map((_, i) => (i * 7919) % 256);
    const chunks = [ops(40, '政协委员「南京」——提案与建议😀')];
    for (const passphrase of [undefined, 'pw']) {
      const { file, entries } = build(nodeSuite, k.seed, k.publicKey, { chunks, files: [bin], passphrase, chunkSize: 1024 });
      const got = await open(nodeSuite, file, k.publicKey, passphrase);
      expect(got.entries[1]).toEqual(bin);
      expect(got.entries[0]).toEqual(entries[0]);
      expect(got.chunks[0]!.map((o) => o.fields.name)).toEqual(chunks[0].map((o) => o.fields.name));
    }
  });

  it('a plain bundle whose header key was renamed is refused, though its value is null either way', async () => {
    const { file } = build(nodeSuite, k.seed, k.publicKey, { chunks: two });
    const text = new TextDecoder('latin1').decode(file);
    const at = text.indexOf('"encryption"');
    expect(at).toBeGreaterThan(0);
    const bad = file.slice();
    bad[at + 10] ^= 1; // "encryption" -> "encryptioo"
    expect(await codeOf(() => open(nodeSuite, bad, k.publicKey))).toBe('corrupt');
    expect(await codeOf(() => open(nodeSuite, file, k.publicKey))).toBe('accepted');
  });

  it('an encrypted header whose scrypt cost was changed to a value scrypt cannot run is refused as damaged (found by the property)', async () => {
    const sealed = build(nodeSuite, k.seed, k.publicKey, { chunks: two, passphrase: 'pw', chunkSize: 1024 }).file;
    const text = Buffer.from(sealed).toString('latin1');
    const at = text.indexOf('"N":1024');
    expect(at).toBeGreaterThan(0);
    const bad = sealed.slice();
    bad[at + 7] ^= 2; // 1024 -> 1026: not a power of two
    expect(await codeOf(() => open(nodeSuite, bad, k.publicKey, 'pw'))).toBe('corrupt');
  });

  it('property: any single-byte change to a bundle is rejected (plain and encrypted)', async () => {
    const plain = build(nodeSuite, k.seed, k.publicKey, { chunks: two, files: [new Uint8Array(300).fill(7)] }).file;
    const sealed = build(nodeSuite, k.seed, k.publicKey, { chunks: two, passphrase: 'pw', chunkSize: 1024 }).file;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (useSealed, pos, xor) => {
        const base = useSealed ? sealed : plain;
        const bad = base.slice();
        bad[pos % base.length] ^= xor;
        expect(await codeOf(() => open(nodeSuite, bad, k.publicKey, useSealed ? 'pw' : undefined))).not.toBe('accepted');
      }),
      { numRuns: 400 },
    );
  });
});
