import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../db/schema';
import { countsText, tableLabel } from './strings';

describe('table labels', () => {
  it('names every table of the database in Chinese (the backup preview lists them all)', () => {
    const tables = new Set(VERSIONS.flatMap((v) => Object.keys(v.stores)));
    expect(tables.size).toBeGreaterThan(0);
    for (const t of tables) expect(tableLabel(t), t).toMatch(/^[\u4e00-\u9fff（）]+$/);
  });

  it('counts by label, leaving out what is zero', () => {
    expect(countsText({ members: 3, opChunks: 2, sessions: 0 })).toBe('委员 3 处更改，打包的操作日志 2 处更改');
    expect(countsText({ members: 0 })).toBe('没有新的更改');
  });
});
