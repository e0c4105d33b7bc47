import { describe, expect, it } from 'vitest';
import { attachmentPathProblem, foldKey, nameProblem } from './file-names';
import { MAX_ATTACHMENT_DEPTH, MAX_ATTACHMENT_PATH_CHARS, MAX_NAME_BYTES } from './limits';

describe('names that may become file names here', () => {
  it('refuses what Windows reserves or refuses, names that end in a dot or space, control characters, non-NFC spellings', () => {
    for (const bad of ['CON', 'con', 'Con.txt', 'PRN', 'AUX.docx', 'NUL', 'COM1', 'com9.log', 'LPT1', 'lpt3.txt', 'COM¹', 'CONIN$', 'a:b', 'x.txt:Zone.Identifier', 'a<b', 'a>b', 'a"b', 'a|b', 'a?b', 'a*b', 'a\\b', 'a\u0000b', 'a\u001fb', 'a\u007fb', 'name.', 'name ', ' name', '.', '..', '', 'Cafe\u0301.txt']) {
      expect(nameProblem(bad), JSON.stringify(bad)).not.toBeNull();
    }
    for (const ok of ['讲稿（定稿）.docx', 'console.txt', 'CONTRACT.pdf', 'com10.txt', 'lpt.txt', '.hidden', 'a b.txt', 'Café.txt']) {
      expect(nameProblem(ok), ok).toBeNull();
    }
  });

  it('bounds a name by its UTF-8 bytes, a path by its characters and depth', () => {
    expect(nameProblem('a'.repeat(MAX_NAME_BYTES))).toBeNull();
    expect(nameProblem('a'.repeat(MAX_NAME_BYTES + 1))).toMatch(/太长/);
    // 80 CJK characters are 240 bytes: over the limit though only 80 characters.
    expect(nameProblem('讲'.repeat(80))).toMatch(/太长/);
    expect(attachmentPathProblem(`${'a/'.repeat(MAX_ATTACHMENT_DEPTH - 1)}x.txt`)).toBeNull();
    expect(attachmentPathProblem(`${'a/'.repeat(MAX_ATTACHMENT_DEPTH)}x.txt`)).toMatch(/层数/);
    expect(attachmentPathProblem(`${'abcdefghi/'.repeat(MAX_ATTACHMENT_PATH_CHARS / 10)}x`)).toMatch(/路径太长/);
    expect(attachmentPathProblem('s1/f/CON')).toMatch(/保留设备名/);
  });

  it('folds the names one disk takes for the same file', () => {
    expect(foldKey('README.txt')).toBe(foldKey('readme.TXT'));
    expect(foldKey('Cafe\u0301.txt')).toBe(foldKey('café.txt'));
    expect(foldKey('讲稿.docx')).not.toBe(foldKey('讲话.docx'));
  });
});
