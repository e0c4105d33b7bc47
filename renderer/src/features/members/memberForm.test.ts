import { describe, expect, it } from 'vitest';
import type { MemberInput } from '../../../../shared/members/validate';
import { checkMemberForm } from './memberForm';

const form = (p: Partial<MemberInput>): MemberInput => ({
  name: '张三', gender: '', ethnicity: '汉族', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '', ...p,
});
const roster = [
  { id: 'a', name: '白敏晨', memberNo: '100081' },
  { id: 'b', name: '蔡平', memberNo: '100192' },
];

describe('checkMemberForm', () => {
  it('reports a taken member number together with the other wrong fields', () => {
    const r = checkMemberForm(form({ name: '', phone: '1380013800a', memberNo: '100081' }), roster, 'b');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.name).toBe('请填写姓名');
    expect(r.errors.phone).toMatch(/^联系电话格式不对/);
    expect(r.errors.memberNo).toBe('这个委员编号已被 白敏晨 使用');
  });

  it('compares member numbers as typed with full-width digits and spaces', () => {
    const r = checkMemberForm(form({ memberNo: ' １０００８１ ' }), roster);
    expect(r.ok ? '' : r.errors.memberNo).toBe('这个委员编号已被 白敏晨 使用');
  });

  it('lets a member keep their own number and returns the cleaned fields', () => {
    const r = checkMemberForm(form({ name: ' 蔡平 ', memberNo: '100192', phone: '13800138000' }), roster, 'b');
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ name: '蔡平', memberNo: '100192', phone: '13800138000' }), sameName: '' });
  });
});

describe('a second member of the same name (issue 12)', () => {
  it('is warned about, naming the member already there; the member themself is not', () => {
    const r = checkMemberForm(form({ name: '白 敏晨' }), [{ ...roster[0], unitAndPost: '常州大学教授' }]);
    expect(r).toMatchObject({ ok: true, sameName: '名册中已有同名委员：白敏晨（常州大学教授）。请确认是另一位委员' });
    expect(checkMemberForm(form({ name: '白敏晨' }), roster, 'a')).toMatchObject({ ok: true, sameName: '' });
  });
});
