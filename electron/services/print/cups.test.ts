import { describe, expect, it } from 'vitest';
import { listCupsPrinters, lpArgs, parseLpstat, printWithLp, type Run } from './cups';

const missing: Run = async () => {
  throw Object.assign(new Error('spawn lpstat ENOENT'), { code: 'ENOENT' });
};

describe('CUPS printers and lp', () => {
  it('lists destinations and marks the default', async () => {
    expect(parseLpstat('HP_LaserJet\nOffice-Ricoh\n\n', 'system default destination: Office-Ricoh')).toEqual([
      { name: 'HP_LaserJet', description: 'HP_LaserJet', isDefault: false },
      { name: 'Office-Ricoh', description: 'Office-Ricoh', isDefault: true },
    ]);
    const run: Run = async (_cmd, args) => (args[0] === '-e' ? 'A\nB\n' : 'no system default destination');
    expect((await listCupsPrinters(run)).printers.map((p) => [p.name, p.isDefault])).toEqual([['A', false], ['B', false]]);
  });

  it('without CUPS: an empty list and a Chinese note saying what to do instead', async () => {
    const r = await listCupsPrinters(missing);
    expect(r.printers).toEqual([]);
    expect(r.note).toContain('保存为 PDF');
    const none = await listCupsPrinters(async () => '');
    expect(none.note).toContain('还没有添加打印机');
  });

  it('the notes say what the person can do, in words, without naming commands (CUPS, lpstat, lp)', async () => {
    const failing: Run = async () => {
      throw Object.assign(new Error('exit 1'), { code: 1 });
    };
    const job = { printer: 'HP', copies: 1, ranges: [], duplex: 'simplex' as const };
    const notes = [(await listCupsPrinters(missing)).note, (await listCupsPrinters(failing)).note, (await listCupsPrinters(async () => '')).note,
      await printWithLp('/tmp/x.pdf', job, 'A4', missing).catch((e: Error) => e.message)];
    for (const note of notes) {
      expect(note).not.toMatch(/CUPS|lpstat|\blp\b|命令/);
      expect(note).toContain('保存为 PDF');
    }
    expect(notes[0]).toContain('电脑管理员');
  });

  it('builds lp arguments from the job: printer, copies, paper, duplex, file last', () => {
    expect(lpArgs('/tmp/x.pdf', { printer: 'HP', copies: 3, ranges: [], duplex: 'longEdge' }, 'A3')).toEqual([
      '-d', 'HP', '-n', '3', '-o', 'media=A3', '-o', 'sides=two-sided-long-edge', '-o', 'fit-to-page', '--', '/tmp/x.pdf',
    ]);
  });

  it('says clearly when lp is missing or the printer refuses', async () => {
    const job = { printer: 'HP', copies: 1, ranges: [], duplex: 'simplex' as const };
    await expect(printWithLp('/tmp/x.pdf', job, 'A4', missing)).rejects.toThrow('还没有安装打印服务');
    const refuse: Run = async () => {
      throw Object.assign(new Error('exit 1'), { stderr: 'lp: The printer or class does not exist.' });
    };
    await expect(printWithLp('/tmp/x.pdf', job, 'A4', refuse)).rejects.toThrow('打印机「HP」没有接受打印任务：lp: The printer or class does not exist.');
  });
});
