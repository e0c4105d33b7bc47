import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, importBundle, nav, openDemoOffice, openExchange, setUpOffice, test, tmpDir } from './fixtures';
import { pdfInfo, pageTexts } from './print-pdf';

const TITLE = '关于老旧小区加装电梯的建议';
const SITUATION = '我区现有2000年以前建成的老旧小区146个，多层住宅无电梯，60岁以上居民占比超过三成。';
const MEASURES = '一是由区住建局牵头设立加装电梯一站式审批窗口，审批时限压缩到30个工作日。二是对每台加装电梯给予15万元补贴。';

/** The browser process of a host's data folder, found by its profile directory, killed outright (no unload, no flush). */
function killBrowser(dataDir: string): void {
  const profile = path.join(dataDir, 'browser-profile');
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return cmd.some((a) => a === `--user-data-dir=${profile}`) && !cmd.some((a) => a.startsWith('--type='));
    } catch {
      return false;
    }
  });
  expect(pids).toHaveLength(1);
  process.kill(Number(pids[0]), 'SIGKILL');
}

async function move(page: Page, name: string, fill?: () => Promise<void>) {
  await page.getByTestId('handling').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await fill?.();
  await dialog.getByRole('button', { name: `确定${name}` }).click();
  await expect(dialog).toBeHidden();
}

