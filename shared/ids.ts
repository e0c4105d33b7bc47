import { v7 as uuidv7 } from 'uuid';

/** Record ids are born where the record is born: time-ordered UUIDv7, never counters. */
export function newId(): string {
  return uuidv7();
}

/** A node (one installation) is named by 16 random hex digits, the tail of every HLC stamp. */
export function newNodeId(random: (n: number) => Uint8Array = defaultRandom): string {
  return Array.from(random(8), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function defaultRandom(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}
