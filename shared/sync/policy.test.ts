import { describe, expect, it } from 'vitest';
import { attachmentPaths, pathsInList, policyOf } from './policy';

const op = (table: string, fields: Record<string, unknown>) => ({ table, fields });

describe('attachment paths a write refers to', () => {
  it('sessions name their materials; each path once, in the order met', () => {
    const a = { name: '讲稿.docx', path: 's1/讲稿.docx', size: 3 };
    const b = { name: 'scan.pdf', path: 's1/scan.pdf', size: 9 };
    expect(attachmentPaths([op('sessions', { materials: [a] }), op('sessions', { materials: [a, b] }), op('sessions', { title: '改名' })])).toEqual([
      's1/讲稿.docx',
      's1/scan.pdf',
    ]);
  });

  it('tables that declare nothing name no files, whatever their fields hold', () => {
    expect(policyOf('members').attachments({ materials: [{ path: 'a/b' }] })).toEqual([]);
    expect(attachmentPaths([op('members', { materials: [{ path: 'a/b' }] }), op('attendance', { path: 'x' })])).toEqual([]);
  });

  it('what is not a plain relative path is left out, and a malformed field names nothing', () => {
    const paths = ['../office.json', '/etc/passwd', 'C:\\x.txt', 'a//b', 'a/../../b', '', 'ok/文件.txt'];
    expect(attachmentPaths([op('sessions', { materials: paths.map((p) => ({ path: p })) })])).toEqual(['ok/文件.txt']);
    for (const materials of [null, 'a/b', { path: 'a/b' }, [null, 1, 'a/b', { path: 7 }, { name: 'x' }]]) {
      expect(attachmentPaths([op('sessions', { materials })])).toEqual([]);
    }
  });

  it('pathsInList reads the named key of each item of the named field', () => {
    expect(pathsInList('files', 'rel')({ files: [{ rel: 'p/1.pdf' }, { rel: 'p/2.pdf' }], materials: [{ path: 'q' }] })).toEqual(['p/1.pdf', 'p/2.pdf']);
  });
});

describe('proposals', () => {
  it('HQ alone writes the number, review, assignment and replies; the reply document travels', () => {
    const p = policyOf('proposals');
    expect(p.authority.writers).toBe('owner');
    expect(p.authority.hqOnlyFields).toEqual(expect.arrayContaining(['number', 'review', 'assignment', 'replies']));
    expect(p.authority.hqOnlyFields).not.toContain('verdicts');
    expect(p.authority.hqOnlyFields).not.toContain('status');
    expect(p.conflictFields).toContain('status');
    expect(p.hqSends).toBe('office');
    const reply = { replyClass: 'B', unit: '区教育局', date: '2026-03-01', summary: '', contact: '', fileName: '答复.pdf', path: 'proposals/p1/x/答复.pdf', size: 9 };
    expect(attachmentPaths([op('proposals', { replies: [reply, { ...reply, path: '' }] })])).toEqual(['proposals/p1/x/答复.pdf']);
  });
});
