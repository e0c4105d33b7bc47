import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formalDocx } from '../../../shared/print/docx/formal-docx';

const data = {
  title: '关于推进老旧小区加装电梯的建议',
  blocks: [
    { type: 'heading1' as const, text: '一、基本情况' },
    { type: 'para' as const, text: '全区共有老旧小区一百二十个，其中六层以下无电梯住宅占百分之八十以上。' },
    { type: 'heading2' as const, text: '（一）存在的问题' },
    { type: 'para' as const, text: '低层住户意见不一，资金分摊难以达成一致，王喆、李堃等委员多次调研。' },
    { type: 'signature' as const, text: '南大街街道政协工委' },
  ],
};

describe('formal .docx', () => {
  it('declares the East Asian faces and zh-CN on the text, in the GB/T 9704 page', async () => {
    const bytes = await formalDocx(data);
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']);
    const styles = strFromU8(files['word/styles.xml']);
    expect(xml).toContain('关于推进老旧小区加装电梯的建议');
    expect(xml).toContain('王喆、李堃');
    for (const face of ['方正小标宋_GBK', '黑体', '楷体_GB2312', '仿宋_GB2312']) expect(xml).toContain(`w:eastAsia="${face}"`);
    expect(xml).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    // A4 (11906 × 16838 twips), top 37 mm, left (binding) 28 mm.
    expect(xml).toMatch(/<w:pgSz w:w="1190[56]" w:h="1683[78]"/);
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toMatch(/w:left="1587"/);
    expect(strFromU8(files['word/settings.xml'])).toContain('w:evenAndOddHeaders');
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]));
    expect(footers.some((f) => f.includes('PAGE') && f.includes('— '))).toBe(true);
  });

  it('opens in LibreOffice as Word and WPS would, with its text on A4 pages', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cd-docx-'));
    const file = path.join(dir, '建议.docx');
    writeFileSync(file, await formalDocx(data));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(dir, '建议.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('关于推进老旧小区加装电梯的建议');
    expect(text).toContain('一、基本情况');
    expect(text).toContain('资金分摊难以达成一致');
    expect(text).toContain('—1—');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  }, 150_000);
});
