import { describe, expect, it } from 'vitest';
import { conflictFieldLabel, conflictValueText } from './conflictText';

describe('conflict field and values in Chinese', () => {
  it('names the fields that matter per kind of data', () => {
    expect(conflictFieldLabel('attendance', 'status')).toBe('出勤状态');
    expect(conflictFieldLabel('members', 'status')).toBe('状态');
    expect(conflictFieldLabel('members', 'phone')).toBe('联系电话');
    expect(conflictFieldLabel('sessions', 'deleted')).toBe('是否删除');
    expect(conflictFieldLabel('proposals', 'replyClass')).toBe('答复类别');
    expect(conflictFieldLabel('members', 'someNewField')).toBe('someNewField');
  });

  it('shows attendance statuses and tombstones as words, other values as stored', () => {
    expect(conflictValueText('attendance', 'status', 'leave')).toBe('请假');
    expect(conflictValueText('attendance', 'status', 'absent')).toBe('缺席');
    expect(conflictValueText('members', 'deleted', 1)).toBe('已删除');
    expect(conflictValueText('sessions', 'deleted', 0)).toBe('未删除');
    expect(conflictValueText('members', 'status', '在任')).toBe('在任');
    expect(conflictValueText('members', 'notes', '')).toBe('（空）');
    expect(conflictValueText('members', 'committees', ['提案委员会'])).toBe('["提案委员会"]');
  });
});
