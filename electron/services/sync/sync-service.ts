import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Office } from '../../../shared/domain/office';
import { parseStamp } from '../../../shared/hlc';
import { newId } from '../../../shared/ids';
import {
  base64,
  BundleError,
  bundleHash,
  readBody,
  readHeader,
  rewritePlain,
  verifySignature,
  writeBundle,
  type BundleHeader,
} from '../../../shared/sync/container';
import { fingerprint, toHex, type CryptoSuite } from '../../../shared/sync/crypto-suite';
import {
  BUNDLE_EXT,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleFileName,
  FILE_ENTRY_PREFIX,
  fileEntryPath,
  type BundleEntry,
  type Manifest,
} from '../../../shared/sync/manifest';
import { checkOpsAuthority } from '../../../shared/sync/authority';
import { checkOps, type OpsSummary } from '../../../shared/sync/ops-codec';
import type { Op } from '../../../shared/sync/record';
import { mergeVv, type VersionVector } from '../../../shared/sync/vv';
import type {
  ArchivedBundle,
  BundleListing,
  BundleSource,
  ExportResult,
  PeerInfo,
  QuarantineItem,
  Sender,
  SyncStatus,
  VerifyResult,
} from '../../../shared/contract/sync';
import type { HostPorts } from '../context';
import { atomicWrite } from '../atomic-write';
import type { OfficeService } from '../office';
import { PathRefused, type AppPaths } from '../paths';
import { KeyStore } from './keys';
import { SyncState, type PeerRecord } from './state';
import { ackTo, activeComputers, computerFields, computerInfo, computersOf, forkMessage, leastAcked, retiredMessage } from './computers';

/** A stamp further ahead of this machine's clock than this waits in quarantine. */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000;

interface PendingExport {
  dest: Manifest['dest'];
  linkKey: string;
  ack: VersionVector;
  entries: Uint8Array[];
  meta: BundleEntry[];
  summary: OpsSummary;
}

interface PendingImport {
  header: BundleHeader;
  entries: Uint8Array[];
  opsEntries: Uint8Array[];
  rebuild: boolean;
  quarantineId: string | null;
  staged: string;
  summary: OpsSummary;
  /** The bundle's attachments: entry index and where the file goes in the attachments area. */
  files: Array<{ index: number; target: string }>;
}


function sender(m: Manifest): Sender {
  return { office: m.source.office, name: m.source.name, role: m.source.role, node: m.source.node };
}

function addSummary(into: OpsSummary, s: OpsSummary): void {
  into.total += s.total;
  for (const [k, v] of Object.entries(s.counts)) into.counts[k] = (into.counts[k] ?? 0) + v;
  for (const [k, v] of Object.entries(s.deletes)) into.deletes[k] = (into.deletes[k] ?? 0) + v;
  for (const [o, [lo, hi]] of Object.entries(s.ranges)) {
    const r = into.ranges[o];
    into.ranges[o] = r ? [Math.min(r[0], lo), Math.max(r[1], hi)] : [lo, hi];
  }
  if (s.maxStamp > into.maxStamp) into.maxStamp = s.maxStamp;
}

/**
 * Bundles on the main side: building and signing exports, verifying imports
 * completely before the renderer applies anything, enrolment of peers' keys,
 * the ledger of imported bundles, quarantine and the archive.
 */
export class SyncService {
  readonly keys: KeyStore;
  readonly state: SyncState;
  private readonly exports = new Map<string, PendingExport>();
  private readonly imports = new Map<string, PendingImport>();

  constructor(
    private readonly paths: AppPaths,
    private readonly office: OfficeService,
    readonly suite: CryptoSuite,
    private readonly appVersion: string,
    private readonly ports: Pick<HostPorts, 'emit'> | null = null,
    private readonly now: () => number = Date.now,
  ) {
    this.keys = new KeyStore(paths.keysDir, suite);
    this.state = new SyncState(path.join(this.syncDir, 'state.json'));
  }

  /** Forget what is held in memory about this office's exchanges (after the demo office was left and its files moved aside). */
  forget(): void {
    this.keys.forget();
    this.state.forget();
    this.exports.clear();
    this.imports.clear();
  }

