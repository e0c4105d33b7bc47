import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { OfficeName, type Office } from '../../../shared/domain/office';
import { parseStamp } from '../../../shared/hlc';
import { newId } from '../../../shared/ids';
import {
  base64,
  BundleError,
  bundleHash,
  plainPrefix,
  readBodyStream,
  readHeaderFrom,
  verifySignature,
  writeBundle,
  type BundleHeader,
} from '../../../shared/sync/container';
import { fingerprint, toHex, type CryptoSuite } from '../../../shared/sync/crypto-suite';
import { MAX_BUNDLE_BYTES, MAX_OPS_ENTRY_BYTES } from '../../../shared/sync/limits';
import {
  BUNDLE_EXT,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleId,
  bundleFileName,
  FILE_ENTRY_PREFIX,
  fileEntryPath,
  type BundleEntry,
  type Manifest,
} from '../../../shared/sync/manifest';
import { checkOpsAuthority } from '../../../shared/sync/authority';
import { checkOps, type OpsSummary } from '../../../shared/sync/ops-codec';
import { attachmentPaths } from '../../../shared/sync/policy';
import type { Op } from '../../../shared/sync/record';
import { mergeVv, type VersionVector } from '../../../shared/sync/vv';
import {
  QuarantineItem,
  type ArchivedBundle,
  type BundleListing,
  type BundleSource,
  type ExportResult,
  type PeerInfo,
  type Sender,
  type SyncStatus,
  type VerifyResult,
} from '../../../shared/contract/sync';
import type { HostPorts } from '../context';
import { atomicWrite, atomicWriteWith } from '../atomic-write';
import type { OfficeService } from '../office';
import { PathRefused, type AppPaths } from '../paths';
import { checkIncoming, incomingFiles, placeFiles, type IncomingFile } from './incoming-files';
import { KeyStore } from './keys';
import { newStagingDir, openSource, StagedFiles, type FileSource } from './staging';
import { ledgerKey, SyncState, type PeerRecord } from './state';
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
  /** Ops entries in memory; a file entry's bytes wait in its staged file (`staged.file(index)`), its slot here is empty. */
  entries: Uint8Array[];
  opsEntries: Uint8Array[];
  rebuild: boolean;
  quarantineId: string | null;
  /** This attempt's staging folder (the bundle's copy, its attachments): removed on every outcome. */
  staging: string;
  staged: StagedFiles;
  summary: OpsSummary;
  /** The bundle's attachments, checked in verify, and where each goes in the attachments area. */
  files: IncomingFile[];
}

const EMPTY = new Uint8Array(0);

function megabytes(n: number): string {
  return `${Math.ceil(n / 1024 / 1024)} MB`;
}

