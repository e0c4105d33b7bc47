import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { base64 } from '../../../shared/sync/container';
import { fingerprint, type CryptoSuite } from '../../../shared/sync/crypto-suite';
import { atomicWrite } from '../atomic-write';

export interface NodeKey {
  seed: Uint8Array;
  publicKey: Uint8Array;
  fingerprint: string;
}

/**
 * This installation's Ed25519 signing key, kept in the data folder's keys/
 * (not in IndexedDB: a wiped browser store must not change who we are). Made
 * at first need.
 */
export class KeyStore {
  private cached: NodeKey | null = null;

  constructor(
    private readonly dir: string,
    private readonly suite: CryptoSuite,
  ) {}

  get file(): string {
    return path.join(this.dir, 'node-ed25519.json');
  }

  /** Drop the key held in memory (its file was moved: the demo office was left). */
  forget(): void {
    this.cached = null;
  }

  async get(): Promise<NodeKey> {
    if (this.cached) return this.cached;
    let raw: { seed: string; publicKey: string } | null = null;
    try {
      raw = JSON.parse(await fsp.readFile(this.file, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error('签名密钥文件（keys/node-ed25519.json）已损坏。');
    }
    if (!raw) {
      const k = this.suite.ed25519Keygen();
      raw = { seed: base64.encode(k.seed), publicKey: base64.encode(k.publicKey) };
      await atomicWrite(this.file, JSON.stringify(raw, null, 2));
      await fsp.chmod(this.file, 0o600).catch(() => undefined);
    }
    const publicKey = base64.decode(raw.publicKey);
    this.cached = { seed: base64.decode(raw.seed), publicKey, fingerprint: fingerprint(this.suite, publicKey) };
    return this.cached;
  }
}