  get syncDir(): string {
    return path.join(this.paths.dataDir, 'sync');
  }

  private get quarantineDir(): string {
    return path.join(this.syncDir, 'quarantine');
  }

  private async me(): Promise<Office> {
    const o = await this.office.get();
    if (!o) throw new Error('尚未设置办公室，不能交换数据。');
    return o;
  }

  private progress(job: string, done: number, total: number, label?: string): void {
    this.ports?.emit('progress', { job, done, total, label });
  }

  async status(): Promise<SyncStatus> {
    const me = await this.me();
    const key = await this.keys.get();
    const st = await this.state.load();
    const peers: PeerInfo[] = Object.values(st.peers).map((p) => {
      const link = st.links[me.role === 'hq' ? p.office : 'hq'];
      return {
        node: p.node,
        office: p.office,
        name: p.name,
        role: p.role,
        fingerprint: p.fingerprint,
        enrolledAt: p.enrolledAt,
        lastImportAt: p.lastImportAt,
        lastExportAt: link?.lastExportAt ?? null,
        lastExportFile: link?.lastFile ?? null,
        ...computerFields(st, p),
      };
    });
    peers.sort((a, b) => a.office.localeCompare(b.office));
    const ownSeqSent = Math.max(0, ...Object.values(st.links).map((l) => l.covers[me.nodeId] ?? 0));
    return {
      me: { node: me.nodeId, office: me.code, name: me.name, role: me.role, fingerprint: key.fingerprint, replaces: me.replaces ?? [], copiedFrom: await this.office.copiedFrom() },
      crypto: this.suite.name,
      peers,
      quarantine: await this.quarantineList(),
      ownSeqSent,
      exports: Object.entries(st.links)
        .map(([to, l]) => ({ to, lastExportAt: l.lastExportAt ?? null, lastExportFile: l.lastFile ?? null }))
        .sort((a, b) => a.to.localeCompare(b.to)),
    };
  }

  // ---------------------------------------------------------------- export

  async exportBegin(destOffice: string | null): Promise<{ token: string; ack: VersionVector; dest: Manifest['dest']; me: { node: string; office: string; role: 'office' | 'hq'; origins: string[] } }> {
    const me = await this.me();
    const st = await this.state.load();
    let dest: Manifest['dest'];
    let ack: VersionVector = {};
    let linkKey: string;
    if (me.role === 'hq') {
      if (!destOffice) throw new Error('请选择要发往的办公室。');
      const peers = activeComputers(st, destOffice, 'office');
      if (!peers.length) throw new Error(`办公室 ${destOffice} 尚未登记：先导入它的一个数据包并确认密钥指纹。`);
      // An office with two computers gets one bundle for both (dest.node null), carrying what either lacks.
      dest = { office: destOffice, node: peers.length === 1 ? peers[0].node : null, role: 'office' };
      ack = leastAcked(peers);
      linkKey = destOffice;
    } else {
      const hq = Object.values(st.peers).find((p) => p.role === 'hq' && !p.retiredAt);
      dest = hq ? { office: hq.office, node: hq.node, role: 'hq' } : { office: null, node: null, role: 'hq' };
      ack = hq?.acked ?? {};
      linkKey = 'hq';
    }
    const token = randomUUID();
    this.exports.set(token, { dest, linkKey, ack, entries: [], meta: [], summary: { counts: {}, deletes: {}, ranges: {}, maxStamp: '', total: 0 } });
    return { token, ack, dest, me: { node: me.nodeId, office: me.code, role: me.role, origins: [me.nodeId, ...(me.replaces ?? [])] } };
  }

  /** One chunk of ops from the renderer, gzipped NDJSON; stored as plain NDJSON in the bundle. */
  exportChunk(token: string, gz: Uint8Array, summary: OpsSummary): { chunks: number } {
    const p = this.exports.get(token);
    if (!p) throw new Error('导出已失效，请重新开始。');
    const bytes = new Uint8Array(gunzipSync(gz));
    p.entries.push(bytes);
    p.meta.push({ name: `ops-${String(p.meta.length + 1).padStart(4, '0')}.ndjson`, kind: 'ops', bytes: bytes.length, sha256: toHex(this.suite.sha256(bytes)), count: summary.total });
    addSummary(p.summary, summary);
    return { chunks: p.entries.length };
  }

