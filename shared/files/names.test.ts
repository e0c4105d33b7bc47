import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NAME_BYTES } from '../sync/limits';
import { nameProblem } from '../sync/file-names';
import { freeName, numberedName, safeFileName } from './names';

describe('file names that never overwrite', () => {
  it('numbers a second copy before the extension, with full-width brackets', () => {
    expect(numberedName('出勤统计.xlsx', 1)).toBe('出勤统计.xlsx');
    expect(numberedName('出勤统计.xlsx', 2)).toBe('出勤统计（2）.xlsx');
    expect(numberedName('名册', 3)).toBe('名册（3）');
    expect(numberedName('.hidden', 2)).toBe('.hidden（2）');
  });
  it('takes the first free name, ignoring case', () => {
    expect(freeName('a.xlsx', [])).toBe('a.xlsx');
    expect(freeName('a.xlsx', ['a.xlsx', 'A（2）.XLSX'])).toBe('a（3）.xlsx');
    expect(freeName('出勤统计.xlsx', ['出勤统计.xlsx', '其他.xlsx'])).toBe('出勤统计（2）.xlsx');
  });
});

describe('safeFileName', () => {
  it('keeps a Chinese name within the bytes a disk allows, whole characters, the extension kept', () => {
    const name = safeFileName(`${'长'.repeat(150)}.pdf`);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toBe(`${'长'.repeat(Math.floor((MAX_NAME_BYTES - 4) / 3))}.pdf`);
  });

  it('gives every name, however hostile, one that a bundle would carry', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
      const name = safeFileName(s);
      expect(nameProblem(name)).toBeNull();
      expect(name.length).toBeLessThanOrEqual(100);
    }), { numRuns: 2000 });
    for (const s of ['CON.txt', 'com¹', 'conin$', ' .', '名称 .', 'a\u0301.txt', '../x', '\u0000']) expect(nameProblem(safeFileName(s))).toBeNull();
  });
});
