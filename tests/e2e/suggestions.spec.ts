import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { PHONE_LIKE } from '../../shared/suggestions/privacy';
import { expect, openDemoOffice, test, tmpDir } from './fixtures';
import { pageTexts, pdfInfo } from './print-pdf';

/** The demo office is filled in the background: wait until its 2,000 suggestions are listed. */
async function openSuggestions(page: Page): Promise<void> {
  await page.getByRole('link', { name: '献一计' }).or(page.getByRole('button', { name: '献一计' })).first().click();
  await expect(page.getByTestId('list-count')).toContainText('共 2000 条', { timeout: 60_000 });
}

test('a near-repeat is offered while typed and merged; a batch reviewed; feedback recorded; search marks hits', async ({ launch }) => {
  test.setTimeout(180_000);
  const { page } = await launch.start();
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoOffice(page);
  // The counts below are read once and compared later: the demo must have finished filling.
  await expect(page.getByText('正在生成示例数据…')).toHaveCount(0, { timeout: 150_000 });
  await openSuggestions(page);
  await page.screenshot({ path: 'test-results/suggestions-list.png' });

  // One on file: its title and text.
  const first = page.getByTestId('suggestion-row').first();
  await first.click();
  const original = (await page.getByTestId('detail-content').textContent())!;
  const originalTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await page.getByRole('button', { name: '返回建议列表' }).click();

  // Type a lightly edited copy: it is offered as similar, with shared passages marked.
  await page.getByRole('button', { name: '录入建议' }).click();
  const form = page.getByRole('form', { name: '建议录入' });
  await form.getByLabel('标题').fill(originalTitle.replace('建议', '意见建议'));
  await form.getByLabel('内容').fill(original.replace('。', '，情况比较突出。'));
  const similar = page.getByRole('region', { name: '相似的建议' }).getByTestId('similar-item');
  await expect(similar.first()).toContainText(originalTitle);
  await expect(similar.first().getByTestId('mark').first()).toBeVisible();
  await expect(page.getByTestId('char-count')).toContainText('/ 2000 字');
  await page.getByLabel('群众').check();
  await form.getByLabel('群众姓名').fill('赵一鸣');
  await form.getByLabel('联系电话（仅本办公室可见）').fill('13800138000');
  await page.screenshot({ path: 'test-results/suggestions-intake.png' });
  await similar.first().getByRole('button', { name: '并入此条' }).click();
  await expect(page.getByTestId('intake-note')).toContainText(`并入“${originalTitle}”`);

  // The kept one credits the new submitter; the merged one points to it, and the merge can be undone.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await expect(page.getByTestId('list-count')).toContainText('共 2001 条');
  await page.getByLabel('查找（标题、内容、提交人）').fill('赵一鸣');
  await expect(page.getByTestId('suggestion-row')).toHaveCount(1);
  await expect(page.getByTestId('suggestion-row').first()).toHaveAttribute('data-status', '并入');
  await expect(page.getByTestId('suggestion-row').first().getByTestId('mark').first()).toHaveText('赵一鸣');
  await page.getByTestId('suggestion-row').first().click();
  await expect(page.getByTestId('detail-status')).toHaveText('并入');
  await page.getByRole('link', { name: originalTitle }).click();
  await expect(page.getByTestId('detail-submitter')).toContainText('赵一鸣');
  await expect(page.getByTestId('merged-child')).toHaveCount(1);
  await page.getByTestId('merged-child').getByRole('button', { name: '撤销并入' }).click();
  await expect(page.getByTestId('merged-child')).toHaveCount(0);
  await expect(page.getByTestId('detail-submitter')).not.toContainText('赵一鸣');

  // Review a batch of three waiting ones at once.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await page.getByLabel('查找（标题、内容、提交人）').fill('');
  // The list counts after it has read the suggestions: wait for the count before taking it.
  await expect(page.getByTestId('waiting-review')).toHaveText(/待审 [1-9]\d* 条/);
  const waiting = Number((await page.getByTestId('waiting-review').textContent())!.match(/\d+/)![0]);
  await page.getByTestId('waiting-review').click();
  const rows = page.getByTestId('suggestion-row');
  await expect(rows.first()).toHaveAttribute('data-status', '待审');
  const ids = await rows.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id')!));
  for (const id of ids) await page.locator(`[data-id="${id}"]`).getByRole('checkbox').check();
  await page.screenshot({ path: 'test-results/suggestions-selected.png' });
  await expect(page.getByText('已选 3 条')).toBeVisible();
  await page.getByRole('button', { name: '审阅所选' }).click();
  await page.getByRole('dialog').getByLabel('审阅结果').click();
  await page.getByRole('option', { name: '不予采纳' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('dialog')).toContainText('不予采纳时必须写明理由');
  await page.getByRole('dialog').getByLabel(/理由或意见/).fill('相关工作已纳入年度计划');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('list-note')).toHaveText('已审阅 3 条');
  await expect(page.getByTestId('waiting-review')).toHaveText(`待审 ${waiting - 3} 条`);

  // Each keeps who, when and the earlier value; feedback is recorded on one.
  await page.getByTestId('waiting-review').click();
  await page.getByLabel('查找（标题、内容、提交人）').fill('');
  await page.goto(page.url().replace(/#.*$/, `#/suggestions/${ids[0]}`));
  await expect(page.getByTestId('detail-status')).toHaveText('不予采纳');
  const reviewed = page.getByTestId('history-item').filter({ hasText: '审阅：不予采纳（原：待审）' });
  await expect(reviewed).toHaveCount(1);
  await expect(reviewed).toContainText('示例街道政协工委');
  const fb = page.getByRole('form', { name: '反馈' });
  await fb.getByLabel('反馈内容').fill('已电话告知不予采纳的理由');
  await fb.getByRole('button', { name: '记录反馈' }).click();
  await expect(page.getByTestId('feedback-line')).toContainText('已电话告知不予采纳的理由');
  await expect(page.getByTestId('history-item').last()).toContainText('反馈：');
  await page.screenshot({ path: 'test-results/suggestions-detail.png' });

  // Full-text search marks hits in the list.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await page.getByLabel('查找（标题、内容、提交人）').fill('加装电梯');
  await expect(rows.first().getByTestId('mark').first()).toHaveText('加装电梯');
  const n = Number((await page.getByTestId('list-count').textContent())!.match(/显示 (\d+)/)![1]);
  expect(n).toBeGreaterThan(10);
  expect(n).toBeLessThan(2001);
  await page.screenshot({ path: 'test-results/suggestions-search.png' });
});

/** In the print center with a job handed over: save it as PDF (the folder dialog answers from the test); the saved path. */
async function savePdf(page: Page): Promise<string> {
  await expect(page.getByTestId('pending-job')).toBeVisible();
  await page.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(page.getByTestId('print-status')).toContainText('已保存', { timeout: 60_000 });
  return (await page.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
}

const flat = (t: string) => t.replace(/\s+/g, '');
const CATEGORIES = ['停车难', '养老服务', '城市治理'];

test('the compilation prints with contents, groups in order and numbers, no phone; its .docx reads back and LibreOffice opens it', async ({ launch }) => {
  test.setTimeout(300_000);
  const pdfDir = tmpDir('cd-e2e-comp-');
  const { page } = await launch.start({ folderAnswers: [pdfDir, pdfDir, pdfDir] });
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoOffice(page);
  await openSuggestions(page);

  // A citizen's suggestion with a phone, adopted: it goes in the compilation, the phone does not.
  await page.getByRole('button', { name: '录入建议' }).click();
  const form = page.getByRole('form', { name: '建议录入' });
  await form.getByLabel('标题').fill('关于在清潭社区增设夜间临时停车位的建议');
  await form.getByLabel('内容').fill('清潭社区夜间停车位缺口约两百个。建议利用周边学校操场夜间错时开放停车。');
  await form.getByLabel('类别').click();
  await page.getByRole('option', { name: '停车难' }).click();
  await page.getByLabel('群众').check();
  await form.getByLabel('群众姓名').fill('钱文华');
  await form.getByLabel('单位或住址').fill('清潭社区');
  await form.getByLabel('联系电话（仅本办公室可见）').fill('13912340000');
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByTestId('detail-status')).toHaveText('待审');
  await page.getByRole('button', { name: '审阅' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('detail-status')).toHaveText('采纳');

  // The compilation of the adopted ones in three categories.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await page.getByRole('button', { name: '打印与导出' }).click();
  await page.getByRole('menuitem', { name: /建议汇编/ }).click();
  const dlg = page.getByRole('dialog');
  await dlg.getByLabel('只收录采纳和部分采纳的建议').check();
  for (const c of CATEGORIES) {
    await dlg.getByLabel('类别（不选为全部）').click();
    await page.getByRole('option', { name: c, exact: true }).click();
  }
  await dlg.getByRole('heading', { name: '建议汇编' }).click();
  await dlg.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-note')).toContainText('.docx');
  const docxPath = (await page.getByTestId('export-note').textContent())!.match(/已导出到 (.+\.docx)/)![1];

  await page.getByRole('button', { name: '打印与导出' }).click();
  await page.getByRole('menuitem', { name: /建议汇编/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '打印预览' }).click();
  const pdf = await savePdf(page);
  await page.screenshot({ path: 'test-results/suggestions-print.png' });
  const pages = pageTexts(pdf).map(flat);
  const all = pages.join('');
  expect(pdfInfo(pdf).width).toBeCloseTo(595.3, 0);
  expect(pages[1]).toContain('目录');
  // The body starts on the first page after the cover that opens with the title.
  const title = flat(pages[0]).match(/^(.+?汇编)/)![1];
  const bodyStart = pages.findIndex((p, i) => i > 0 && p.startsWith(title));
  expect(bodyStart).toBeGreaterThan(1);
  const body = pages.slice(bodyStart);
  const bodyText = body.join('');
  // Groups in the campaign's order, numbered from 1 without a gap.
  const at = CATEGORIES.map((c, i) => bodyText.indexOf(`${'一二三'[i]}、${c}`));
  expect(at.every((x) => x >= 0)).toBe(true);
  expect(at).toEqual([...at].sort((a, b) => a - b));
  const total = Number(flat(pages[0]).match(/共(\d+)条/)![1]);
  expect(total).toBeGreaterThan(20);
  for (let n = 1; n <= total; n++) expect(bodyText).toContain(`${n}．`);
  // The contents, read line by line: an entry starts with its number, and its last line ends in its page.
  const entries = new Map<number, { text: string; page: number }>();
  let current: { n: number; text: string } | null = null;
  for (const line of pageTexts(pdf).slice(1, bodyStart).join('\n').split('\n')) {
    const l = line.trim();
    const start = /^(\d+)．/.exec(l);
    if (start) current = { n: Number(start[1]), text: '' };
    if (!current) continue;
    const end = /\s{2,}(\d+)$/.exec(l);
    current.text += flat(end ? l.slice(0, end.index) : l);
    if (end) {
      entries.set(current.n, { text: current.text, page: Number(end[1]) });
      current = null;
    }
  }
  expect(entries.size).toBe(total);
  for (const n of [1, Math.ceil(total / 2), total]) {
    const e = entries.get(n)!;
    const where = pages.findIndex((p, i) => i >= bodyStart && p.includes(e.text)) + 1;
    expect(e.page, `contents entry ${e.text}`).toBe(where);
  }
  expect(all).toContain('钱文华（清潭社区）');
  expect(all).not.toMatch(PHONE_LIKE);

  // The .docx: the same text, the faces declared, no phone; LibreOffice opens it.
  const files = unzipSync(readFileSync(docxPath));
  const xml = strFromU8(files['word/document.xml']);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
  expect(text).toContain('钱文华（清潭社区）');
  expect(text).toContain(`${total}．`);
  expect(text).not.toMatch(PHONE_LIKE);
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  expect(xml).toContain('w:eastAsia="方正小标宋_GBK"');
  expect(xml).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  const lo = tmpDir('cd-e2e-lo-');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${lo}/profile`, '--convert-to', 'pdf', '--outdir', lo, docxPath], { stdio: 'ignore', timeout: 120_000 });
  const converted = path.join(lo, path.basename(docxPath).replace(/\.docx$/, '.pdf'));
  const loText = flat(pageTexts(converted).join(''));
  expect(loText).toContain('钱文华（清潭社区）');
  expect(loText).toContain(`${'一二三'[0]}、${CATEGORIES[0]}`);
});
