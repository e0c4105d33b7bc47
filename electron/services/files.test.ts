import { promises as fsp, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, sweepTempFiles, type AtomicFs } from './atomic-write';
import { FileService } from './files';
import { AppPaths } from './paths';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'cd-files-'));

describe('atomicWrite', () => {
  it('replaces a file whole', async () => {
    const dir = tmp();
    const target = path.join(dir, 'a.json');
    writeFileSync(target, 'old');
    await atomicWrite(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('leaves the old content intact when the process dies before the rename', async () => {
    const dir = tmp();
    const target = path.join(dir, 'office.json');
    writeFileSync(target, '{"name":"old"}');
    const crashing: AtomicFs = {
      open: fsp.open,
      mkdir: fsp.mkdir,
      rm: fsp.rm,
      rename: async () => {
        throw new Error('simulated crash');
      },
    };
    await expect(atomicWrite(target, '{"name":"new"}', crashing)).rejects.toThrow('simulated crash');
    expect(readFileSync(target, 'utf8')).toBe('{"name":"old"}');
    expect(readdirSync(dir)).toEqual(['office.json']);
  });

  it('sweeps temporary files a hard crash left behind, and only those', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, '.office.json.0123456789ab.tmp'), 'partial');
    writeFileSync(path.join(dir, 'keep.tmp'), 'user file');
    expect(await sweepTempFiles(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual(['keep.tmp']);
  });
});

describe('FileService confinement', () => {
  it('refuses paths that escape the app folders, however they are spelled', async () => {
    const dataDir = tmp();
    const files = new FileService(new AppPaths(dataDir));
    for (const p of ['../office.json', 'a/../../b', '/etc/passwd', 'a/../../../x']) {
      await expect(files.write({ area: 'exports', path: p }, new Uint8Array([1]))).rejects.toThrow(/越出/);
    }
    await expect(files.read({ picked: os.tmpdir(), path: 'x' })).rejects.toThrow(/没有经过选择/);
    const res = await files.write({ area: 'exports', path: 'sub/ok.bin' }, new Uint8Array([1, 2, 3]));
    expect(res.path).toBe(path.join(dataDir, 'exports', 'sub', 'ok.bin'));
    expect(await files.read({ area: 'exports', path: 'sub/ok.bin' })).toEqual(new Uint8Array([1, 2, 3]));
    expect((await files.list({ area: 'exports' })).map((f) => f.name)).toEqual([]);
    await files.write({ area: 'exports', path: 'b.txt' }, new Uint8Array([9]));
    expect((await files.list({ area: 'exports' })).map((f) => f.name)).toEqual(['b.txt']);
    await expect(files.read({ area: 'exports', path: 'missing.txt' })).rejects.toThrow('找不到文件：missing.txt');
  });
});

describe('FileService copy', () => {
  it('copies inside the app folders into new sub-folders, says when the source is missing, and refuses escapes', async () => {
    const dataDir = tmp();
    const files = new FileService(new AppPaths(dataDir));
    const bytes = new Uint8Array([0, 255, 1, 2, 0xe4, 0xb8, 0xad]);
    await files.write({ area: 'attachments', path: 's1/a/讲稿.docx' }, bytes);
    expect(await files.copy({ area: 'attachments', path: 's1/a/讲稿.docx' }, { area: 'attachments', path: 's2/b/讲稿.docx' })).toBe(true);
    expect(await files.read({ area: 'attachments', path: 's2/b/讲稿.docx' })).toEqual(bytes);
    // No temporary file is left beside the copy.
    expect(readdirSync(path.join(dataDir, 'attachments', 's2', 'b'))).toEqual(['讲稿.docx']);
    expect(await files.copy({ area: 'attachments', path: 's1/none.pdf' }, { area: 'attachments', path: 's2/c/none.pdf' })).toBe(false);
    expect(readdirSync(path.join(dataDir, 'attachments', 's2'))).toEqual(['b']);
    await expect(files.copy({ area: 'attachments', path: 's1/a/讲稿.docx' }, { area: 'attachments', path: '../../x.docx' })).rejects.toThrow(/越出/);
    await expect(files.copy({ area: 'attachments', path: '../office.json' }, { area: 'attachments', path: 'x.json' })).rejects.toThrow(/越出/);
  });
});

describe('writeNewFile', () => {
  it('keeps every earlier file, also when two saves race for the same name, and leaves no temporary', async () => {
    const { writeNewFile } = await import('./new-file');
    const dir = tmp();
    writeFileSync(path.join(dir, '委员名册.xlsx'), 'first');
    const written = await Promise.all([writeNewFile(dir, '委员名册.xlsx', 'second'), writeNewFile(dir, '委员名册.xlsx', 'third')]);
    expect(written.map((w) => path.basename(w)).sort()).toEqual(['委员名册（2）.xlsx', '委员名册（3）.xlsx']);
    expect(readdirSync(dir).sort()).toEqual(['委员名册.xlsx', '委员名册（2）.xlsx', '委员名册（3）.xlsx']);
    expect(readFileSync(path.join(dir, '委员名册.xlsx'), 'utf8')).toBe('first');
    expect(written.map((w) => readFileSync(w, 'utf8')).sort()).toEqual(['second', 'third']);
  });
});
