/**
 * The bundle container. One file, a layout of our own rather than a zip: a zip
 * would need a third-party parser on the import path (where a forged file is
 * the threat), and zip's central directory duplicates the manifest. Ours is:
 *
 *   "CDBUNDLE" | container version u8 | flags u8 (bit 0: encrypted) | header length u32 BE
 *   | header JSON { manifest: string, signature: base64, encryption: null | Encryption }
 *   | body
 *
 * The body is the entries (ops NDJSON chunks, attachments) back to back, in
 * manifest order. Encrypted, it is the same bytes sealed with AES-256-GCM in
 * chunks whose nonce is an 11-byte counter and a last-chunk flag, with the
 * whole prefix (magic to header) as associated data, as age does; the key is
 * scrypt(passphrase). The signature covers the manifest string, which holds
 * each entry's SHA-256, so the plaintext is authenticated end to end.
 */
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, Encryption, Manifest } from './manifest';
import { toHex, type CryptoSuite } from './crypto-suite';

const MAGIC = new TextEncoder().encode('CDBUNDLE');
const CONTAINER_VERSION = 1;
const PREFIX = MAGIC.length + 1 + 1 + 4;
const TAG = 16;
export const DEFAULT_CHUNK = 64 * 1024;
export const DEFAULT_SCRYPT = { N: 1 << 15, r: 8, p: 1 };
const MAX_HEADER = 16 * 1024 * 1024;

export type BundleErrorCode =
  | 'not-bundle'
  | 'version'
  | 'truncated'
  | 'corrupt'
  | 'signature'
  | 'passphrase'
  | 'hash'
  | 'count'
  | 'schema'
  | 'chain'
  | 'dest'
  | 'unknown-sender'
  | 'authority';

