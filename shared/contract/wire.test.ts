import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from './wire';

describe('wire codec', () => {
  it('carries bytes anywhere in a value through JSON and back (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string(), (bytes, text) => {
        const value = { a: [bytes, { b: bytes }], text, n: 1, nil: null };
        const back = decodeWire(JSON.parse(JSON.stringify(encodeWire(value))));
        expect(back).toEqual(value);
      }),
    );
  });
});
