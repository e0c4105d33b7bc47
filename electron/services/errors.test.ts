import { describe, expect, it } from 'vitest';
import { personMessage } from './errors';

describe('what a person reads when a call fails', () => {
  it('an errno becomes Chinese, with neither the code nor the path', () => {
    const e = Object.assign(new Error("ENAMETOOLONG: name too long, open '/home/clerk/CommitteeDesk/attachments/x'"), { code: 'ENAMETOOLONG', errno: -36 });
    expect(personMessage(e)).toBe('操作失败：文件名或路径太长。');
    // An errno quoted inside another message.
    expect(personMessage(new Error("写入失败：EACCES: permission denied, open 'C:\\Users\\x\\a.txt'"))).toBe('操作失败：没有权限读写这个位置（文件可能是只读的，或被其他程序占用）。');
  });

  it('an English exception (a stack overflow, OpenSSL, zlib) becomes a Chinese sentence', () => {
    for (const m of ['Maximum call stack size exceeded', 'error:030000AC:digital envelope routines::memory limit exceeded', 'invalid size error', '']) {
      const got = personMessage(new RangeError(m));
      expect(got).toMatch(/^操作失败：程序内部出错/);
    }
  });

  it('a Chinese message keeps its words, and an absolute path in it is cut to the file name', () => {
    expect(personMessage(new Error('找不到文件：讲稿.docx'))).toBe('找不到文件：讲稿.docx');
    expect(personMessage(new Error('数据交换记录文件已损坏：/home/clerk/CommitteeDesk/sync/state.json'))).toBe('数据交换记录文件已损坏：state.json');
    expect(personMessage(new Error('无法写入 C:\\Users\\clerk\\AppData\\x.cdsync，请换一个文件夹'))).toBe('无法写入 x.cdsync，请换一个文件夹');
    expect(personMessage(new Error('第 1/3 块数据（files/a/b.txt）校验失败'))).toBe('第 1/3 块数据（files/a/b.txt）校验失败');
  });
});
