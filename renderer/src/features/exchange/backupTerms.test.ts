import { describe, expect, it } from 'vitest';
import { backupContents, backupOffice, backupSummary } from './backupTerms';

const counts = { ops: 6400, opChunks: 3, meta: 1, conflicts: 2, members: 280, refLists: 9, sessions: 120, attendance: 6400 };

describe('a backup in people terms', () => {
  it('lists 委员, 学习活动, 签到记录 and 名录, never the op log, packed ops, this computer state or conflicts', () => {
    const labels = backupContents(counts).map((c) => c.label);
    expect(labels).toEqual(['委员', '学习活动', '签到记录', '名录']);
    for (const internal of ['操作日志', '打包的操作日志', '本机状态', '冲突记录', 'ops', 'meta']) expect(labels.join()).not.toContain(internal);
  });
  it('sums up in one line, leaving out empty tables', () => {
    expect(backupSummary(counts)).toBe('委员 280 · 学习活动 120 · 签到记录 6,400 · 名录 9');
    expect(backupSummary({ members: 0, ops: 4 })).toBe('没有记录');
  });
  it('a table a newer version added keeps its name rather than vanishing', () => {
    expect(backupContents({ members: 1, batches: 2 }).map((c) => c.label)).toEqual(['委员', 'batches']);
  });
  it('names the office: this one, a known one, or the code', () => {
    const status = { me: { office: 'ZL-NDJ', name: '南大街街道政协工委', node: 'n', role: 'office' as const, fingerprint: '', replaces: [], copiedFrom: null }, peers: [{ office: 'HQ', name: '区政协机关' }] as never };
    expect(backupOffice({ office: 'ZL-NDJ' }, status)).toBe('南大街街道政协工委（本机）');
    expect(backupOffice({ office: 'HQ' }, status)).toBe('区政协机关（HQ）');
    expect(backupOffice({ office: 'ZL-X' }, status)).toBe('ZL-X');
  });
});
