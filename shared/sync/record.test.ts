import { describe, expect, it } from 'vitest';
import { MOVED_FROM, moveFields, type SyncMeta } from './record';

const rec = { id: 'm1', office: 'ZL-A', deleted: 0, name: '甲', phone: '139', sortKey: 'jia 甲', _stamps: { office: 's1', deleted: 's1', name: 's1', phone: 's2' }, _rev: 's2' } as SyncMeta & Record<string, unknown>;

describe('moveFields', () => {
  it('a write that moves a record to another office carries all of it and where it came from', () => {
    expect(moveFields(rec, { office: 'ZL-B' })).toEqual({ office: 'ZL-B', deleted: 0, name: '甲', phone: '139', [MOVED_FROM]: 'ZL-A' });
    // The write's own fields win over the record's; derived fields (sortKey, no stamp) stay out.
    expect(moveFields(rec, { office: 'ZL-B', phone: '138' })).toMatchObject({ phone: '138', [MOVED_FROM]: 'ZL-A' });
  });
  it('any other write is as it was given', () => {
    const same = { office: 'ZL-A', phone: '138' };
    expect(moveFields(rec, same)).toBe(same);
    const plain = { phone: '138' };
    expect(moveFields(rec, plain)).toBe(plain);
    const born = { office: 'ZL-B', name: '乙' };
    expect(moveFields(undefined, born)).toBe(born);
  });
});