test('draft survives a killed browser, revisions restore, co-signers sign, HQ handles it to 办结 with a re-handling loop, print, Word, and the reply reaches the office', async ({ launch }) => {
  test.setTimeout(420_000);
  const stick = tmpDir('cd-stick-');
  const dataDir = tmpDir('cd-prop-office-');
  let office = await launch.start({ dataDir });
  await openDemoOffice(office.page);
  let page = office.page;

  // Draft a joint proposal from the template; type, wait two seconds, kill the browser outright.
  await nav(page, '提案');
  await page.getByRole('button', { name: '新建提案' }).click();
  await page.getByRole('menuitem', { name: /联名提案/ }).click();
  await page.getByTestId('field-title').fill('老旧小区加装电梯');
  await expect(page.getByTestId('checks').locator('[data-rule="titleForm"]')).toContainText('把案由改成“关于老旧小区加装电梯的建议”');
  await page.getByTestId('field-title').fill(TITLE);
  await page.getByLabel('第一提案人').click();
  await page.getByRole('option').first().click();
  const lead = (await page.getByLabel('第一提案人').inputValue()).replace(/（.*$/, '');
  await page.getByTestId('field-situation').pressSequentially(SITUATION, { delay: 5 });
  await page.waitForTimeout(2000);
  const url = page.url();
  killBrowser(dataDir);
  await office.close();

  office = await launch.start({ dataDir, folderAnswers: [stick, stick] });
  page = office.page;
  await expect(page.getByTestId('office-name')).toContainText('示例街道政协工委');
  await nav(page, '提案');
  await page.getByRole('table', { name: '提案列表' }).getByText(TITLE).click();
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('field-situation')).toHaveValue(SITUATION);
  await expect(page.getByTestId('field-title')).toHaveValue(TITLE);

  // More text, a new revision; then restore the revision before it.
  await page.getByTestId('field-measures').fill('高度重视，加强宣传。');
  await expect(page.getByTestId('save-state')).toContainText('已自动保存');
  await expect(page.getByTestId('checks').locator('[data-rule="vagueMeasures"]')).toContainText('“高度重视”');
  await page.getByTestId('field-measures').fill(MEASURES);
  await expect(page.getByTestId('save-state')).toContainText('已自动保存');
  await page.getByRole('tab', { name: /版本记录/ }).click();
  const revs = page.getByTestId('revision');
  const n = await revs.count();
  expect(n).toBeGreaterThanOrEqual(4);
  // Compare the newest with the one before: a character-level diff.
  await revs.nth(0).getByRole('checkbox').check();
  await revs.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: '比较所选两个版本' }).click();
  await expect(page.getByTestId('diff').locator('ins').first()).toContainText('一站式审批窗口');
  await expect(page.getByTestId('diff').locator('del').first()).toContainText('高度重视');
  await page.screenshot({ path: 'test-results/proposals-diff.png' });
  await page.getByRole('button', { name: '关闭' }).click();
  await revs.nth(1).getByRole('button', { name: '恢复此版本' }).click();
  await expect(page.getByTestId('field-measures')).toHaveValue('高度重视，加强宣传。');
  await expect(revs).toHaveCount(n + 1);
  await page.getByTestId('field-measures').fill(MEASURES);
  await expect(page.getByTestId('save-state')).toContainText('已自动保存');

  // A joint proposal is not submitted before a co-signer signs.
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByTestId('move-error')).toHaveText('联名提案还没有联名人签名：至少一位联名人签名后才能提交');
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByRole('tab', { name: /联名人/ }).click();
  await page.getByLabel('邀请联名委员').click();
  await page.getByRole('option').nth(1).click();
  await page.getByLabel('邀请联名委员').press('Escape');
  await page.getByRole('button', { name: '邀请', exact: true }).click();
  const cosigners = page.getByTestId('cosigners');
  await expect(cosigners).toContainText('已邀请');
  await cosigners.getByRole('button', { name: '已签名' }).click();
  await expect(cosigners).toContainText('1 人签名');
  const coSigner = (await cosigners.locator('li').first().textContent())!.split('　')[0];
  await expect(page.getByTestId('proposal-preview')).toContainText(coSigner);
  await page.screenshot({ path: 'test-results/proposals-drafting.png' });
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定提交' }).click();
  await expect(page.getByTestId('status')).toHaveText('已提交（待审查）');

  // Carry it to HQ.
  await openExchange(page);
  const fingerprint = (await page.getByTestId('my-fingerprint').textContent())!;
  await page.getByRole('button', { name: '导出数据包…' }).click();
  await expect(page.getByTestId('export-result')).toContainText('提案');
  const bundle = readdirSync(stick).find((f) => f.startsWith('DEMO-01_'))!;

  const hq = await launch.start({ folderAnswers: [stick, stick, stick, stick] });
  const h = hq.page;
  await setUpOffice(h, '区政协机关', 'HQ', true);
  await importBundle(h, bundle, '提案', { fingerprint });

  // HQ: accept (number 1), assign, reply class B.
  await nav(h, '提案');
  await h.getByRole('table', { name: '提案列表' }).getByText(TITLE).click();
  await expect(h.getByTestId('read-situation')).toHaveText(SITUATION);
  await h.getByRole('tab', { name: /办理过程/ }).click();
  await move(h, '立案', () => h.getByRole('dialog').getByLabel('审查意见').fill('同意立案，交区住建局办理'));
  await expect(h.getByTestId('status')).toHaveText('已立案（待交办）');
  // One past the highest number HQ has issued in this plenary (the demo office's proposals came along).
  const number = (await h.getByText(/^十届四次会议第\d+号$/).first().textContent())!;
  await move(h, '交办', async () => {
    await h.getByRole('dialog').getByLabel('主办单位').click();
    await h.getByRole('option', { name: '区住房和城乡建设局' }).click();
  });
  await expect(h.getByTestId('status')).toHaveText('办理中');
  const reply = async (cls: string, summary: string) => move(h, '答复', async () => {
    const d = h.getByRole('dialog');
    await d.getByLabel('答复类别').click();
    await h.getByRole('option', { name: new RegExp(`^${cls}类`) }).click();
    await d.getByLabel('答复内容摘要').fill(summary);
    await d.getByLabel('联系人及电话').fill('张科长 86001234');
    await d.getByTestId('reply-file').setInputFiles({ name: '答复件.txt', mimeType: 'text/plain', buffer: Buffer.from(`答复件：${summary}`) });
  });
  await reply('B', '已列入明年老旧小区改造计划');
  await expect(h.getByTestId('status')).toHaveText('已答复（待满意度）');
  // 基本满意 sends it back for handling.
  await move(h, '满意度', async () => {
    await h.getByRole('dialog').getByRole('radio', { name: '基本满意' }).check();
    await h.getByRole('dialog').getByLabel(/委员的意见/).fill('希望加快补贴发放');
  });
  await expect(h.getByTestId('status')).toHaveText('办理中');
  await reply('A', '补贴已于本月发放到位');
  await move(h, '满意度', () => h.getByRole('dialog').getByRole('radio', { name: '满意', exact: true }).check());
  await expect(h.getByTestId('status')).toHaveText('满意（待办结）');
  await move(h, '办结');
  await expect(h.getByTestId('status')).toHaveText('办结');
  await expect(h.getByTestId('handling').getByRole('table', { name: '办理记录' }).locator('tbody tr')).toHaveCount(8);
  await h.screenshot({ path: 'test-results/proposals-handling.png' });

  // Print the 提案表: A4, the header, proposer, co-signer, body, review.
  await h.getByRole('button', { name: '打印 / 导出' }).click();
  await h.getByRole('menuitem', { name: '打印提案表' }).click();
  await expect(h.getByRole('heading', { name: '打印中心' })).toBeVisible();
  await h.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(h.getByTestId('print-status')).toContainText('已保存', { timeout: 60_000 });
  const pdf = (await h.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
  const info = pdfInfo(pdf);
  expect(Math.round(info.width)).toBe(595);
  expect(Math.round(info.height)).toBe(842);
  const text = pageTexts(pdf).join('').replace(/\s+/g, '');
  for (const t of ['十届四次会议', number, TITLE, lead, coSigner, '一、情况', '三、建议', '一站式审批窗口', '同意立案，交区住建局办理', '收文时间']) expect(text).toContain(t.replace(/\s+/g, ''));

  // Word: read back, and LibreOffice opens it.
  await nav(h, '提案');
  await h.getByRole('table', { name: '提案列表' }).getByText(TITLE).click();
  await h.getByRole('button', { name: '打印 / 导出' }).click();
  await h.getByRole('menuitem', { name: /导出 Word/ }).click();
  await expect(h.getByTestId('output-note')).toContainText('已导出 Word 文件');
  const docx = path.join(hq.services.options.dataDir, 'exports', `${TITLE}.docx`);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']);
  for (const t of [TITLE, lead, coSigner, SITUATION, number]) expect(xml).toContain(t);
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  const lo = tmpDir('cd-lo-');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${lo}/profile`, '--convert-to', 'pdf', '--outdir', lo, docx], { stdio: 'ignore', timeout: 120_000 });
  const converted = path.join(lo, `${TITLE}.pdf`);
  expect(pageTexts(converted).join('').replace(/\s+/g, '')).toContain(TITLE);
  expect(Math.round(pdfInfo(converted).width)).toBe(595);

  // HQ sends it back; the office sees the replies, the document and 办结.
  await openExchange(h);
  await h.getByRole('button', { name: '导出数据包…' }).click();
  await expect(h.getByTestId('export-result')).toContainText('提案');
  const back = readdirSync(stick).find((f) => f.startsWith('HQ_'))!;
  await importBundle(page, back, '提案', { enrol: true });
  await nav(page, '提案');
  await page.getByRole('table', { name: '提案列表' }).getByText(TITLE).click();
  await page.getByRole('tab', { name: /办理过程/ }).click();
  await expect(page.getByTestId('status')).toHaveText('办结');
  await expect(page.getByTestId('reply')).toHaveCount(2);
  await expect(page.getByTestId('reply').first()).toContainText('B类（部分解决或列入计划）');
  await expect(page.getByTestId('reply').first()).toContainText('打开答复件 答复件.txt');
  await page.screenshot({ path: 'test-results/proposals-office-after.png' });
});
