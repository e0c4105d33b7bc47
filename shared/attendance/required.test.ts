import { describe, expect, it } from 'vitest';
import { describeRule, EMPTY_RULE, resolveRequired, type RosterMember } from './required';

const m = (id: string, committees: string[], sector = '经济', status = '在任', deleted: 0 | 1 = 0): RosterMember => ({ id, committees, sector, status, deleted });

const roster = [
  m('a', ['经济科技委员会']),
  m('b', ['经济科技委员会', '提案委员会']),
  m('c', ['提案委员会'], '民革'),
  m('d', [], '民革'),
  m('e', ['经济科技委员会'], '经济', '离任'),
  m('f', ['经济科技委员会'], '经济', '在任', 1),
];

describe('required attendees', () => {
  it('resolves a committee to its active members', () => {
    expect([...resolveRequired({ ...EMPTY_RULE, committees: ['经济科技委员会'] }, roster)].sort()).toEqual(['a', 'b']);
  });

  it('resolves a sector, all members, and the union of a mix', () => {
    expect([...resolveRequired({ ...EMPTY_RULE, sectors: ['民革'] }, roster)].sort()).toEqual(['c', 'd']);
    expect([...resolveRequired({ ...EMPTY_RULE, all: true }, roster)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...resolveRequired({ all: false, committees: ['提案委员会'], sectors: ['民革'], memberIds: ['a', 'e'] }, roster)].sort())
      .toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('follows members who change committee', () => {
    const rule = { ...EMPTY_RULE, committees: ['提案委员会'] };
    expect([...resolveRequired(rule, roster)].sort()).toEqual(['b', 'c']);
    const moved = roster.map((x) => (x.id === 'b' ? { ...x, committees: ['经济科技委员会'] } : x.id === 'a' ? { ...x, committees: ['提案委员会'] } : x));
    expect([...resolveRequired(rule, moved)].sort()).toEqual(['a', 'c']);
  });

  it('never includes deleted members, even hand-picked', () => {
    expect(resolveRequired({ ...EMPTY_RULE, memberIds: ['f'] }, roster).size).toBe(0);
  });

  it('describes the rule for headers', () => {
    expect(describeRule({ ...EMPTY_RULE, all: true })).toBe('全体委员');
    expect(describeRule({ all: false, committees: ['提案委员会'], sectors: ['民革'], memberIds: ['x', 'y'] })).toBe('提案委员会、民革界别、另 2 人');
  });
});
