import { describe, expect, it } from 'vitest';
import { sanitiseFileName, uniqueName } from './materials';

describe('material file names', () => {
  it('drops separators and reserved characters, keeps Chinese and the extension', () => {
    expect(sanitiseFileName('学习:材料?.txt')).toBe('学习_材料_.txt');
    expect(sanitiseFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitiseFileName('a\\b/c.docx')).toBe('a_b_c.docx');
    expect(sanitiseFileName('...')).toBe('材料');
    expect(sanitiseFileName('CON.txt')).toBe('_CON.txt');
    expect(sanitiseFileName(`${'长'.repeat(150)}.pdf`)).toHaveLength(100);
    expect(sanitiseFileName(`${'长'.repeat(150)}.pdf`).endsWith('.pdf')).toBe(true);
  });

  it('never overwrites a material of the same session', () => {
    expect(uniqueName('讲稿.docx', [])).toBe('讲稿.docx');
    expect(uniqueName('讲稿.docx', ['讲稿.docx', '讲稿(2).docx'])).toBe('讲稿(3).docx');
  });
});
