import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/hashes/utils.js';
import type { CryptoSuite } from '../../../shared/sync/crypto-suite';

/** Pure-JS fallback (@noble), used when node:crypto fails the start-up self-test. */
export const nobleSuite: CryptoSuite = {
  name: 'noble',
  sha256: (data) => sha256(data),
  sha256Hasher() {
    const h = sha256.create();
    return { update: (data) => void h.update(data), digest: () => h.digest() };
  },
  ed25519Keygen() {
    const seed = randomBytes(32);
    return { seed, publicKey: ed25519.getPublicKey(seed) };
  },
  ed25519Sign: (seed, message) => ed25519.sign(message, seed),
  ed25519Verify(publicKey, message, signature) {
    try {
      return ed25519.verify(signature, message, publicKey);
    } catch {
      return false;
    }
  },
  scrypt: (passphrase, salt, { N, r, p }, length) => scrypt(passphrase.normalize('NFC'), salt, { N, r, p, dkLen: length }),
  aesGcmEncrypt: (key, nonce, aad, plain) => gcm(key, nonce, aad).encrypt(plain),
  aesGcmDecrypt: (key, nonce, aad, sealed) => gcm(key, nonce, aad).decrypt(sealed),
  randomBytes: (n) => randomBytes(n),
};
