import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../shared/demo/random';
import { demoTexts } from '../../../shared/demo/texts';
import { CompilationData } from '../../../shared/print/suggestions';
import { buildCompilation } from '../../../shared/suggestions/compilation';
import { compilationDocx } from '../../../shared/suggestions/docx';
import { campaign, citizen, memberSub, suggestion } from '../../../shared/suggestions/fixtures';
import { PHONE_LIKE } from '../../../shared/suggestions/privacy';

const cats = ['工业升级', '停车难', '养老服务', '其他'];
const texts = demoTexts(new Rng(3), 40, 0);
const list = texts.map((t, i) => suggestion({
  title: t.title, content: `${t.body}\n${t.body}`, category: cats[i % 4], receivedOn: `2026-02-${String((i % 27) + 1).padStart(2, '0')}`,
  submitter: i % 2 ? memberSub(`m${i}`, `委员${i}`) : citizen(`群众${i}`, `1391234${String(1000 + i)}`),
}));
const comp = CompilationData.parse(buildCompilation(campaign({ categories: cats }), list, { compiler: '西林街道政协工委', date: '2026年7月1日' }));

describe('the compilation as .docx', () => {
  it('holds every suggestion under its group, numbered, with East Asian faces and zh-CN, page references and no phone', async () => {
    const xml = strFromU8(unzipSync(await compilationDocx(comp))['word/document.xml']);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('目　　录');
    const at = (s: string) => text.lastIndexOf(s);
    expect(at('一、工业升级')).toBeLessThan(at('二、停车难'));
    expect(at('二、停车难')).toBeLessThan(at('四、其他'));
    for (const g of comp.groups) for (const it of g.items) expect(text).toContain(`${it.no}．${it.title}`);
    expect(comp.total).toBe(40);
    for (const face of ['仿宋_GB2312', '方正小标宋_GBK', '黑体', '楷体_GB2312']) expect(xml).toContain(`w:eastAsia="${face}"`);
    expect(xml).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(xml).toContain('PAGEREF n40');
    expect(xml).toContain('<w:bookmarkStart w:name="n40"');
    expect(PHONE_LIKE.test(text)).toBe(false);
    expect(text).toContain('群众0（勤业新村）');
  });

  it('LibreOffice opens it and fills the contents\' page numbers with the pages the suggestions are on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cd-comp-docx-'));
    const file = path.join(dir, '汇编.docx');
    writeFileSync(file, await compilationDocx(comp));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const pages = execFileSync('pdftotext', ['-layout', path.join(dir, '汇编.pdf'), '-'], { encoding: 'utf8' }).split('\f').map((p) => p.replace(/[ \t]+/g, ''));
    // Contents pages are those with dot leaders; the body follows them.
    const lastContents = pages.map((p, i) => (p.includes('......') ? i : -1)).reduce((a, b) => Math.max(a, b));
    const contents = pages.slice(1, lastContents + 1).join('\n');
    for (const no of [1, 17, 40]) {
      const it = comp.groups.flatMap((g) => g.items).find((x) => x.no === no)!;
      const entry = new RegExp(`${no}．[^\\n]*?(\\d+)\\n`).exec(contents);
      expect(entry, `contents entry ${no}`).not.toBeNull();
      const page = pages.findIndex((p, i) => i > lastContents && p.includes(`${no}．${it.title.slice(0, 10)}`)) + 1;
      expect(Number(entry![1])).toBe(page);
    }
    expect(pages.join('').match(PHONE_LIKE)).toBeNull();
  }, 150_000);
});
