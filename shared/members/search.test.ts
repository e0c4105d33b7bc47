import { describe, expect, it } from 'vitest';
import { demoMembers } from '../demo/generator';
import { buildMemberIndex, nameReadings, searchMembers, type SearchableMember } from './search';

const m = (id: string, name: string, extra: Partial<SearchableMember> = {}): SearchableMember => ({
  id,
  name,
  memberNo: `N${id}`,
  unitAndPost: '钟楼区实验小学教师',
  ...extra,
});

const roster = [
  m('1', '张三', { memberNo: '100001', unitAndPost: '常州大学教授', phone: '13800138000' }),
  m('2', '单雪梅'),
  m('3', '曾国庆'),
  m('4', '解文博'),
  m('5', '章杉'),
  m('6', '吕红', { unitAndPost: 'Siemens 常州分公司' }),
  m('7', '李长乐'),
  m('8', '赵　敏'),
];
const index = buildMemberIndex(roster);
const names = (q: string) => searchMembers(index, q).map((r) => r.name);

describe('member search', () => {
  it('finds by full pinyin, initials and a mix of both', () => {
    expect(names('zhangsan')).toEqual(['张三']);
    expect(names('zs')).toEqual(['张三', '章杉']);
    expect(names('zhangs')).toEqual(['张三', '章杉']);
    expect(names('zsan')).toEqual(['张三']);
    expect(names("zhang'san")).toEqual(['张三']);
    expect(names('ZS')).toEqual(['张三', '章杉']);
  });

  it('reads surnames as surnames', () => {
    expect(names('shan')).toContain('单雪梅');
    expect(names('sxm')).toEqual(['单雪梅']);
    expect(names('zeng')).toContain('曾国庆');
    expect(names('zgq')).toEqual(['曾国庆']);
    expect(names('xie')).toContain('解文博');
    expect(names('xwb')).toEqual(['解文博']);
  });

  it('matches any reading of a multi-reading character', () => {
    expect(names('dxm')).toEqual(['单雪梅']);
    expect(names('changle')).toEqual(['李长乐']);
    expect(names('zhangle')).toEqual(['李长乐']);
    expect(names('lizhangle')).toEqual(['李长乐']);
    expect(names('licy')).toEqual(['李长乐']);
    expect(nameReadings('单')[0][0]).toBe('shan');
  });

  it('types ü as v or u', () => {
    expect(names('lvhong')).toEqual(['吕红']);
    expect(names('luhong')).toEqual(['吕红']);
  });

  it('finds by Chinese name, member number, unit and phone; ranks the start of a name first', () => {
    expect(names('张')).toEqual(['张三']);
    expect(names('赵敏')).toEqual(['赵　敏']);
    expect(names('100001')).toEqual(['张三']);
    expect(names('1000')).toEqual(['张三']);
    expect(names('常州大学')).toEqual(['张三']);
    expect(names('siemens')).toEqual(['吕红']);
    expect(names('0138000')).toEqual(['张三']);
    expect(names('san')[0]).toBe('张三');
    expect(names('qqq')).toEqual([]);
  });

  it('returns everyone for an empty query and honours a limit', () => {
    expect(searchMembers(index, '  ')).toHaveLength(roster.length);
    expect(searchMembers(index, 'z', 2)).toHaveLength(2);
  });

  it('finds every demo member by the initials of their name', () => {
    const members = demoMembers(300).map((d, i) => ({ ...d, id: String(i) }));
    const idx = buildMemberIndex(members);
    for (const member of members.slice(0, 60)) {
      const initials = nameReadings(member.name).map((r) => r[0][0]).join('');
      expect(searchMembers(idx, initials).map((r) => r.id)).toContain(member.id);
    }
  });
});

describe('ranking at the door (issue 12: "wh" signed in the wrong person)', () => {
  const door = [
    m('a', '万辉艳'), m('b', '王海'), m('c', '魏华'), m('d', '温慧'), m('e', '吴洪'), m('f', '武浩然'), m('g', '吴海晨'),
  ];
  const doorIndex = buildMemberIndex(door);
  const required = new Set(['g', 'b']);

  it('puts the whole name in initials or full pinyin before a name that only starts so', () => {
    const found = searchMembers(doorIndex, 'wh').map((r) => r.name);
    expect(found.slice(0, 4).sort()).toEqual(['吴洪', '温慧', '王海', '魏华'].sort());
    expect(found.slice(4).sort()).toEqual(['万辉艳', '吴海晨', '武浩然'].sort());
    expect(searchMembers(doorIndex, 'wuhaichen').map((r) => r.name)).toEqual(['吴海晨']);
  });

  it('lists the preferred (required) members first, whole spellings before partial ones', () => {
    const found = searchMembers(doorIndex, 'wh', Infinity, { prefer: (r) => required.has(r.id) }).map((r) => r.name);
    expect(found.slice(0, 2)).toEqual(['王海', '吴海晨']);
    expect(found.indexOf('万辉艳')).toBeGreaterThan(1);
  });

  it('keeps an exact member number first even when that member is not preferred', () => {
    const found = searchMembers(doorIndex, 'Na', Infinity, { prefer: (r) => required.has(r.id) }).map((r) => r.name);
    expect(found[0]).toBe('万辉艳');
  });
});

describe('phone search ignores dashes and blanks', () => {
  const idx = buildMemberIndex([m('p', '钱七', { phone: '13912340011，0519-88881234' })]);
  it('finds 139-1234-0011 typed either way', () => {
    expect(searchMembers(idx, '139-1234-0011').map((r) => r.name)).toEqual(['钱七']);
    expect(searchMembers(idx, '13912340011').map((r) => r.name)).toEqual(['钱七']);
    expect(searchMembers(idx, '8888 1234').map((r) => r.name)).toEqual(['钱七']);
    expect(searchMembers(idx, '00110519')).toEqual([]);
  });
});
