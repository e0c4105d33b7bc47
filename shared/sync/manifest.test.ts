import { afterEach, describe, expect, it } from 'vitest';
import { bundleFileName, Encryption } from './manifest';

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

describe('encryption parameters in a bundle header', () => {
  const base = { cipher: 'aes-256-gcm', kdf: 'scrypt', N: 1 << 15, r: 8, p: 1, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', chunkSize: 1 << 16 };
  it('accept what an export writes and refuse what scrypt cannot run or that would take too much memory', () => {
    expect(Encryption.safeParse(base).success).toBe(true);
    // A changed byte in the number: not a power of two.
    expect(Encryption.safeParse({ ...base, N: (1 << 15) + 1 }).success).toBe(false);
    expect(Encryption.safeParse({ ...base, N: 40768 }).success).toBe(false);
    // 128 · 2^20 · 32 bytes = 4 GiB.
    expect(Encryption.safeParse({ ...base, N: 1 << 20, r: 32 }).success).toBe(false);
  });
});
