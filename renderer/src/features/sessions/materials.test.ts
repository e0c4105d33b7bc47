import { describe, expect, it } from 'vitest';
import type { StudySession } from '../../../../shared/domain/session';
import { attachMaterial, sanitiseFileName, sizeText, uniqueName } from './materials';

describe('material file names', () => {
  it('drops separators and reserved characters, keeps Chinese and the extension', () => {
    expect(sanitiseFileName('学习:材料?.txt')).toBe('学习_材料_.txt');
    expect(sanitiseFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitiseFileName('a\\b/c.docx')).toBe('a_b_c.docx');
    expect(sanitiseFileName('...')).toBe('材料');
    expect(sanitiseFileName('CON.txt')).toBe('_CON.txt');
    expect(new TextEncoder().encode(sanitiseFileName(`${'长'.repeat(150)}.pdf`)).length).toBeLessThanOrEqual(200);
    expect(sanitiseFileName(`${'长'.repeat(150)}.pdf`).endsWith('.pdf')).toBe(true);
  });

  it('never overwrites a material of the same session', () => {
    expect(uniqueName('讲稿.docx', [])).toBe('讲稿.docx');
    expect(uniqueName('讲稿.docx', ['讲稿.docx', '讲稿(2).docx'])).toBe('讲稿(3).docx');
  });
});

describe('material sizes and empty files', () => {
  it('shows sizes in the unit a clerk reads', () => {
    expect(sizeText(13)).toBe('13 字节');
    expect(sizeText(4300)).toBe('4.2 KB');
    expect(sizeText(35 * 1024)).toBe('35 KB');
    expect(sizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('refuses an empty file by name, before anything is written', async () => {
    const session = { id: 's1', materials: [] } as unknown as StudySession;
    await expect(attachMaterial(session, new File([], '讲稿.docx'))).rejects.toThrow('文件是空的（0 字节），没有添加：讲稿.docx');
  });
});
