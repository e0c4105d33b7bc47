import { describe, expect, it } from 'vitest';
import { parseBirthMonth, parsePostcode } from './fields';
import { MemberInput } from './validate';

const base: MemberInput = {
  name: '张三', gender: '', ethnicity: '', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '',
};

describe('出生年月 and 邮编', () => {
  it('reads 出生年月 as YYYY-MM or YYYY.MM (and the ways rosters write it)', () => {
    expect(parseBirthMonth('1968-05')).toEqual({ ok: true, value: '1968-05' });
    expect(parseBirthMonth('1968.5')).toEqual({ ok: true, value: '1968-05' });
    expect(parseBirthMonth('1968.11')).toEqual({ ok: true, value: '1968-11' });
    expect(parseBirthMonth('1968年5月')).toEqual({ ok: true, value: '1968-05' });
    expect(parseBirthMonth('1968-05-17')).toEqual({ ok: true, value: '1968-05' });
    expect(parseBirthMonth('')).toEqual({ ok: true, value: '' });
  });

  it('refuses a month that is not one, or a year in the future, saying what to write', () => {
    expect(parseBirthMonth('1968-13')).toMatchObject({ ok: false, message: expect.stringContaining('如 1968-05 或 1968.05') });
    expect(parseBirthMonth('五月')).toMatchObject({ ok: false });
    expect(parseBirthMonth('2999-01', new Date(2026, 0, 1))).toMatchObject({ ok: false, message: expect.stringContaining('年份') });
  });

  it('邮编 is six digits', () => {
    expect(parsePostcode('213000')).toEqual({ ok: true, value: '213000' });
    expect(parsePostcode('２１３０００')).toEqual({ ok: true, value: '213000' });
    expect(parsePostcode('21300')).toMatchObject({ ok: false, message: expect.stringContaining('6 位数字') });
  });

  it('the member form checks them with Chinese messages and keeps the normalised values', () => {
    const ok = MemberInput.parse({ ...base, birthMonth: '1968.05', education: ' 研究生 ', proTitle: '高级工程师', address: '常州市钟楼区南大街 1 号', postcode: '213000' });
    expect(ok).toMatchObject({ birthMonth: '1968-05', education: '研究生', proTitle: '高级工程师', address: '常州市钟楼区南大街 1 号', postcode: '213000' });
    const bad = MemberInput.safeParse({ ...base, birthMonth: '68年', postcode: '2130' });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message.slice(0, 4)])).toEqual([['birthMonth', '出生年月'], ['postcode', '邮编「2']]);
  });
});
