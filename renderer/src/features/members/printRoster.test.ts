import { describe, expect, it } from 'vitest';
import { membersToPrint } from './printRoster';

describe('打印名册 (issue 12: retired members printed unless filtered)', () => {
  const shown = [{ status: '在任' as const, name: '甲' }, { status: '离任' as const, name: '乙' }, { status: '在任' as const, name: '丙' }];
  it('prints the members in office by default, the retired only when asked', () => {
    expect(membersToPrint(shown, false).map((m) => m.name)).toEqual(['甲', '丙']);
    expect(membersToPrint(shown, true).map((m) => m.name)).toEqual(['甲', '乙', '丙']);
  });
});
