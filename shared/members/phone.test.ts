import { describe, expect, it } from 'vitest';
import { checkPhones, phoneDigits } from './phone';
import { MemberInput } from './validate';
import { analyseRows, type RefNames } from './import/rows';

const noRefs: RefNames = { sector: new Set(), committee: new Set(), party: new Set() };
const base: MemberInput = {
  name: '张三', gender: '', ethnicity: '', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '',
};

describe('one phone rule for the form, the import and search', () => {
  it('reads dashes, blanks, brackets and +86 the same way', () => {
    expect(checkPhones('139-1234-0011')).toEqual({ value: '13912340011', bad: [] });
    expect(checkPhones('139 1234 0099')).toEqual({ value: '13912340099', bad: [] });
    expect(checkPhones('+86 139 1234 0099')).toEqual({ value: '13912340099', bad: [] });
    expect(checkPhones('（0519）88881234')).toEqual({ value: '0519-88881234', bad: [] });
    expect(checkPhones('0519 8888 1234')).toEqual({ value: '0519-88881234', bad: [] });
    expect(checkPhones('010-12345678-801')).toEqual({ value: '010-12345678-801', bad: [] });
    expect(checkPhones('13912340011 13800138000')).toEqual({ value: '13912340011，13800138000', bad: [] });
    expect(checkPhones('13912340011、0519-88881234').value).toBe('13912340011，0519-88881234');
    expect(checkPhones('139-1234-001').bad).toEqual(['139-1234-001']);
    expect(phoneDigits('139-1234 0011')).toBe('13912340011');
  });

  it('the form accepts 139-1234-0011 and 139 1234 0099 alike and stores the digits', () => {
    expect(MemberInput.parse({ ...base, phone: '139-1234-0011' }).phone).toBe('13912340011');
    expect(MemberInput.parse({ ...base, phone: '139 1234 0099' }).phone).toBe('13912340099');
    const bad = MemberInput.safeParse({ ...base, phone: '139-1234' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toContain('手机应为 11 位数字');
  });

  it('the import reads the same numbers to the same values', () => {
    const rows = analyseRows([['姓名', '联系电话'], ['甲', '139-1234-0011'], ['乙', '139 1234 0099'], ['丙', '139-1234']], 0, { 0: 'name', 1: 'phone' }, noRefs);
    expect(rows.map((r) => r.values.phone)).toEqual(['13912340011', '13912340099', '139-1234']);
    expect(rows.map((r) => r.problems.some((p) => p.level === 'error'))).toEqual([false, false, true]);
  });
});
