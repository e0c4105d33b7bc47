import { describe, expect, it } from 'vitest';
import { freeName, numberedName } from './names';

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
