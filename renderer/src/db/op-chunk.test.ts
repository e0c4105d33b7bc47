import { describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/sync/record';
import { chunkAttachments, makeChunk } from './op-chunk';

const NODE = '0123456789ABCDEF';
const op = (seq: number, table: string, fields: Record<string, unknown>): Op => ({
  stamp: `2026-01-01T00:00:00.000Z-${String(seq).padStart(4, '0')}-${NODE}`,
  origin: NODE,
  seq,
  table,
  id: `r${seq}`,
  fields,
});

describe('a chunk row names the files its ops refer to', () => {
  it('from the ops when the row is made: each path once, an empty list when there are none', () => {
    const m = (p: string) => ({ name: p, path: p, size: 1 });
    const c = makeChunk([op(1, 'members', { name: '张三' }), op(2, 'sessions', { materials: [m('s/讲稿.docx')] }), op(3, 'sessions', { materials: [m('s/讲稿.docx'), m('s/b.pdf')] })]);
    expect(c.attachments).toEqual(['s/讲稿.docx', 's/b.pdf']);
    expect(chunkAttachments(c)).toEqual(['s/讲稿.docx', 's/b.pdf']);
    expect(makeChunk([op(1, 'members', { name: '张三' })]).attachments).toEqual([]);
  });

  it('a row without the field (written by an earlier version) is opened to find them', () => {
    const { attachments: _dropped, ...old } = makeChunk([op(1, 'sessions', { materials: [{ name: 'a', path: 's/a.txt', size: 1 }] })]);
    expect(chunkAttachments(old)).toEqual(['s/a.txt']);
  });
});
