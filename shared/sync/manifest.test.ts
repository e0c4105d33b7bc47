import { afterEach, describe, expect, it } from 'vitest';
import { bundleFileName } from './manifest';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('bundle file names', () => {
  it('say office, local date, sequence and destination', () => {
    process.env.TZ = 'Asia/Shanghai';
    const m = { source: { office: 'ZL-NJ' }, dest: { office: null, role: 'hq' }, seq: 7 } as const;
    // 23:30 UTC on the 4th is 07:30 on the 5th in Beijing: the clerk's date.
    expect(bundleFileName({ ...m, createdAt: '2026-03-04T23:30:00.000Z' } as never)).toBe('ZL-NJ_20260305_0007_to_HQ.cdsync');
    expect(bundleFileName({ ...m, createdAt: '2026-03-05T10:00:00.000Z' } as never)).toBe('ZL-NJ_20260305_0007_to_HQ.cdsync');
    expect(bundleFileName({ source: { office: 'HQ' }, dest: { office: 'ZL-NJ', role: 'office' }, seq: 12, createdAt: '2026-03-05T10:00:00.000Z' } as never)).toBe('HQ_20260305_0012_to_ZL-NJ.cdsync');
  });
});
