/**
 * The primitives the bundle format needs, injected so the format stays pure
 * (shared/ has no Node). Main provides node:crypto, with @noble as the
 * pure-JS fallback when the start-up self-test fails (docs/sync.md).
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export interface CryptoSuite {
  readonly name: 'node' | 'noble';
  sha256(data: Uint8Array): Uint8Array;
  /** SHA-256 fed in pieces (a large file hashed as it is read). */
  sha256Hasher(): { update(data: Uint8Array): void; digest(): Uint8Array };
  /** A new Ed25519 key: the 32-byte seed and the 32-byte public key. */
  ed25519Keygen(): { seed: Uint8Array; publicKey: Uint8Array };
  ed25519Sign(seed: Uint8Array, message: Uint8Array): Uint8Array;
  ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  scrypt(passphrase: string, salt: Uint8Array, params: ScryptParams, length: number): Uint8Array;
  /** AES-256-GCM; the result is ciphertext followed by the 16-byte tag. */
  aesGcmEncrypt(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plain: Uint8Array): Uint8Array;
  /** Throws when the tag does not match. */
  aesGcmDecrypt(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array;
  randomBytes(n: number): Uint8Array;
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * A key fingerprint a person can read over the phone: the first 10 bytes of
 * SHA-256 of the public key, as five groups of four hex digits.
 */
export function fingerprint(suite: CryptoSuite, publicKey: Uint8Array): string {
  const hex = toHex(suite.sha256(publicKey)).slice(0, 20).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}
