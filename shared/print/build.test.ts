import { describe, expect, it } from 'vitest';
import { signInData, sortMembers } from './build';

const m = (name: string, sector: string, memberNo: string) => ({ name, sector, memberNo, unitAndPost: `${name}的单位` });

const members = [m('赵六', '民革', '100010'), m('单明', '中共', '100002'), m('曾华', '民革', '100001'), m('安静', '特邀', '100100'), m('李四', '无名界别', '100003')];

describe('sorting members for print', () => {
  it('by pinyin reads surnames as surnames (单 shan, 曾 zeng)', () => {
    expect(sortMembers(members, 'pinyin').map((x) => x.name)).toEqual(['安静', '李四', '单明', '曾华', '赵六']);
  });

  it('by sector follows the office list, unknown sectors last, pinyin inside a sector', () => {
    const order = ['中共', '民革', '特邀'];
    expect(sortMembers(members, 'sector', order).map((x) => x.name)).toEqual(['单明', '曾华', '赵六', '安静', '李四']);
  });

  it('by member number compares numbers, not text', () => {
    const list = [m('甲', '', '10'), m('乙', '', '9'), m('丙', '', '100')];
    expect(sortMembers(list, 'memberNo').map((x) => x.name)).toEqual(['乙', '甲', '丙']);
  });

  it('a sign-in sheet keeps the chosen members in print order with its options', () => {
    const data = signInData(members, { title: '学习会', sort: 'memberNo', blankRows: 3, barcode: true, place: '会议室' });
    expect(data.rows.map((r) => r.memberNo)).toEqual(['100001', '100002', '100003', '100010', '100100']);
    expect(data).toMatchObject({ title: '学习会', time: '', place: '会议室', blankRows: 3, barcode: true });
    expect(data.rows[0]).toEqual({ name: '曾华', sector: '民革', unitAndPost: '曾华的单位', memberNo: '100001', note: '' });
  });
});

describe('blank rows of the sign-in sheet (issue 12: a 51-member sheet ended with a page of blank rows)', () => {
  it('adds only as many as fit on the last page with names', async () => {
    const { fittedBlankRows, signInRowsPerPage } = await import('./signin');
    expect(fittedBlankRows(51, 10, 20)).toBe(9);
    expect(fittedBlankRows(45, 10, 20)).toBe(10);
    expect(fittedBlankRows(40, 10, 20)).toBe(0);
    expect(fittedBlankRows(0, 10, 20)).toBe(10);
    const a4 = signInRowsPerPage({ paper: 'A4', orientation: 'portrait' }, '专题学习会签到表');
    expect(a4).toBeGreaterThan(15);
    expect(signInRowsPerPage({ paper: 'A4', orientation: 'portrait' }, '很长的标题'.repeat(8))).toBeLessThan(a4);
    expect(signInRowsPerPage({ paper: 'A4', orientation: 'landscape' }, '专题学习会签到表')).toBeLessThan(a4);
  });
});
