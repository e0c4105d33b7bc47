import { describe, expect, it } from 'vitest';
import { membersUsing, reassignRef, usageSummary } from './reflists';

const members = [
  { id: 'a', name: '张三', sector: '经济', party: '中共', committees: ['提案委员会', '经济科技委员会'] },
  { id: 'b', name: '李四', sector: '经济界', party: '民盟', committees: ['经济科技委员会'] },
  { id: 'c', name: '王五', sector: '教育', party: '中共', committees: [] },
];

describe('reference-list merge', () => {
  it('finds who uses an entry', () => {
    expect(membersUsing('sector', '经济', members).map((m) => m.id)).toEqual(['a']);
    expect(membersUsing('committee', '经济科技委员会', members).map((m) => m.id)).toEqual(['a', 'b']);
    expect(membersUsing('party', '中共', members).map((m) => m.id)).toEqual(['a', 'c']);
    expect(usageSummary(membersUsing('party', '中共', members))).toBe('2 名委员（张三、王五）');
    expect(usageSummary(members, 2)).toBe('3 名委员（张三、李四 等）');
  });

  it('moves members of a merged sector to the target and touches no one else', () => {
    expect(reassignRef('sector', '经济界', '经济', members)).toEqual([{ id: 'b', changes: { sector: '经济' } }]);
    expect(reassignRef('sector', '经济', '经济', members)).toEqual([]);
  });

  it('merges committees without listing one twice', () => {
    expect(reassignRef('committee', '经济科技委员会', '提案委员会', members)).toEqual([
      { id: 'a', changes: { committees: ['提案委员会'] } },
      { id: 'b', changes: { committees: ['提案委员会'] } },
    ]);
  });
});
