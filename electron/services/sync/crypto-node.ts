import crypto from 'node:crypto';
import type { CryptoSuite } from '../../../shared/sync/crypto-suite';

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');

function privateKey(seed: Uint8Array, publicKey?: Uint8Array): crypto.KeyObject {
  const pub = publicKey ?? publicFromSeed(seed);
  return crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64u(seed), x: b64u(pub) }, format: 'jwk' });
}

function publicFromSeed(seed: Uint8Array): Uint8Array {
  const k = crypto.createPrivateKey({
    // PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410).
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed)]),
    format: 'der',
    type: 'pkcs8',
  });
  const jwk = crypto.createPublicKey(k).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x as string, 'base64url'));
}

/** node:crypto (BoringSSL inside Electron, OpenSSL in plain Node). */
export const nodeSuite: CryptoSuite = {
  name: 'node',
  sha256: (data) => new Uint8Array(crypto.createHash('sha256').update(data).digest()),
  sha256Hasher() {
    const h = crypto.createHash('sha256');
    return { update: (data) => void h.update(data), digest: () => new Uint8Array(h.digest()) };
  },
  ed25519Keygen() {
    const { privateKey: sk, publicKey: pk } = crypto.generateKeyPairSync('ed25519');
    const d = sk.export({ format: 'jwk' }).d as string;
    const x = pk.export({ format: 'jwk' }).x as string;
    return { seed: new Uint8Array(Buffer.from(d, 'base64url')), publicKey: new Uint8Array(Buffer.from(x, 'base64url')) };
  },
  ed25519Sign: (seed, message) => new Uint8Array(crypto.sign(null, message, privateKey(seed))),
  ed25519Verify(publicKey, message, signature) {
    try {
      const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64u(publicKey) }, format: 'jwk' });
      return crypto.verify(null, message, key, signature);
    } catch {
      return false;
    }
  },
  scrypt: (passphrase, salt, { N, r, p }, length) =>
    new Uint8Array(crypto.scryptSync(passphrase.normalize('NFC'), salt, length, { N, r, p, maxmem: 256 * N * r * p + (1 << 20) })),
  aesGcmEncrypt(key, nonce, aad, plain) {
    const c = crypto.createCipheriv('aes-256-gcm', key, nonce);
    c.setAAD(aad);
    return new Uint8Array(Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]));
  },
  aesGcmDecrypt(key, nonce, aad, sealed) {
    if (sealed.length < 16) throw new Error('sealed chunk too short');
    const d = crypto.createDecipheriv('aes-256-gcm', key, nonce);
    d.setAAD(aad);
    d.setAuthTag(sealed.subarray(sealed.length - 16));
    return new Uint8Array(Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]));
  },
  randomBytes: (n) => new Uint8Array(crypto.randomBytes(n)),
};