/** A bundle refused: the message is Chinese and says what is wrong with the file. */
export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface BundleHeader {
  manifestJson: string;
  manifest: Manifest;
  signature: Uint8Array;
  encryption: Encryption | null;
  /** Bytes from the magic to the end of the header: the AAD of every encrypted chunk. */
  prefix: Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

function b64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function unb64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const base64 = { encode: b64, decode: unb64 };

function nonce(counter: number, last: boolean): Uint8Array {
  const n = new Uint8Array(12);
  new DataView(n.buffer).setBigUint64(3, BigInt(counter));
  n[11] = last ? 1 : 0;
  return n;
}

/** SHA-256 of the manifest string: the bundle's identity in the chain. */
export function bundleHash(suite: CryptoSuite, manifestJson: string): string {
  return toHex(suite.sha256(enc.encode(manifestJson)));
}

export interface WriteOptions {
  manifest: Manifest;
  entries: Uint8Array[];
  seed: Uint8Array;
  passphrase?: string | null;
  chunkSize?: number;
  scrypt?: { N: number; r: number; p: number };
}

/** Sign the manifest and lay out the file; encrypt the body when a passphrase is given. */
export function writeBundle(suite: CryptoSuite, o: WriteOptions): Uint8Array {
  const manifestJson = JSON.stringify(o.manifest);
  const signature = suite.ed25519Sign(o.seed, enc.encode(manifestJson));
  let encryption: Encryption | null = null;
  let key: Uint8Array | null = null;
  if (o.passphrase) {
    const params = o.scrypt ?? DEFAULT_SCRYPT;
    const salt = suite.randomBytes(16);
    encryption = { cipher: 'aes-256-gcm', kdf: 'scrypt', ...params, salt: b64(salt), chunkSize: o.chunkSize ?? DEFAULT_CHUNK };
    key = suite.scrypt(o.passphrase, salt, params, 32);
  }
  return assemble(suite, { manifestJson, signature, encryption, key, entries: o.entries });
}

/** Re-lay a verified bundle without encryption (for the archive), keeping its signed manifest. */
export function rewritePlain(suite: CryptoSuite, header: BundleHeader, entries: Uint8Array[]): Uint8Array {
  return assemble(suite, { manifestJson: header.manifestJson, signature: header.signature, encryption: null, key: null, entries });
}

function assemble(
  suite: CryptoSuite,
  a: { manifestJson: string; signature: Uint8Array; encryption: Encryption | null; key: Uint8Array | null; entries: Uint8Array[] },
): Uint8Array {
  const headerBytes = enc.encode(JSON.stringify({ manifest: a.manifestJson, signature: b64(a.signature), encryption: a.encryption }));
  const prefix = new Uint8Array(PREFIX + headerBytes.length);
  prefix.set(MAGIC, 0);
  prefix[MAGIC.length] = CONTAINER_VERSION;
  prefix[MAGIC.length + 1] = a.encryption ? 1 : 0;
  new DataView(prefix.buffer).setUint32(MAGIC.length + 2, headerBytes.length);
  prefix.set(headerBytes, PREFIX);
  const plainLen = a.entries.reduce((n, e) => n + e.length, 0);
  const parts: Uint8Array[] = [prefix];
  if (!a.encryption || !a.key) {
    parts.push(...a.entries);
  } else {
    const body = concat(a.entries, plainLen);
    const size = a.encryption.chunkSize;
    const chunks = Math.max(1, Math.ceil(plainLen / size));
    for (let i = 0; i < chunks; i++) {
      const last = i === chunks - 1;
      parts.push(suite.aesGcmEncrypt(a.key, nonce(i, last), prefix, body.subarray(i * size, Math.min(plainLen, (i + 1) * size))));
    }
  }
  return concat(parts, parts.reduce((n, p) => n + p.length, 0));
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Parse the header only (no signature check): enough to list a folder or ask for enrolment. */
export function readHeader(file: Uint8Array): BundleHeader {
  if (file.length < PREFIX || MAGIC.some((b, i) => file[i] !== b)) {
    throw new BundleError('not-bundle', '这不是政协工委助手的数据包文件（文件开头不对）。');
  }
  const version = file[MAGIC.length];
  if (version !== CONTAINER_VERSION) {
    throw new BundleError('version', `数据包的容器版本 ${version} 不受本程序支持，请把两边的程序升级到同一版本。`);
  }
  const flags = file[MAGIC.length + 1];
  if (flags > 1) throw new BundleError('corrupt', '数据包头的标记不合法，文件被改动或损坏。');
  const headerLen = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(MAGIC.length + 2);
  if (headerLen > MAX_HEADER) throw new BundleError('corrupt', '数据包头的长度不合理，文件已损坏。');
  if (PREFIX + headerLen > file.length) throw new BundleError('truncated', '文件不完整（在数据包头处被截断），请重新拷贝。');
  let raw: { manifest?: unknown; signature?: unknown; encryption?: unknown };
  let manifestObj: unknown;
  let headerText: string;
  try {
    headerText = dec.decode(file.subarray(PREFIX, PREFIX + headerLen));
    raw = JSON.parse(headerText);
    manifestObj = JSON.parse(String(raw.manifest));
  } catch {
    throw new BundleError('corrupt', '数据包头已损坏（无法读取清单），文件被改动或损坏。');
  }
  // The header must be exactly as writeBundle spells it: a changed key name (say
  // "encryption" of a plain bundle, whose value is null either way) still parses,
  // so parsing alone would let a changed file pass.
  if (JSON.stringify({ manifest: raw.manifest, signature: raw.signature, encryption: raw.encryption }) !== headerText) {
    throw new BundleError('corrupt', '数据包头已被改动或损坏。');
  }
  const fv = (manifestObj as { formatVersion?: unknown; format?: unknown })?.formatVersion;
  if ((manifestObj as { format?: unknown })?.format === BUNDLE_FORMAT && fv !== BUNDLE_FORMAT_VERSION) {
    throw new BundleError('version', `数据包格式版本 ${String(fv)} 不受本程序支持（本程序为 ${BUNDLE_FORMAT_VERSION}），请把两边的程序升级到同一版本。`);
  }
  const manifest = Manifest.safeParse(manifestObj);
  if (!manifest.success) throw new BundleError('corrupt', '数据包清单的内容不合格式，文件被改动或损坏。');
  const encryption = raw.encryption == null ? null : Encryption.safeParse(raw.encryption);
  if (encryption && !encryption.success) throw new BundleError('corrupt', '数据包的加密参数已损坏。');
  if (encryption?.success) {
    let ok = false;
    try {
      ok = b64(unb64(encryption.data.salt)) === encryption.data.salt;
    } catch {
      ok = false;
    }
    if (!ok) throw new BundleError('corrupt', '数据包的加密参数已损坏。');
  }
  if (!!encryption !== ((flags & 1) === 1)) throw new BundleError('corrupt', '数据包头的加密标记不一致，文件被改动过。');
  if (typeof raw.signature !== 'string') throw new BundleError('corrupt', '数据包缺少签名。');
  let signature: Uint8Array;
  try {
    signature = unb64(raw.signature);
    // Only the canonical spelling: base64's padding bits must not let a changed file pass.
    if (b64(signature) !== raw.signature) throw new Error('non-canonical');
  } catch {
    throw new BundleError('corrupt', '数据包的签名已损坏。');
  }
  return {
    manifestJson: String(raw.manifest),
    manifest: manifest.data,
    signature,
    encryption: encryption ? encryption.data : null,
    prefix: file.subarray(0, PREFIX + headerLen),
  };
}

/** Check the manifest's signature against the key we trust for its sender. */
export function verifySignature(suite: CryptoSuite, header: BundleHeader, trustedKey: Uint8Array, senderLabel: string): void {
  const ok = header.signature.length === 64 && suite.ed25519Verify(trustedKey, enc.encode(header.manifestJson), header.signature);
  if (!ok) {
    throw new BundleError('signature', `签名不符：这个文件不是由已登记的「${senderLabel}」签发的，或清单被改动过。已拒绝导入。`);
  }
}

/**
 * Decrypt (if needed) and split the body into entries, checking every length
 * and SHA-256 against the signed manifest. Call after verifySignature.
 */
export function readBody(suite: CryptoSuite, file: Uint8Array, header: BundleHeader, passphrase?: string | null): Uint8Array[] {
  const m = header.manifest;
  const plainLen = m.entries.reduce((n, e) => n + e.bytes, 0);
  let body = file.subarray(header.prefix.length);
  if (header.encryption) {
    if (!passphrase) throw new BundleError('passphrase', '这个数据包已加密，请输入口令。');
    const e = header.encryption;
    const key = suite.scrypt(passphrase, unb64(e.salt), e, 32);
    const chunks = Math.max(1, Math.ceil(plainLen / e.chunkSize));
    const expected = plainLen + chunks * TAG;
    if (body.length < expected) throw new BundleError('truncated', '文件不完整（加密数据被截断），请重新拷贝。');
    if (body.length > expected) throw new BundleError('corrupt', '文件末尾有多余的数据，文件被改动过。');
    const plain = new Uint8Array(plainLen);
    let at = 0;
    for (let i = 0; i < chunks; i++) {
      const len = Math.min(e.chunkSize, plainLen - i * e.chunkSize);
      const sealed = body.subarray(at, at + len + TAG);
      at += len + TAG;
      try {
        plain.set(suite.aesGcmDecrypt(key, nonce(i, i === chunks - 1), header.prefix, sealed), i * e.chunkSize);
      } catch {
        throw i === 0
          ? new BundleError('passphrase', '口令不对，或文件已损坏：无法解密。')
          : new BundleError('hash', `第 ${i + 1} 段加密数据校验失败：文件被改动、损坏或顺序被打乱。`);
      }
    }
    body = plain;
  } else {
    if (body.length < plainLen) throw new BundleError('truncated', '文件不完整（数据被截断），请重新拷贝。');
    if (body.length > plainLen) throw new BundleError('corrupt', '文件末尾有多余的数据，文件被改动过。');
  }
  const out: Uint8Array[] = [];
  let at = 0;
  m.entries.forEach((entry, i) => {
    const bytes = body.subarray(at, at + entry.bytes);
    at += entry.bytes;
    if (toHex(suite.sha256(bytes)) !== entry.sha256) {
      throw new BundleError('hash', `第 ${i + 1} 块数据（${entry.name}）的校验值不符：文件被改动、损坏或顺序被打乱。`);
    }
    out.push(bytes);
  });
  return out;
}
