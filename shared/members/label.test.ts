import { describe, expect, it } from 'vitest';
import { memberLabel } from './label';

describe('memberLabel', () => {
  it('shows the number in brackets only when there is one', () => {
    expect(memberLabel({ name: '王伟', memberNo: '100001' })).toBe('王伟（100001）');
    expect(memberLabel({ name: '郑爽', memberNo: '' })).toBe('郑爽');
    expect(memberLabel({ name: '郑爽', memberNo: '  ' })).toBe('郑爽');
    expect(memberLabel({ name: '郑爽' })).toBe('郑爽');
  });
});
