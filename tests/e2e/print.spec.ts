import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoMembers } from '../../shared/demo/generator';
import { DEFAULT_REF_LISTS } from '../../shared/domain/reflist';
import { signInData } from '../../shared/print/build';
import type { PrintJobInput } from '../../shared/print/jobs';
import { gbtSampleData } from '../../shared/print/samples';
import { expect, test } from './fixtures';
import { MM, pageGrey, pageLines, pageTexts, pdfFonts, pdfInfo } from './print-pdf';

type Envelope = { ok: true; result: { ref: { area: 'pdf'; path: string }; pages: number } } | { ok: false; error: { code: string; message: string } };

/** Make a PDF through the app's own contract (the handler table, as the 打印中心 does) and return its file. */
async function toPdf(page: Page, dataDir: string, job: PrintJobInput, options: object = {}): Promise<{ file: string; pages: number }> {
  const env = (await page.evaluate(([j, o]) => window.api.invoke('print.toPdf', { job: j, options: o }), [job, options] as const)) as Envelope;
  if (!env.ok) throw new Error(env.error.message);
  return { file: path.join(dataDir, 'pdf', env.result.ref.path), pages: env.result.pages };
}

function hasLpstat(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v lpstat'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const A4 = { width: 210 * MM, height: 297 * MM };

test('a 300-member sign-in sheet: A4, every name once, the head and 第 x 页 共 y 页 on every page, no row split', async ({ launch }) => {
  const host = await launch.start();
  const members = demoMembers(300);
  const data = signInData(members, { title: '第四季度委员集中学习签到表', time: '2026年11月26日 14:30', place: '街道三楼会议室', sort: 'sector', blankRows: 6, sectorOrder: DEFAULT_REF_LISTS.sector });
  const { file, pages } = await toPdf(host.page, host.services.options.dataDir, { kind: 'signin', data });

  const info = pdfInfo(file);
  expect(info.width).toBeCloseTo(A4.width, 0);
  expect(info.height).toBeCloseTo(A4.height, 0);
  expect(info.pages).toBe(pages);
  expect(pages).toBeGreaterThan(10);

  const texts = pageTexts(file);
  const seen: number[] = [];
  texts.forEach((text, i) => {
    // The head repeats on every page: title, time and place, column heads, and the page number.
    expect(text, `page ${i + 1}`).toContain('第四季度委员集中学习签到表');
    expect(text).toContain('街道三楼会议室');
    expect(text).toMatch(/序号\s+姓名\s+界别\s+工作单位及职务\s+签名\s+备注/);
    expect(text).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages}\\s*页`));
    const numbers = [...text.matchAll(/^\s*(\d+)\s/gm)].map((m) => Number(m[1]));
    expect(numbers.length, `rows on page ${i + 1}`).toBeGreaterThan(5);
    // Rows run on without a gap from page to page.
    expect(numbers[0]).toBe(seen.length + 1);
    expect(numbers).toEqual(numbers.map((_, k) => numbers[0] + k));
    seen.push(...numbers);
  });
  expect(seen.length).toBe(306);

  // Every member's name appears exactly as often as in the list (once, unless two members share a name).
  const tokens = texts.join('\n').split(/\s+/);
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const expected = new Map<string, number>();
  for (const m of members) expected.set(m.name, (expected.get(m.name) ?? 0) + 1);
  for (const [name, n] of expected) expect(counts.get(name) ?? 0, name).toBe(n);

  // The bundled font (renamed CD Serif SC / CD Sans SC) is embedded as real CID fonts, never Type 3 or boxes.
  const fonts = pdfFonts(file);
  expect(fonts).toMatch(/CDSerifSC-Regular\s+CID TrueType/);
  expect(fonts).not.toContain('Type 3');
});

test('table tents: one A4 sheet per name, the name on both halves, the upper one upside down', async ({ launch }) => {
  const host = await launch.start();
  const names = ['张三丰', '欧阳明华', '李明'];
  const { file, pages } = await toPdf(host.page, host.services.options.dataDir, { kind: 'tents', data: { names: names.map((name) => ({ name })) } }, { paper: 'A3', orientation: 'landscape' });
  expect(pages).toBe(3);
  const info = pdfInfo(file);
  expect([info.width, info.height].map((v) => Math.round(v / MM))).toEqual([210, 297]);
  const lines = pageLines(file);
  lines.forEach((page, i) => {
    const hits = page.filter((l) => l.text === names[i]);
    expect(hits).toHaveLength(2);
    // One on each half of the fold.
    expect(hits.filter((l) => l.y1 < 148.5)).toHaveLength(1);
    expect(hits.filter((l) => l.y0 > 148.5)).toHaveLength(1);
    // The upper half is the lower half turned through 180°: at its best alignment (a few pixels either way) it
    // matches the lower half rotated almost exactly, and the lower half as it stands much worse.
    const { w, h, px } = pageGrey(file, i + 1);
    const half = Math.floor(h / 2);
    const at = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 255 : px[y * w + x]);
    const best = (map: (x: number, y: number) => [number, number]) => {
      let min = Infinity;
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          let d = 0;
          for (let y = 0; y < half; y++) for (let x = 0; x < w; x++) {
            const [mx, my] = map(x + dx, y + dy);
            d += Math.abs(px[y * w + x] - at(mx, my));
          }
          min = Math.min(min, d);
        }
      }
      return min;
    };
    let ink = 0;
    for (let k = 0; k < half * w; k++) if (px[k] < 128) ink++;
    expect(ink, `ink on the upper half of page ${i + 1}`).toBeGreaterThan(500);
    const rotated = best((x, y) => [w - 1 - x, h - 1 - y]);
    const upright = best((x, y) => [x, y + half]);
    expect(rotated * 3, `page ${i + 1}: rotated ${rotated}, upright ${upright}`).toBeLessThan(upright);
  });
});

test('the GB/T 9704-2012 test document puts its text block where the standard says', async ({ launch }) => {
  const host = await launch.start();
  const { file, pages } = await toPdf(host.page, host.services.options.dataDir, { kind: 'formal', data: gbtSampleData() });
  expect(pages).toBeGreaterThanOrEqual(3);
  const info = pdfInfo(file);
  expect(info.width).toBeCloseTo(A4.width, 0);
  expect(info.height).toBeCloseTo(A4.height, 0);
  const tol = 1.5;
  const all = pageLines(file);
  all.forEach((lines, i) => {
    const odd = (i + 1) % 2 === 1;
    const left = odd ? 28 : 26; // binding margin inside: left on odd pages, right on even pages
    const right = left + 156;
    const pageNo = lines.find((l) => l.text.replace(/\s/g, '') === `—${i + 1}—`);
    expect(pageNo, `page number on page ${i + 1}`).toBeTruthy();
    const body = lines.filter((l) => l !== pageNo);
    // The text block: 156 mm wide from the binding margin, 225 mm tall from 37 mm down.
    expect(Math.min(...body.map((l) => l.x0))).toBeCloseTo(left, 0);
    for (const l of body) {
      expect(l.x0).toBeGreaterThan(left - tol);
      expect(l.x1).toBeLessThan(right + tol);
      expect(l.y0).toBeGreaterThan(37 - tol);
      expect(l.y1).toBeLessThan(37 + 225 + tol);
      // At most 28 characters on a line.
      expect([...l.text].length).toBeLessThanOrEqual(28);
    }
    // Page number in 4号 (14 pt) on the outer side, one character in from the block's edge, 7 mm below it.
    expect(pageNo!.y0).toBeGreaterThan(37 + 225 + 7 - tol);
    expect(pageNo!.y0).toBeLessThan(37 + 225 + 7 + 3);
    if (odd) expect(right - pageNo!.x1).toBeCloseTo(14 / MM, 0);
    else expect(pageNo!.x0 - left).toBeCloseTo(14 / MM, 0);
  });
  // A page of body text holds 22 lines, full lines 28 characters running the block's width.
  const page2 = all[1].filter((l) => !/^—/.test(l.text));
  expect(page2).toHaveLength(22);
  const full = page2.filter((l) => [...l.text].length === 28);
  expect(full.length).toBeGreaterThan(8);
  for (const l of full) expect(l.x1 - l.x0).toBeCloseTo(156, 0);
  const pitch = (page2[21].y0 - page2[0].y0) / 21;
  expect(pitch).toBeCloseTo(225 / 22, 0);
  // The title: 2号 (22 pt), centred on the block.
  const title = all[0][0];
  expect(title.text).toBe('关于推进老旧小区改造提质增效的建议');
  expect((title.x0 + title.x1) / 2).toBeCloseTo(28 + 78, 0);
  expect((title.x1 - title.x0) / [...title.text].length).toBeCloseTo(22 / MM, 0);
});

test('a malformed or unknown job is refused with a clear message, in main and on the print page', async ({ launch }) => {
  const host = await launch.start();
  const bad = (await host.page.evaluate(() => window.api.invoke('print.toPdf', { job: { kind: 'poster', data: {} }, options: {} }))) as Envelope;
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.error.message).toContain('参数不正确');

  // The print page itself: an unknown kind and missing data show an error on the page, never a blank page.
  const printPage = await host.context.newPage();
  await printPage.goto(`${host.url}print.html`);
  await printPage.waitForFunction(() => typeof window.cdPrint === 'function');
  const unknown = await printPage.evaluate(() => window.cdPrint!({ job: { kind: 'poster' } as never, setup: {} }));
  expect(unknown).toEqual({ ok: false, message: expect.stringContaining('未知的打印文档类型：poster') });
  await expect(printPage.getByRole('alert')).toContainText('无法打印：未知的打印文档类型');
  const malformed = await printPage.evaluate(() => window.cdPrint!({ job: { kind: 'signin', data: { title: '签到表' } } as never, setup: {} }));
  expect(malformed.ok).toBe(false);
  await expect(printPage.getByRole('alert')).toContainText('签到表」的打印数据不完整');
  expect(await printPage.evaluate(() => document.documentElement.dataset.printState)).toBe('error');
});

test('打印中心: choose members by committee, preview the real pages, save the PDF to a picked folder', async ({ launch }) => {
  const out = (await import('./fixtures')).tmpDir('cd-print-out-');
  const host = await launch.start({ folderAnswers: [out, out] });
  const { page } = host;
  await page.getByRole('button', { name: '打开示例办公室' }).click();
  await expect(page.getByTestId('office-name')).toContainText('示例街道政协工委');
  await page.getByRole('button', { name: '打印中心' }).click();
  await expect(page.getByRole('heading', { name: '打印中心' })).toBeVisible();
  // Without CUPS (as on this machine and CI) the printer list is empty and says what to do instead.
  if (!hasLpstat()) await expect(page.getByText('这台电脑还没有安装打印服务，不能直接打印。', { exact: false })).toBeVisible();

  await page.getByLabel('委员范围').click();
  await page.getByRole('option', { name: '按专委会' }).click();
  await page.getByLabel('专委会').click();
  await page.getByRole('option', { name: '提案委员会' }).click();
  await expect(page.getByTestId('chosen-count')).toHaveText(/已选 [1-9]\d* 人/);
  const chosen = Number((await page.getByTestId('chosen-count').textContent())!.match(/\d+/)![0]);
  await page.getByLabel('标题').fill('提案委员会学习会签到表');
  await page.getByRole('checkbox', { name: '每行印委员编号条码' }).check();
  await page.getByRole('button', { name: '生成预览' }).click();
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 30_000 });
  const shown = Number((await page.getByTestId('preview-pages').textContent())!.match(/\d+/)![0]);
  await expect(page.getByTestId('pdf-preview').locator('canvas')).toHaveCount(shown);
  await expect(page.getByRole('img', { name: `第 1 页 / 共 ${shown} 页` })).toBeVisible();
  await page.screenshot({ path: 'test-results/print-center.png' });

  // A change makes the preview stale until it is made again.
  await page.getByLabel('空白行（临时到会）').fill('0');
  await expect(page.getByText('设置已改动，请重新生成预览')).toBeVisible();

  await page.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(page.getByTestId('print-status')).toContainText(`已保存`);
  const saved = (await page.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
  expect(path.dirname(saved)).toBe(out);
  const texts = pageTexts(saved);
  const rows = texts.flatMap((t) => [...t.matchAll(/^\s*(\d{1,4})\s/gm)].map((m) => Number(m[1])));
  expect(rows).toEqual(Array.from({ length: chosen }, (_, i) => i + 1));
  expect(texts[0]).toContain('提案委员会学习会签到表');
  expect(texts[0]).toContain('委员编号');
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

  // A range the document does not have is refused in words.
  await page.getByLabel('页码范围').fill('99');
  await page.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(page.getByTestId('print-status')).toContainText('这份文档只有');
});

/** A fontconfig setup with no Chinese face at all (only DejaVu, for Latin): a PC without Chinese system fonts. */
function withoutSystemCjkFonts(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cd-fc-'));
  const conf = path.join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
  const before = process.env.FONTCONFIG_FILE;
  process.env.FONTCONFIG_FILE = conf;
  return () => {
    if (before === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = before;
  };
}

/** Dark pixels inside a box (PDF points) of a page bitmap: a character drawn leaves ink, a missing glyph leaves none. */
function inkIn(grey: { w: number; h: number; px: Uint8Array }, dpi: number, box: { x0: number; y0: number; x1: number; y1: number }): number {
  const k = dpi / 72;
  let n = 0;
  for (let y = Math.floor(box.y0 * k); y < Math.ceil(box.y1 * k); y++) {
    for (let x = Math.floor(box.x0 * k); x < Math.ceil(box.x1 * k); x++) if (grey.px[y * grey.w + x] < 128) n++;
  }
  return n;
}

test('rare name characters (王喆 李堃 张珺 陈昇 𠮷田美) print from the bundled faces on a PC without Chinese system fonts', async ({ launch }) => {
  const restore = withoutSystemCjkFonts();
  try {
    const host = await launch.start();
    const names = ['王喆', '李堃', '张珺', '陈昇', '𠮷田美'];
    const members = demoMembers(5).map((m, i) => ({ ...m, name: names[i] }));
    const data = signInData(members, { title: '签到表', time: '2026年11月26日 14:30', place: '三楼', sort: 'memberNo', blankRows: 0, sectorOrder: DEFAULT_REF_LISTS.sector });
    const { file } = await toPdf(host.page, host.services.options.dataDir, { kind: 'signin', data });
    // Only the bundled faces are embedded: the system's were hidden.
    const fonts = pdfFonts(file);
    expect(fonts).toMatch(/CDSerifSC|CDSansSC/);
    expect(fonts).not.toMatch(/NotoSansCJK|NotoSerifCJK|WenQuanYi|Droid/);
    // Each name reads back whole, and each of its characters leaves ink where pdftotext places it.
    const words = [...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] }),
    );
    const dpi = 150;
    const grey = pageGrey(file, 1, dpi);
    for (const name of names) {
      const word = words.find((w) => w.text === name);
      expect(word, `${name} in the PDF text`).toBeTruthy();
      const chars = [...name];
      const step = (word!.x1 - word!.x0) / chars.length;
      chars.forEach((ch, i) => {
        const ink = inkIn(grey, dpi, { x0: word!.x0 + i * step + 1, x1: word!.x0 + (i + 1) * step - 1, y0: word!.y0 + 1, y1: word!.y1 - 1 });
        expect(ink, `ink of ${ch} in ${name}`).toBeGreaterThan(20);
      });
    }
  } finally {
    restore();
  }
});