const TOO_BIG = (size: number) =>
  new BundleError('limit', `文件太大（${megabytes(size)}，数据包最大 ${megabytes(MAX_BUNDLE_BYTES)}），不是本程序能导入的数据包：已拒绝，没有任何改动。`);

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
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(gunzipSync(gz, { maxOutputLength: MAX_OPS_ENTRY_BYTES }));
    } catch {
      throw new Error(`一块导出数据超过 ${megabytes(MAX_OPS_ENTRY_BYTES)} 或已损坏，导出没有完成。`);
    }
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
    const folder = await this.paths.realRoot({ picked: a.folder });
    const me = await this.me();
    const key = await this.keys.get();
    const st = await this.state.load();
    // A file the ops name but this machine does not hold (removed, or it never arrived here)
    // is left out and counted: the records still travel, and the person is told.
    // So is one whose name the receiver would refuse (file-names.ts), or that a link leads out of the area.
    let missingAttachments = 0;
    let size = p.entries.reduce((n, e) => n + e.length, 0);
    for (const rel of new Set(a.attachments)) {
      let bytes: Uint8Array;
      try {
        if (fileEntryPath(`${FILE_ENTRY_PREFIX}${rel}`) === null) throw Object.assign(new Error('unsafe name'), { code: 'ENOENT' });
        bytes = new Uint8Array(await fsp.readFile(await this.paths.real({ area: 'attachments', path: rel })));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (!(e instanceof PathRefused) && code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') throw e;
        missingAttachments++;
        continue;
      }
      size += bytes.length;
      if (size > MAX_BUNDLE_BYTES) {
        throw new Error(`这次要导出的记录和材料文件合计超过 ${megabytes(MAX_BUNDLE_BYTES)}（数据包的上限），对方无法导入：请分几次导出，或先移除过大的材料文件。`);
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
    // A link at the file's name would have the rename replace it, or the write follow it out of the folder.
    if (await fsp.lstat(target).then((st) => st.isSymbolicLink(), () => false)) {
      throw new Error(`所选文件夹里已有一个名为「${fileName}」的链接（快捷方式）：为安全起见不会替换它，请删除或改名后再导出。`);
    }
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
    const dir = await this.paths.realRoot({ picked: folder });
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
      let src: FileSource | null = null;
      try {
        src = await openSource(path.join(dir, name));
        if (src.size > MAX_BUNDLE_BYTES) throw TOO_BIG(src.size);
        const h = await readHeaderFrom(src);
        const m = h.manifest;
        const item: BundleListing = { ...base, status: 'new', source: sender(m), createdAt: m.createdAt, seq: m.seq, totalOps: m.totalOps, counts: m.counts, encrypted: !!h.encryption };
        if (m.source.node === me.nodeId) item.status = 'mine';
        else if (this.destMismatch(m, me)) {
          item.status = 'not-for-me';
          item.message = this.destMismatch(m, me);
        } else if (st.ledger[ledgerKey(m.source.node, m.bundleId)]) item.status = 'imported';
        else if (!st.peers[m.source.node]) item.status = 'unknown-sender';
        const damage = await this.damageOf(src, h, m.source.node === me.nodeId ? ownKey : st.peers[m.source.node]?.publicKey);
        if (damage) {
          item.status = 'damaged';
          item.message = damage;
        }
        out.push(item);
      } catch (e) {
        out.push({ ...base, message: e instanceof BundleError ? e.message : '无法读取这个文件。' });
      } finally {
        await src?.close();
      }
    }
    return out;
  }

  /**
   * What is wrong with a listed bundle, as far as can be told without its
   * passphrase: the signature when the sender is known (own or enrolled),
   * and every entry's hash when the body is plain (read in slices, hashed,
   * nothing kept), so the listing says "已损坏" up front instead of "已导入过"
   * for a tampered copy.
   */
  private async damageOf(src: FileSource, h: BundleHeader, key: string | Uint8Array | undefined): Promise<string | null> {
    try {
      if (key) verifySignature(this.suite, h, typeof key === 'string' ? base64.decode(key) : key, `${h.manifest.source.name}（${h.manifest.source.office}）`);
      if (!h.encryption) await readBodyStream(this.suite, src, h, null, () => null);
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

  /** A quarantine file's path, from an id checked against the bundle-id pattern (never a name from elsewhere). */
  private quarantineFile(id: string, ext: string): string {
    if (!BundleId.safeParse(id).success) throw new PathRefused('隔离编号不合法。');
    return path.join(this.quarantineDir, `${id}${ext}`);
  }

  /** The real path of a bundle to read: in a picked folder or the archive (no link leading out), or in quarantine. */
  private async locate(source: BundleSource): Promise<{ from: string; quarantineId: string | null }> {
    if ('file' in source) return { from: await this.paths.real(source.file), quarantineId: null };
    if ('archive' in source) return { from: await this.paths.real({ area: 'archive', path: source.archive }), quarantineId: null };
    return { from: this.quarantineFile(source.quarantine, BUNDLE_EXT), quarantineId: source.quarantine };
  }

  /** The size of a file to read, refused when it is missing, not a file, or larger than a bundle may be. */
  private static async sizeOf(from: string): Promise<number> {
    const st = await fsp.stat(from).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new Error(`找不到文件：${path.basename(from)}`);
      throw e;
    });
    if (!st.isFile()) throw new BundleError('not-bundle', `「${path.basename(from)}」不是一个文件。`);
    if (st.size > MAX_BUNDLE_BYTES) throw TOO_BIG(st.size);
    return st.size;
  }

  /** A bundle to verify is first copied to local disk, into this attempt's staging folder (after its size is checked). */
  private async stage(source: BundleSource, dir: string): Promise<{ src: FileSource; quarantineId: string | null }> {
    const { from, quarantineId } = await this.locate(source);
    await SyncService.sizeOf(from);
    await fsp.mkdir(dir, { recursive: true });
    const staged = path.join(dir, `bundle${BUNDLE_EXT}`);
    await fsp.copyFile(from, staged);
    const src = await openSource(staged);
    // It may have grown while it was copied.
    if (src.size > MAX_BUNDLE_BYTES) {
      await src.close();
      throw TOO_BIG(src.size);
    }
    return { src, quarantineId };
  }

  async verify(a: { source: BundleSource; passphrase: string | null; schemaVersion: number; tables: string[]; rebuild: boolean }): Promise<VerifyResult> {
    const me = await this.me();
    const dir = newStagingDir(this.syncDir);
    const staged = new StagedFiles(dir);
    let src: FileSource | null = null;
    // Handles are closed before the folder is removed (Windows cannot remove an open file).
    const close = async () => {
      const open = src;
      src = null;
      await open?.close();
      await staged.close();
    };
    const drop = async () => {
      await close();
      await fsp.rm(dir, { recursive: true, force: true });
    };
    try {
      const stagedBundle = await this.stage(a.source, dir);
      src = stagedBundle.src;
      const quarantineId = stagedBundle.quarantineId;
      const header = await readHeaderFrom(src);
      const m = header.manifest;
      const src_ = sender(m);
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
        if (a.rebuild) throw new BundleError('unknown-sender', `归档里的数据包来自尚未登记的 ${src_.office}，已跳过。`);
        const others = activeComputers(st, m.source.office, m.source.role);
        const named = new Set(m.replaces ?? []);
        return {
          status: 'needs-enrolment',
          source: src_,
          fingerprint: fingerprint(this.suite, base64.decode(m.source.publicKey)),
          replaces: others.filter((p) => named.has(p.node)).map((p) => computerInfo(st, p)),
          computers: others.map((p) => computerInfo(st, p)),
        };
      } else trusted = base64.decode(peer.publicKey);
      verifySignature(this.suite, header, trusted, peer ? `${peer.name}（${peer.office}）` : '本机');
      if (peer?.retiredAt && !a.rebuild) throw new BundleError('authority', retiredMessage(peer, peer.replacedBy ? st.peers[peer.replacedBy] : undefined));
      if (header.encryption && !a.passphrase) {
        await drop();
        return { status: 'needs-passphrase', source: src_ };
      }
      // Attachment names are checked before the body is read; the body is read in slices:
      // ops entries into memory, attachments straight into staged files.
      const root = this.paths.area('attachments');
      const files = incomingFiles(m, root);
      const held: Uint8Array[][] = m.entries.map(() => []);
      await readBodyStream(this.suite, src, header, a.passphrase, (i, e) => (e.kind === 'ops' ? { write: (b) => void held[i].push(b) } : staged.sink(i, e.bytes)));
      await staged.finish(files.filter((f) => m.entries[f.index].bytes === 0).map((f) => f.index));
      const entries = held.map((parts, i) => (m.entries[i].kind === 'ops' ? Buffer.concat(parts) : EMPTY));
      // Everything is verified before the ledger is asked: a damaged copy of an imported bundle is still refused as damaged.
      const { chunks, summary } = checkOps(m, entries, { tables: a.tables, schemaVersion: a.schemaVersion, acceptOlder: a.rebuild });
      if (peer) this.checkAuthority(peer, m, chunks, st);
      await checkIncoming(files, new Set(attachmentPaths(chunks.flatMap((c) => c ?? []))), root);
      // A bundle id is the sender's word: only the same sender's bundle under it is the one imported.
      const done = st.ledger[ledgerKey(m.source.node, m.bundleId)];
      if (done && !a.rebuild) {
        await drop();
        return { status: 'duplicate', bundleId: m.bundleId, source: src_, importedAt: done.importedAt };
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
          // Named by sender and bundle id (as the ledger knows a bundle), never by the sender's word alone:
          // another sender's bundle under the same id is held beside it, not over it. Lower-case hex: it
          // passes the bundle-id pattern and names the two files and nothing else.
          const id = toHex(this.suite.sha256(new TextEncoder().encode(ledgerKey(m.source.node, m.bundleId)))).slice(0, 32);
          await fsp.mkdir(this.quarantineDir, { recursive: true });
          await this.writePlain(this.quarantineFile(id, BUNDLE_EXT), header, entries, staged);
          const reason = `数据包里有比本机时钟快一天以上的时间（${summary.maxStamp.slice(0, 19).replace('T', ' ')}）：可能是 ${src_.office} 的电脑时钟不对。`;
          const item: QuarantineItem = { id, source: src_, createdAt: m.createdAt, maxStamp: summary.maxStamp, totalOps: m.totalOps, reason };
          await atomicWrite(this.quarantineFile(id, '.json'), JSON.stringify(item));
          await drop();
          return { status: 'quarantined', id, source: src_, reason };
        }
      }
      const token = randomUUID();
      const opsEntries = chunks.flatMap((c, i) => (c ? [entries[i]] : []));
      this.imports.set(token, { header, entries, opsEntries, rebuild: a.rebuild, quarantineId, staging: dir, staged, summary, files });
      return { status: 'ok', token, bundleId: m.bundleId, source: src_, createdAt: m.createdAt, schemaVersion: m.schemaVersion, summary, chunks: opsEntries.length, covers: m.covers, gap };
    } catch (e) {
      await drop();
      throw e;
    } finally {
      await close();
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
    // HQ's bundles are held to the rules every writer keeps (field names, tombstones, office codes);
    // an office's also to its own computers (every one it has had, retired ones included: a new PC
    // carries its predecessor's unsent ops) and rights.
    const nodes = new Set(computersOf(st, peer.office, peer.role).map((p) => p.node));
    checkOpsAuthority(chunks, { office: peer.office, role: peer.role }, nodes, who);
  }

  /** Lay a verified bundle out plain (quarantine, archive): its signed header, then the entries, attachments from their staged files. */
  private async writePlain(target: string, header: BundleHeader, entries: Uint8Array[], staged: StagedFiles): Promise<void> {
    await atomicWriteWith(target, async (out) => {
      await out.write(plainPrefix(header));
      for (const [i, e] of header.manifest.entries.entries()) {
        if (e.kind === 'ops') await out.write(entries[i]);
        else if (e.bytes > 0) {
          const from = await fsp.open(staged.file(i), 'r');
          try {
            for await (const piece of from.createReadStream({ autoClose: false })) await out.write(piece as Buffer);
          } finally {
            await from.close();
          }
        }
      }
    });
  }

  /**
   * Enrol the sender of a bundle after a person confirmed its key's fingerprint.
   * When its office has an enrolled computer already: `as` 'replace' (the default
   * for a bundle that names the computers it replaces) retires those; 'add'
   * enrols another computer of the office (HQ only: an office has one HQ).
   */
  async enrol(source: BundleSource, confirmed: string, as?: 'replace' | 'add'): Promise<PeerInfo> {
    const me = await this.me();
    // Only the header is needed: read from where it lies (after the same checks verify makes), nothing copied.
    const { from } = await this.locate(source);
    await SyncService.sizeOf(from);
    const src = await openSource(from);
    let m: Manifest;
    try {
      m = (await readHeaderFrom(src)).manifest;
    } finally {
      await src.close();
    }
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
    if (p) await fsp.rm(p.staging, { recursive: true, force: true });
  }

  /**
   * The renderer committed every chunk: archive the bundle, move its
   * attachments into place (checked in verify), record it in the ledger. A
   * failure at any step undoes the steps before it (the archive copy and the
   * files are removed again, the ledger is not written), and staging is
   * removed on every outcome.
   */
  async importDone(token: string): Promise<{ archived: string }> {
    const p = this.imports.get(token);
    if (!p) throw new Error('导入已失效，请重新开始。');
    const m = p.header.manifest;
    const me = await this.me();
    // Both parts were checked against strict patterns (manifest.ts): an office code and the file name made from checked fields.
    const rel = path.join(m.source.office, bundleFileName(m));
    const undo: Array<() => Promise<void>> = [];
    try {
      if (!p.rebuild) {
        const archived = path.join(this.paths.area('archive'), rel);
        const existed = await fsp.lstat(archived).then(() => true, () => false);
        await fsp.mkdir(path.dirname(archived), { recursive: true });
        await this.writePlain(archived, p.header, p.entries, p.staged);
        if (!existed) undo.push(() => fsp.rm(archived, { force: true }));
      }
      undo.push(await placeFiles(p.files, (i) => p.staged.file(i)));
      if (!p.rebuild) {
        const hash = bundleHash(this.suite, p.header.manifestJson);
        const at = new Date(this.now()).toISOString();
        await this.state.update((d) => {
          d.ledger[ledgerKey(m.source.node, m.bundleId)] = { bundleId: m.bundleId, source: m.source.node, sourceOffice: m.source.office, seq: m.seq, hash, importedAt: at, archived: rel, totalOps: m.totalOps };
          const peer = d.peers[m.source.node];
          if (peer && m.source.node !== me.nodeId) {
            peer.received = mergeVv(peer.received, m.covers);
            peer.acked = mergeVv(peer.acked, m.ack);
            peer.lastImportAt = at;
            // An office renamed after setup: the signed bundle from its enrolled key carries the new name; the code stays.
            const renamed = OfficeName.safeParse(m.source.name);
            if (renamed.success) peer.name = renamed.data;
          }
        });
        if (p.quarantineId) {
          await fsp.rm(this.quarantineFile(p.quarantineId, BUNDLE_EXT), { force: true });
          await fsp.rm(this.quarantineFile(p.quarantineId, '.json'), { force: true });
        }
      }
    } catch (e) {
      for (const u of undo.reverse()) await u().catch(() => undefined);
      throw e;
    } finally {
      this.imports.delete(token);
      await fsp.rm(p.staging, { recursive: true, force: true });
    }
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

  /** Held bundles: only sidecars whose name is a valid bundle id and whose content says the same id (nothing else can be listed, so accept and discard always work). */
  async quarantineList(): Promise<QuarantineItem[]> {
    const names = await fsp.readdir(this.quarantineDir).catch(() => [] as string[]);
    const out: QuarantineItem[] = [];
    for (const n of names) {
      const id = n.endsWith('.json') ? n.slice(0, -'.json'.length) : null;
      if (id === null || !BundleId.safeParse(id).success) continue;
      try {
        const item = QuarantineItem.parse(JSON.parse(await fsp.readFile(this.quarantineFile(id, '.json'), 'utf8')));
        if (item.id === id) out.push(item);
      } catch {
        // a half-written sidecar: the bundle can be imported again from the stick
      }
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async quarantineDiscard(id: string): Promise<void> {
    await fsp.rm(this.quarantineFile(id, BUNDLE_EXT), { force: true });
    await fsp.rm(this.quarantineFile(id, '.json'), { force: true });
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
          let src: FileSource | null = null;
          try {
            src = await openSource(abs);
            const m = (await readHeaderFrom(src)).manifest;
            out.push({ path: path.relative(root, abs).split(path.sep).join('/'), source: sender(m), createdAt: m.createdAt, totalOps: m.totalOps, counts: m.counts, own: m.source.node === me.nodeId });
          } catch {
            // unreadable archive files are left out of the rebuild and the preview
          } finally {
            await src?.close();
          }
        }
      }
    };
    await walk(root);
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