  exportCancel(token: string): void {
    this.exports.delete(token);
  }

  async exportFinish(a: {
    token: string;
    folder: string;
    passphrase: string | null;
    covers: VersionVector;
    stamp: string;
    schemaVersion: number;
    attachments: string[];
  }): Promise<ExportResult> {
    const p = this.exports.get(a.token);
    if (!p) throw new Error('导出已失效，请重新开始。');
    const folder = this.paths.root({ picked: a.folder });
    const me = await this.me();
    const key = await this.keys.get();
    const st = await this.state.load();
    // A file the ops name but this machine does not hold (removed, or it never arrived here)
    // is left out and counted: the records still travel, and the person is told.
    let missingAttachments = 0;
    for (const rel of new Set(a.attachments)) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await fsp.readFile(this.paths.resolve({ area: 'attachments', path: rel })));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') throw e;
        missingAttachments++;
        continue;
      }
      p.entries.push(bytes);
      p.meta.push({ name: `${FILE_ENTRY_PREFIX}${rel}`, kind: 'file', bytes: bytes.length, sha256: toHex(this.suite.sha256(bytes)) });
    }
    const link = st.links[p.linkKey] ?? { seq: 0, lastHash: null, lastExportAt: null, lastFile: null, covers: {} };
    const createdAt = new Date(this.now()).toISOString();
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      bundleId: newId(),
      source: { office: me.code, node: me.nodeId, role: me.role, name: me.name, publicKey: base64.encode(key.publicKey) },
      dest: p.dest,
      schemaVersion: a.schemaVersion,
      appVersion: this.appVersion,
      createdAt,
      stamp: a.stamp,
      seq: link.seq + 1,
      prevHash: link.lastHash,
      covers: a.covers,
      ack: p.dest.office ? ackTo(st, p.dest.office, p.dest.role) : {},
      ranges: p.summary.ranges,
      counts: p.summary.counts,
      deletes: p.summary.deletes,
      totalOps: p.summary.total,
      entries: p.meta,
      ...(me.replaces?.length ? { replaces: me.replaces } : {}),
    };
    this.progress('export', 0, 2, '签名并写入文件');
    const file = writeBundle(this.suite, { manifest, entries: p.entries, seed: key.seed, passphrase: a.passphrase });
    const fileName = bundleFileName(manifest);
    const target = path.join(folder, fileName);
    await atomicWrite(target, file);
    this.progress('export', 1, 2, '存入归档');
    // The archive keeps a plain copy (same signed manifest), so a rebuild needs no passphrase.
    const plain = a.passphrase ? writeBundle(this.suite, { manifest, entries: p.entries, seed: key.seed }) : file;
    await atomicWrite(path.join(this.paths.area('archive'), me.code, fileName), plain);
    const hash = bundleHash(this.suite, JSON.stringify(manifest));
    await this.state.update((d) => {
      d.links[p.linkKey] = { seq: manifest.seq, lastHash: hash, lastExportAt: createdAt, lastFile: fileName, covers: mergeVv(link.covers, a.covers) };
    });
    this.exports.delete(a.token);
    this.progress('export', 2, 2);
    return {
      fileName,
      path: target,
      bytes: file.length,
      bundleId: manifest.bundleId,
      totalOps: manifest.totalOps,
      counts: manifest.counts,
      deletes: manifest.deletes,
      encrypted: !!a.passphrase,
      missingAttachments,
    };
  }

  // ---------------------------------------------------------------- import

  async scanFolder(folder: string): Promise<BundleListing[]> {
    const dir = this.paths.root({ picked: folder });
    const me = await this.me();
    const st = await this.state.load();
    const names = (await fsp.readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile() && e.name.endsWith(BUNDLE_EXT) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    const out: BundleListing[] = [];
    const ownKey = (await this.keys.get()).publicKey;
    for (const name of names) {
      const base: BundleListing = { name, status: 'unreadable', message: null, source: null, createdAt: null, seq: null, totalOps: null, counts: null, encrypted: false };
      try {
        const bytes = new Uint8Array(await fsp.readFile(path.join(dir, name)));
        const h = readHeader(bytes);
        const m = h.manifest;
        const item: BundleListing = { ...base, status: 'new', source: sender(m), createdAt: m.createdAt, seq: m.seq, totalOps: m.totalOps, counts: m.counts, encrypted: !!h.encryption };
        if (m.source.node === me.nodeId) item.status = 'mine';
        else if (this.destMismatch(m, me)) {
          item.status = 'not-for-me';
          item.message = this.destMismatch(m, me);
        } else if (st.ledger[m.bundleId]) item.status = 'imported';
        else if (!st.peers[m.source.node]) item.status = 'unknown-sender';
        const damage = this.damageOf(bytes, h, m.source.node === me.nodeId ? ownKey : st.peers[m.source.node]?.publicKey);
        if (damage) {
          item.status = 'damaged';
          item.message = damage;
        }
        out.push(item);
      } catch (e) {
        out.push({ ...base, message: (e as Error).message });
      }
    }
    return out;
  }

  /**
   * What is wrong with a listed bundle, as far as can be told without its
   * passphrase: the signature when the sender is known (own or enrolled),
   * and every entry's hash when the body is plain. The file is already in
   * memory for the header, so hashing it costs little; the listing then says
   * "已损坏" up front instead of "已导入过" for a tampered copy.
   */
  private damageOf(bytes: Uint8Array, h: ReturnType<typeof readHeader>, key: string | Uint8Array | undefined): string | null {
    try {
      if (key) verifySignature(this.suite, h, typeof key === 'string' ? base64.decode(key) : key, `${h.manifest.source.name}（${h.manifest.source.office}）`);
      if (!h.encryption) readBody(this.suite, bytes, h, null);
      return null;
    } catch (e) {
      if (e instanceof BundleError) return e.message;
      throw e;
    }
  }

  private destMismatch(m: Manifest, me: Office): string | null {
    // A bundle made for the computer this one replaces is this one's too.
    const forMe = !m.dest.node || m.dest.node === me.nodeId || !!me.replaces?.includes(m.dest.node);
    if (m.dest.role !== me.role || (m.dest.office && m.dest.office !== me.code) || !forMe) {
      const to = m.dest.office ?? (m.dest.role === 'hq' ? '区政协机关' : '某个办公室');
      return `这个数据包是发给 ${to} 的，不是本机（${me.code}）。`;
    }
    return null;
  }

  /** Where a bundle to verify is read from; a file on a stick is first copied to local disk. */
  private async stage(source: BundleSource): Promise<{ bytes: Uint8Array; staged: string; quarantineId: string | null }> {
    await fsp.mkdir(path.join(this.syncDir, 'staging'), { recursive: true });
    const staged = path.join(this.syncDir, 'staging', `${randomUUID()}${BUNDLE_EXT}`);
    let from: string;
    let quarantineId: string | null = null;
    if ('file' in source) from = this.paths.resolve(source.file);
    else if ('archive' in source) from = this.paths.resolve({ area: 'archive', path: source.archive });
    else {
      quarantineId = source.quarantine;
      from = path.join(this.quarantineDir, `${source.quarantine}${BUNDLE_EXT}`);
    }
    try {
      await fsp.copyFile(from, staged);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`找不到文件：${path.basename(from)}`);
      throw e;
    }
    return { bytes: new Uint8Array(await fsp.readFile(staged)), staged, quarantineId };
  }

  async verify(a: { source: BundleSource; passphrase: string | null; schemaVersion: number; tables: string[]; rebuild: boolean }): Promise<VerifyResult> {
    const me = await this.me();
    const { bytes, staged, quarantineId } = await this.stage(a.source);
    const drop = () => fsp.rm(staged, { force: true });
    try {
      const header = readHeader(bytes);
      const m = header.manifest;
      const src = sender(m);
      const st = await this.state.load();
      const own = m.source.node === me.nodeId;
      if (own && !a.rebuild) throw new BundleError('dest', '这是本机自己导出的数据包，不需要导入。');
      if (!own) {
        const mismatch = this.destMismatch(m, me);
        if (mismatch && !a.rebuild) throw new BundleError('dest', mismatch);
      }
      const peer = st.peers[m.source.node];
      let trusted: Uint8Array;
      if (own) trusted = (await this.keys.get()).publicKey;
      else if (!peer) {
        await drop();
        if (a.rebuild) throw new BundleError('unknown-sender', `归档里的数据包来自尚未登记的 ${src.office}，已跳过。`);
        const others = activeComputers(st, m.source.office, m.source.role);
        const named = new Set(m.replaces ?? []);
        return {
          status: 'needs-enrolment',
          source: src,
          fingerprint: fingerprint(this.suite, base64.decode(m.source.publicKey)),
          replaces: others.filter((p) => named.has(p.node)).map((p) => computerInfo(st, p)),
          computers: others.map((p) => computerInfo(st, p)),
        };
      } else trusted = base64.decode(peer.publicKey);
      verifySignature(this.suite, header, trusted, peer ? `${peer.name}（${peer.office}）` : '本机');
      if (peer?.retiredAt && !a.rebuild) throw new BundleError('authority', retiredMessage(peer, peer.replacedBy ? st.peers[peer.replacedBy] : undefined));
      if (header.encryption && !a.passphrase) {
        await drop();
        return { status: 'needs-passphrase', source: src };
      }
      // Everything is verified before the ledger is asked: a damaged copy of an imported bundle is still refused as damaged.
      const entries = readBody(this.suite, bytes, header, a.passphrase);
      const { chunks, summary } = checkOps(m, entries, { tables: a.tables, schemaVersion: a.schemaVersion, acceptOlder: a.rebuild });
      if (peer) this.checkAuthority(peer, m, chunks, st);
      const files = this.attachmentTargets(m);
      const done = st.ledger[m.bundleId];
      if (done && !a.rebuild) {
        await drop();
        return { status: 'duplicate', bundleId: m.bundleId, source: src, importedAt: done.importedAt };
      }
      let gap = false;
      if (!a.rebuild) {
        const onLink = Object.values(st.ledger).filter((l) => l.source === m.source.node);
        const same = onLink.find((l) => l.seq === m.seq);
        // The signature is the enrolled key's: two versions of one bundle are two machines with one identity.
        const fp = peer?.fingerprint ?? '';
        if (same) throw new BundleError('chain', forkMessage(m, fp, 'seq'));
        const prev = onLink.find((l) => l.seq === m.seq - 1);
        if (prev && prev.hash !== m.prevHash) throw new BundleError('chain', forkMessage(m, fp, 'chain'));
        gap = m.seq > 1 && !prev;
        const limit = this.now() + FUTURE_LIMIT_MS;
        const ahead = [m.stamp, summary.maxStamp].map((s) => parseStamp(s)?.millis ?? 0).some((ms) => ms > limit);
        if (ahead && !quarantineId) {
          const id = m.bundleId;
          await fsp.mkdir(this.quarantineDir, { recursive: true });
          await atomicWrite(path.join(this.quarantineDir, `${id}${BUNDLE_EXT}`), rewritePlain(this.suite, header, entries));
          const reason = `数据包里有比本机时钟快一天以上的时间（${summary.maxStamp.slice(0, 19).replace('T', ' ')}）：可能是 ${src.office} 的电脑时钟不对。`;
          await atomicWrite(path.join(this.quarantineDir, `${id}.json`), JSON.stringify({ id, source: src, createdAt: m.createdAt, maxStamp: summary.maxStamp, totalOps: m.totalOps, reason }));
          await drop();
          return { status: 'quarantined', id, source: src, reason };
        }
      }
      const token = randomUUID();
      const opsEntries = chunks.flatMap((c, i) => (c ? [entries[i]] : []));
      this.imports.set(token, { header, entries, opsEntries, rebuild: a.rebuild, quarantineId, staged, summary, files });
      return { status: 'ok', token, bundleId: m.bundleId, source: src, createdAt: m.createdAt, schemaVersion: m.schemaVersion, summary, chunks: opsEntries.length, covers: m.covers, gap };
    } catch (e) {
      await drop();
      throw e;
    }
  }

  /**
   * What an enrolled sender may write (shared/sync/authority.ts), judged by
   * what HQ enrolled, never by what the manifest claims: an office's manifest
   * saying it is HQ, or another office, is refused; an office's ops must come
   * from its own computers and stay within its rights.
   */
  private checkAuthority(peer: PeerRecord, m: Manifest, chunks: Array<Op[] | null>, st: Awaited<ReturnType<SyncState['load']>>): void {
    const who = `${peer.name}（${peer.office}）`;
    if (m.source.office !== peer.office || m.source.role !== peer.role) {
      throw new BundleError('authority', `数据包自称来自 ${m.source.office}（${m.source.role === 'hq' ? '区政协机关' : '办公室'}），但签名的是 ${who} 登记的密钥：文件可能被伪造，已拒绝导入，没有任何改动。`);
    }
    if (peer.role !== 'office') return;
    // Every computer the office has had, retired ones included: a new PC carries its predecessor's unsent ops.
    const nodes = new Set(computersOf(st, peer.office, 'office').map((p) => p.node));
    checkOpsAuthority(chunks, { office: peer.office, role: 'office' }, nodes, who);
  }

  /**
   * Where each file entry of a bundle goes: a plain relative path inside the
   * attachments area. A name that would land anywhere else (`files/../../x`,
   * an absolute path) refuses the whole bundle before anything is applied.
   */
  private attachmentTargets(m: Manifest): Array<{ index: number; target: string }> {
    const out: Array<{ index: number; target: string }> = [];
    for (const [index, e] of m.entries.entries()) {
      if (e.kind !== 'file') continue;
      const rel = fileEntryPath(e.name);
      let target: string | null = null;
      try {
        if (rel !== null) target = this.paths.resolve({ area: 'attachments', path: rel });
      } catch (err) {
        if (!(err instanceof PathRefused)) throw err;
      }
      if (target === null) {
        throw new BundleError('corrupt', `数据包里的附件「${e.name}」的路径不合法（会写到附件文件夹以外）：文件可能被伪造，已拒绝导入，没有任何改动。`);
      }
      out.push({ index, target });
    }
    return out;
  }

  /**
   * Enrol the sender of a bundle after a person confirmed its key's fingerprint.
   * When its office has an enrolled computer already: `as` 'replace' (the default
   * for a bundle that names the computers it replaces) retires those; 'add'
   * enrols another computer of the office (HQ only: an office has one HQ).
   */
  async enrol(source: BundleSource, confirmed: string, as?: 'replace' | 'add'): Promise<PeerInfo> {
    const me = await this.me();
    const { bytes, staged } = await this.stage(source);
    await fsp.rm(staged, { force: true });
    const m = readHeader(bytes).manifest;
    const pub = base64.decode(m.source.publicKey);
    const fp = fingerprint(this.suite, pub);
    if (fp !== confirmed.trim().toUpperCase()) throw new Error('密钥指纹与确认的不一致，没有登记。');
    if (m.source.node === me.nodeId) throw new Error('不能登记本机自己。');
    if (m.source.role === me.role) throw new Error(me.role === 'hq' ? '区政协机关只登记街道工委。' : '街道工委只登记区政协机关。');
    const st = await this.state.load();
    const others = activeComputers(st, m.source.office, m.source.role).filter((p) => p.node !== m.source.node);
    const named = others.filter((p) => m.replaces?.includes(p.node));
    const mode = as ?? (named.length ? 'replace' : undefined);
    const foreign = (m.replaces ?? []).map((n) => st.peers[n]).find((p) => p && (p.office !== m.source.office || p.role !== m.source.role));
    if (foreign) throw new Error(`这个数据包声称替换 ${foreign.name}（${foreign.office}）的电脑，那不是 ${m.source.office} 的电脑：文件可能被伪造，没有登记。`);
    if (others.length && !st.peers[m.source.node]) {
      if (mode === 'add' && m.source.role === 'hq') throw new Error('区政协机关只登记一台电脑：换了电脑请在新电脑上恢复旧电脑的备份，再用“替换旧电脑”登记。');
      if (mode === 'replace' && !named.length) {
        throw new Error(`这个数据包没有说明它替换 ${m.source.office} 的哪台电脑（新电脑要先恢复旧电脑的备份再导出）。若是本办公室新增的电脑，请选“作为另一台电脑登记”。`);
      }
      if (!mode) {
        throw new Error(`办公室代码 ${m.source.office} 已经登记为另一台电脑（指纹 ${others[0].fingerprint}）。若这是该办公室新增的电脑，请选“作为另一台电脑登记”；若是换了新电脑，请在新电脑上恢复旧电脑的备份后再导出。`);
      }
    }
    const retire = mode === 'replace' ? named : [];
    // Computers it replaces that never reached us (a PC that died before its first export): their ops
    // travel in this one's bundles, so they are recorded as the office's, retired; never another's.
    const unseen = mode === 'add' ? [] : (m.replaces ?? []).filter((n) => n !== m.source.node && !st.peers[n]);
    const rec: PeerRecord = st.peers[m.source.node] ?? {
      node: m.source.node,
      office: m.source.office,
      name: m.source.name,
      role: m.source.role,
      publicKey: m.source.publicKey,
      fingerprint: fp,
      enrolledAt: new Date(this.now()).toISOString(),
      received: {},
      acked: {},
      lastImportAt: null,
    };
    const at = new Date(this.now()).toISOString();
    await this.state.update((d) => {
      d.peers[rec.node] = rec;
      for (const old of retire) Object.assign(d.peers[old.node], { retiredAt: at, replacedBy: rec.node });
      for (const node of unseen) {
        d.peers[node] = { node, office: rec.office, name: rec.name, role: rec.role, publicKey: '', fingerprint: '—', enrolledAt: at, received: {}, acked: {}, lastImportAt: null, retiredAt: at, replacedBy: rec.node };
      }
    });
    return { ...rec, lastExportAt: null, lastExportFile: null, ...computerFields(st, rec) };
  }

  /** A verified chunk of ops for the renderer to apply, gzipped for the trip. */
  importChunk(token: string, index: number): { gz: Uint8Array } {
    const p = this.imports.get(token);
    if (!p) throw new Error('导入已失效，请重新开始。');
    const bytes = p.opsEntries[index];
    if (bytes === undefined) throw new Error(`没有第 ${index + 1} 块数据。`);
    return { gz: new Uint8Array(gzipSync(bytes, { level: 1 })) };
  }

  async importCancel(token: string): Promise<void> {
    const p = this.imports.get(token);
    this.imports.delete(token);
    if (p) await fsp.rm(p.staged, { force: true });
  }

  /** The renderer committed every chunk: record the bundle, its acknowledgements, and archive it. */
  async importDone(token: string): Promise<{ archived: string }> {
    const p = this.imports.get(token);
    if (!p) throw new Error('导入已失效，请重新开始。');
    const m = p.header.manifest;
    const me = await this.me();
    // Paths were checked by verify (attachmentTargets); each file is written whole or not at all.
    for (const f of p.files) await atomicWrite(f.target, p.entries[f.index]);
    const rel = path.join(m.source.office, bundleFileName(m));
    if (!p.rebuild) {
      await atomicWrite(path.join(this.paths.area('archive'), rel), rewritePlain(this.suite, p.header, p.entries));
      const hash = bundleHash(this.suite, p.header.manifestJson);
      const at = new Date(this.now()).toISOString();
      await this.state.update((d) => {
        d.ledger[m.bundleId] = { bundleId: m.bundleId, source: m.source.node, sourceOffice: m.source.office, seq: m.seq, hash, importedAt: at, archived: rel, totalOps: m.totalOps };
        const peer = d.peers[m.source.node];
        if (peer && m.source.node !== me.nodeId) {
          peer.received = mergeVv(peer.received, m.covers);
          peer.acked = mergeVv(peer.acked, m.ack);
          peer.lastImportAt = at;
        }
      });
      if (p.quarantineId) {
        await fsp.rm(path.join(this.quarantineDir, `${p.quarantineId}${BUNDLE_EXT}`), { force: true });
        await fsp.rm(path.join(this.quarantineDir, `${p.quarantineId}.json`), { force: true });
      }
    }
    await fsp.rm(p.staged, { force: true });
    this.imports.delete(token);
    return { archived: rel };
  }

  // ---------------------------------------------------------------- this office's computers

  /** A restored backup was made on `node`, another computer of this office: this one replaces it. */
  async notePredecessor(node: string): Promise<{ noted: boolean }> {
    return { noted: await this.office.notePredecessor(node) };
  }

  /**
   * This data folder came from another computer (office.json's machine is not
   * this one's): give this installation a new node id and key and its own
   * bundle chain; enrolled peers and the ledger stay. The old key is moved aside,
   * never deleted. `reissueAbove` is what HQ acknowledged of the old node here:
   * this computer's ops above it are issued again under the new node (the renderer).
   */
  async becomeNewComputer(): Promise<{ node: string; previous: string; reissueAbove: number; fingerprint: string }> {
    const me = await this.me();
    const st = await this.state.load();
    // The least any peer acknowledged (an office has one HQ): re-issuing more than needed costs nothing.
    const peers = Object.values(st.peers).filter((p) => p.role !== me.role && !p.retiredAt);
    const reissueAbove = peers.length ? Math.min(...peers.map((p) => p.acked[me.nodeId] ?? 0)) : 0;
    await fsp.rename(this.keys.file, `${this.keys.file}.${me.nodeId}.old`).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    this.keys.forget();
    const { office, previous } = await this.office.renew();
    await this.state.update((d) => {
      d.links = {};
    });
    const key = await this.keys.get();
    return { node: office.nodeId, previous, reissueAbove, fingerprint: key.fingerprint };
  }

  // ---------------------------------------------------------------- quarantine, archive

  async quarantineList(): Promise<QuarantineItem[]> {
    const names = await fsp.readdir(this.quarantineDir).catch(() => [] as string[]);
    const out: QuarantineItem[] = [];
    for (const n of names.filter((x) => x.endsWith('.json'))) {
      try {
        out.push(JSON.parse(await fsp.readFile(path.join(this.quarantineDir, n), 'utf8')));
      } catch {
        // a half-written sidecar: the bundle can be imported again from the stick
      }
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async quarantineDiscard(id: string): Promise<void> {
    if (!/^[A-Za-z0-9-]{8,64}$/.test(id)) throw new Error('隔离编号不合法');
    await fsp.rm(path.join(this.quarantineDir, `${id}${BUNDLE_EXT}`), { force: true });
    await fsp.rm(path.join(this.quarantineDir, `${id}.json`), { force: true });
  }

  /** Every archived bundle (exported and imported), oldest first: what a rebuild would bring back. */
  async archiveList(): Promise<ArchivedBundle[]> {
    const me = await this.me();
    const root = this.paths.area('archive');
    const out: ArchivedBundle[] = [];
    const walk = async (dir: string) => {
      for (const e of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const abs = path.join(dir, e.name);
        if (e.isDirectory()) await walk(abs);
        else if (e.isFile() && e.name.endsWith(BUNDLE_EXT) && !e.name.startsWith('.')) {
          try {
            const m = readHeader(new Uint8Array(await fsp.readFile(abs))).manifest;
            out.push({ path: path.relative(root, abs).split(path.sep).join('/'), source: sender(m), createdAt: m.createdAt, totalOps: m.totalOps, counts: m.counts, own: m.source.node === me.nodeId });
          } catch {
            // unreadable archive files are left out of the rebuild and the preview
          }
        }
      }
    };
    await walk(root);
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
