import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStamps, formatStamp, Hlc, MAX_COUNTER, parseStamp } from './hlc';

const NODE_A = '00000000000000AA';
const NODE_B = '00000000000000BB';

function clock(times: number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)];
}

describe('Hlc', () => {
  it('never issues an older stamp when the wall clock steps back', () => {
    const hlc = new Hlc(NODE_A, clock([5_000, 4_000, 3_000, 6_000]));
    const stamps = [hlc.send(), hlc.send(), hlc.send(), hlc.send()];
    for (let i = 1; i < stamps.length; i++) expect(compareStamps(stamps[i - 1], stamps[i])).toBe(-1);
    expect(parseStamp(stamps[1])).toEqual({ millis: 5_000, counter: 1, node: NODE_A });
    expect(parseStamp(stamps[3])).toEqual({ millis: 6_000, counter: 0, node: NODE_A });
  });

  it('issues strictly increasing stamps for any sequence of wall times (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1, maxLength: 200 }), (times) => {
        const hlc = new Hlc(NODE_A, clock(times));
        let prev = '';
        for (let i = 0; i < times.length; i++) {
          const s = hlc.send();
          expect(s > prev).toBe(true);
          prev = s;
        }
      }),
    );
  });

  it('orders after a received stamp, even one from a clock far ahead', () => {
    const ahead = new Hlc(NODE_B, () => 9_000_000);
    const remote = ahead.send();
    const local = new Hlc(NODE_A, () => 1_000);
    local.recv(remote);
    const next = local.send();
    expect(compareStamps(remote, next)).toBe(-1);
    expect(parseStamp(next)?.millis).toBe(9_000_000);
  });

  it('stays monotonic across interleaved sends and receives (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 100 }),
        (events) => {
          let now = 0;
          const hlc = new Hlc(NODE_A, () => now);
          let prev = hlc.last();
          for (const [isSend, wall, remoteMillis] of events) {
            now = wall;
            if (isSend) {
              const s = hlc.send();
              expect(s > prev).toBe(true);
              prev = s;
            } else {
              hlc.recv(formatStamp({ millis: remoteMillis, counter: 0, node: NODE_B }));
              expect(hlc.last() >= prev).toBe(true);
              prev = hlc.last();
            }
          }
        },
      ),
    );
  });

  it('moves the time part on when the counter would overflow instead of failing', () => {
    const hlc = new Hlc(NODE_A, () => 1_000, formatStamp({ millis: 1_000, counter: MAX_COUNTER, node: NODE_A }));
    expect(parseStamp(hlc.send())).toEqual({ millis: 1_001, counter: 0, node: NODE_A });
  });

  it('breaks ties between nodes by node id, so every node orders the same way', () => {
    const a = formatStamp({ millis: 7, counter: 3, node: NODE_A });
    const b = formatStamp({ millis: 7, counter: 3, node: NODE_B });
    expect(compareStamps(a, b)).toBe(-1);
  });

  it('round-trips parse and format, and refuses malformed stamps (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 253_402_300_799_999 }),
        fc.integer({ min: 0, max: MAX_COUNTER }),
        fc.stringMatching(/^[0-9A-F]{16}$/),
        (millis, counter, node) => {
          const s = formatStamp({ millis, counter, node });
          expect(parseStamp(s)).toEqual({ millis, counter, node });
          expect(formatStamp(parseStamp(s)!)).toBe(s);
        },
      ),
    );
    for (const bad of ['', 'x', '2026-13-01T00:00:00.000Z-0000-00000000000000AA', '2026-01-01T00:00:00.000Z-000G-00000000000000AA', '2026-01-01T00:00:00.000Z-0000-aa']) {
      expect(parseStamp(bad)).toBeNull();
    }
    expect(() => new Hlc('bad')).toThrow();
  });

  it('orders stamps by time as strings compare (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (m1, m2) => {
        const a = formatStamp({ millis: m1, counter: 0, node: NODE_A });
        const b = formatStamp({ millis: m2, counter: 0, node: NODE_A });
        expect(Math.sign(compareStamps(a, b))).toBe(Math.sign(m1 - m2));
      }),
    );
  });
});
