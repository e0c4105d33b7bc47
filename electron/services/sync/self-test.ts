import type { CryptoSuite } from '../../../shared/sync/crypto-suite';
import { toHex } from '../../../shared/sync/crypto-suite';
import { nobleSuite } from './crypto-noble';
import { nodeSuite } from './crypto-node';

const enc = new TextEncoder();

/**
 * Known-answer and round-trip checks of the three primitives the bundle needs.
 * Electron's Node is built on BoringSSL, which has lacked some of them in the
 * past: a suite that fails here is not used. Returns what failed, or [].
 */
export function selfTest(suite: CryptoSuite): string[] {
  const failed: string[] = [];
  const attempt = (name: string, fn: () => boolean) => {
    try {
      if (!fn()) failed.push(name);
    } catch {
      failed.push(name);
    }
  };
  // RFC 8032 test 1: the empty message under a fixed seed.
  attempt('Ed25519', () => {
    const seed = Uint8Array.from(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
    const pub = Uint8Array.from(Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex'));
    const sig = suite.ed25519Sign(seed, new Uint8Array(0));
    const good =
      toHex(sig) ===
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
    const tampered = sig.slice();
    tampered[0] ^= 1;
    const { seed: s2, publicKey: p2 } = suite.ed25519Keygen();
    const m = enc.encode('自检');
    return good && suite.ed25519Verify(pub, new Uint8Array(0), sig) && !suite.ed25519Verify(pub, new Uint8Array(0), tampered) && suite.ed25519Verify(p2, m, suite.ed25519Sign(s2, m));
  });
  // RFC 7914 test vector 2 with a smaller output check: scrypt("password", "NaCl", N=1024, r=8, p=16).
  attempt('scrypt', () =>
    toHex(suite.scrypt('password', enc.encode('NaCl'), { N: 1024, r: 8, p: 16 }, 16)) === 'fdbabe1c9d3472007856e7190d01e9fe',
  );
  // NIST GCM test case 14 (AES-256, zero key, zero block) plus a round trip with AAD and a forged tag.
  attempt('AES-256-GCM', () => {
    const key = new Uint8Array(32);
    const iv = new Uint8Array(12);
    const ct = suite.aesGcmEncrypt(key, iv, new Uint8Array(0), new Uint8Array(16));
    if (toHex(ct) !== 'cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919') return false;
    const aad = enc.encode('header');
    const sealed = suite.aesGcmEncrypt(key, iv, aad, enc.encode('委员'));
    if (new TextDecoder().decode(suite.aesGcmDecrypt(key, iv, aad, sealed)) !== '委员') return false;
    try {
      suite.aesGcmDecrypt(key, iv, enc.encode('other'), sealed);
      return false;
    } catch {
      return true;
    }
  });
  return failed;
}

/** node:crypto when it passes the self-test, else the pure-JS suite (which must pass). */
export function pickSuite(candidates: CryptoSuite[] = [nodeSuite, nobleSuite]): { suite: CryptoSuite; failures: Record<string, string[]> } {
  const failures: Record<string, string[]> = {};
  for (const s of candidates) {
    const f = selfTest(s);
    if (!f.length) return { suite: s, failures };
    failures[s.name] = f;
  }
  throw new Error(`加密自检失败：${Object.entries(failures).map(([k, v]) => `${k}: ${v.join('、')}`).join('；')}`);
}
