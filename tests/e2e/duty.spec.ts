import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, importBundle, nav, openDemoOffice, openExchange, setUpOffice, test, tmpDir } from './fixtures';
import { pdfInfo, pageTexts } from './print-pdf';

const TITLE = '关于勤业新村增设夜间临时停车位的情况反映';
const flat = (t: string) => t.replace(/\s+/g, '');

/** Import the newest bundle from `prefix` on the stick, enrolling the sender on first contact. */
async function importFrom(page: Page, stick: string, prefix: string) {
  await importBundle(page, readdirSync(stick).filter((f) => f.startsWith(prefix)).sort().pop()!, '处更改', { enrol: true });
}

/** The member's record line for a rule, as shown on their 履职档案 page. */
async function memberRecord(page: Page, memberId: string) {
  await page.goto(page.url().replace(/#.*$/, `#/duty/member/${memberId}`));
  await expect(page.getByTestId('member-duty')).toBeVisible({ timeout: 60_000 });
}

test('a 社情民意 recorded at the office, adopted at HQ by bundle, counted at both; a rule changed at HQ changes the ranking; the 履职档案 prints', async ({ launch }) => {
  test.setTimeout(400_000);
  const stick = tmpDir('cd-stick-');
  const office = await launch.start({ folderAnswers: [stick, stick, stick, stick] });
  const p = office.page;
  await p.setViewportSize({ width: 1366, height: 768 });
  await openDemoOffice(p);
  // The totals below are read once and compared later: the demo must have finished filling.
  await expect(p.getByText('正在生成示例数据…')).toHaveCount(0, { timeout: 200_000 });

  // The office records a report: a member found by pinyin, the three parts; too short a form says what to fix.
  await nav(p, '社情民意');
  await expect(p.getByTestId('report-count')).toContainText(/共 \d+ 篇/, { timeout: 60_000 });
  await p.screenshot({ path: 'test-results/duty-reports-list.png' });
  await p.getByRole('button', { name: '录入社情民意' }).click();
  await p.getByRole('button', { name: '保存' }).click();
  await expect(p.getByText('标题：请填写社情民意的标题')).toBeVisible();
  await expect(p.getByText('反映人：请从名册中选择至少一名委员，或填写反映单位')).toBeVisible();
  await p.getByLabel('标题').fill(TITLE);
  // The roster is read while the demo is still being filled: type again until it has come.
  const picker = p.getByLabel('反映人（委员，可多选，第一位为领衔）');
  await expect(async () => {
    await picker.fill('');
    await picker.fill('张');
    await expect(p.getByRole('option').first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 120_000 });
  await p.getByRole('option').first().click();
  const member = (await p.getByRole('combobox', { name: '反映人（委员，可多选，第一位为领衔）' }).locator('..').locator('.MuiChip-label').first().textContent())!.trim();
  await p.getByLabel('情况').fill('勤业新村建于上世纪八十年代，夜间停车位缺口约三百个，车辆占用消防通道。');
  await p.getByLabel('原因分析').fill('小区规划时未预留停车空间，周边公共停车场夜间未开放。');
  await p.getByLabel('意见建议').fill('建议错时开放周边机关单位停车场，在小区外道路施划夜间临时停车位。');
  await p.screenshot({ path: 'test-results/duty-report-form.png' });
  await p.getByRole('button', { name: '保存' }).click();
  await expect(p.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(p.getByTestId('report-meta')).toContainText(member);
  await expect(p.getByRole('region', { name: '采用及批示' })).toContainText('尚未采用');
  const reportUrl = p.url();
  const memberId = await p.evaluate(async (id) => {
    const req = indexedDB.open('committee-desk');
    const db: IDBDatabase = await new Promise((ok) => { req.onsuccess = () => ok(req.result); });
    const r = await new Promise<{ reporters: Array<{ memberId: string }> }>((ok) => { const g = db.transaction('reports').objectStore('reports').get(id); g.onsuccess = () => ok(g.result); });
    return r.reporters[0].memberId;
  }, reportUrl.split('/').pop()!);

  // Counted in the member's record at the office: the item links back to the report.
  await memberRecord(p, memberId);
  await p.getByRole('combobox', { name: '统计期间' }).click();
  await p.getByRole('option', { name: `${new Date().getFullYear()}年度` }).click();
  const given = p.getByTestId('duty-item').filter({ hasText: `报送社情民意「${TITLE}」` });
  await expect(given).toHaveCount(1);
  await expect(given).toContainText('+2');
  await p.screenshot({ path: 'test-results/duty-member-office.png' });
  const officeTotal = Number((await p.getByTestId('duty-total').textContent())!.match(/(-?\d+) 分/)![1]);
  // A session on the record opens that session (the loader keeps items, not the attendance rows behind them).
  const attended = p.getByTestId('duty-item').filter({ hasText: /出席|请假|缺席/ }).first();
  const sessionTitle = /「(.+)」/.exec((await attended.textContent()) ?? '')![1];
  await attended.getByRole('button').click();
  await expect(p).toHaveURL(/#\/sessions\/[0-9a-f-]{36}$/);
  await expect(p.getByText(sessionTitle).first()).toBeVisible();

  // The rule table is HQ's: the office sees it read-only and why.
  await p.goto(p.url().replace(/#.*$/, '#/duty/rules'));
  await expect(p.getByTestId('rules-authority')).toContainText('履职积分规则由区政协填写，本办公室只能查看');
  await expect(p.getByLabel('报送社情民意分值')).toBeDisabled();

  // The office exports; HQ enrols it and imports.
  await openExchange(p);
  await p.getByRole('button', { name: '导出数据包…' }).click();
  await expect(p.getByTestId('export-result')).toContainText('社情民意', { timeout: 120_000 });
  const hq = await launch.start({ folderAnswers: [stick, stick, stick] });
  const h = hq.page;
  await h.setViewportSize({ width: 1366, height: 768 });
  await setUpOffice(h, '区政协机关', 'HQ', true);
  await importFrom(h, stick, 'DEMO-01');

  // HQ adopts it at 市政协 (单篇采用, 期号) and records a 批示.
  await nav(h, '社情民意');
  await h.getByLabel('查找（标题、反映人、内容）').fill('夜间临时停车位');
  await h.getByRole('table', { name: '社情民意列表' }).getByText(TITLE).click();
  await h.getByLabel('采用级别').click();
  await h.getByRole('option', { name: '市政协' }).click();
  await h.getByLabel('编入《社情民意》期号').fill('2026年第9期');
  await h.getByRole('button', { name: '记录采用' }).click();
  await expect(h.getByTestId('adoption')).toContainText('市政协单篇采用');
  await h.getByLabel('批示领导').fill('副市长');
  await h.getByLabel('级别', { exact: true }).click();
  await h.getByRole('option', { name: '市级' }).click();
  await h.getByRole('button', { name: '记录批示' }).click();
  await expect(h.getByTestId('instruction')).toContainText('副市长');
  await h.screenshot({ path: 'test-results/duty-report-hq.png', fullPage: true });

  // Counted at HQ: given 2 + 市政协 10 + 批示 10.
  await memberRecord(h, memberId);
  await h.getByRole('combobox', { name: '统计期间' }).click();
  await h.getByRole('option', { name: `${new Date().getFullYear()}年度` }).click();
  await expect(h.getByTestId('duty-item').filter({ hasText: `社情民意「${TITLE}」被市政协单篇采用，编入2026年第9期` })).toContainText('+10');
  await expect(h.getByTestId('duty-item').filter({ hasText: `社情民意「${TITLE}」获副市长（市级）批示` })).toContainText('+10');
  const hqTotal = Number((await h.getByTestId('duty-total').textContent())!.match(/(-?\d+) 分/)![1]);
  expect(hqTotal).toBe(officeTotal + 20);

  // HQ changes a rule: 报送社情民意 2 → 20. The ranking changes with it.
  await nav(h, '履职档案');
  const row = () => h.getByTestId('ranking-row').filter({ has: h.getByRole('button', { name: member, exact: true }) });
  // The screen redraws once the loader's items replace the kept ones: choose the period after that.
  await expect(h.getByRole('button', { name: '打印和导出' })).toBeVisible({ timeout: 60_000 });
  await h.getByRole('combobox', { name: '统计期间' }).click();
  await h.getByRole('option', { name: `${new Date().getFullYear()}年度` }).click();
  await h.getByLabel('只看未达到基本要求的').uncheck();
  const rankOf = async () => {
    // The ranking opens from the items kept last time, then shows the loader's once every record is read
    // (打印和导出 is offered from then on): search its pages only then, or the rows move under the search.
    await expect(h.getByRole('button', { name: '打印和导出' })).toBeVisible({ timeout: 60_000 });
    await expect(h.getByTestId('ranking-updating')).toHaveCount(0);
    for (let i = 0; i < 40; i++) {
      if (await row().count()) return Number(await row().locator('td').first().textContent());
      const next = h.getByRole('button', { name: '下一页' });
      if (!(await next.isEnabled())) break;
      await next.click();
    }
    throw new Error('member not in the ranking');
  };
  const before = await rankOf();
  await expect(row().getByTestId('ranking-total')).toHaveText(String(hqTotal));
  await h.screenshot({ path: 'test-results/duty-ranking-hq.png' });
  await h.getByRole('button', { name: '积分规则' }).click();
  await expect(h.getByTestId('rules-authority')).toContainText('积分规则由区政协统一制定');
  await h.getByLabel('报送社情民意分值').fill('20');
  await h.getByTestId('rule-report.given').getByRole('button', { name: '保存' }).click();
  await expect(h.getByTestId('rule-report.given')).toContainText('默认 2/1');
  await h.screenshot({ path: 'test-results/duty-rules-hq.png' });
  await h.getByRole('button', { name: '返回排名' }).click();
  const after = await rankOf();
  const reports = await h.evaluate(async (mid) => {
    const req = indexedDB.open('committee-desk');
    const db: IDBDatabase = await new Promise((ok) => { req.onsuccess = () => ok(req.result); });
    const all = await new Promise<Array<{ date: string; deleted: number; reporters: Array<{ kind: string; memberId?: string }> }>>((ok) => { const g = db.transaction('reports').objectStore('reports').getAll(); g.onsuccess = () => ok(g.result); });
    const year = String(new Date().getFullYear());
    return all.filter((r) => !r.deleted && r.date.startsWith(year) && r.reporters.filter((x) => x.kind === 'member')[0]?.memberId === mid).length;
  }, memberId);
  // Each report the member led this year now gives 18 more.
  await expect(row().getByTestId('ranking-total')).toHaveText(String(hqTotal + 18 * reports));
  expect(after).toBeLessThanOrEqual(before);

  // HQ's adoption, 批示 and rule go back to the office with the next bundle.
  await openExchange(h);
  await h.getByRole('button', { name: '导出数据包…' }).click();
  await expect(h.getByTestId('export-result')).toContainText('履职积分规则');
  await importFrom(p, stick, 'HQ_');
  await p.goto(reportUrl);
  await expect(p.getByTestId('adoption')).toContainText('市政协单篇采用');
  await expect(p.getByTestId('instruction')).toContainText('副市长');
  await memberRecord(p, memberId);
  await expect(p.getByTestId('duty-total')).toContainText(`${hqTotal + 18 * reports} 分`);
  await p.goto(p.url().replace(/#.*$/, '#/duty/rules'));
  await expect(p.getByLabel('报送社情民意分值')).toHaveValue('20');

  // The office prints the member's 履职档案 and reads the PDF.
  await memberRecord(p, memberId);
  await p.getByRole('button', { name: '打印履职档案' }).click();
  await expect(p.getByTestId('pending-job')).toBeVisible();
  await p.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(p.getByTestId('print-status')).toContainText('已保存', { timeout: 60_000 });
  const pdf = (await p.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
  const info = pdfInfo(pdf);
  expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
  expect(info.pages).toBeLessThanOrEqual(2);
  const text = flat(pageTexts(pdf).join(''));
  for (const t of [`${new Date().getFullYear()}年度委员履职档案`, member, '履职积分', `${hqTotal + 18 * reports}分`, '报送社情民意', `社情民意「${TITLE}」被市政协单篇采用`]) expect(text).toContain(flat(t));
  await p.screenshot({ path: 'test-results/duty-print-record.png' });

  // The office deletes the report: it asks first (取消 keeps it), then the report and its points go.
  await p.goto(reportUrl);
  await p.getByRole('button', { name: '删除', exact: true }).click();
  const ask = p.getByRole('dialog', { name: '删除这篇社情民意？' });
  await expect(ask).toContainText(`「${TITLE}」删除后不再列出，也不再计入反映人的履职档案。`);
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(p.getByRole('heading', { name: TITLE })).toBeVisible();
  await p.getByRole('button', { name: '删除', exact: true }).click();
  await p.getByRole('dialog', { name: '删除这篇社情民意？' }).getByRole('button', { name: '删除' }).click();
  await expect(p).toHaveURL(/#\/reports$/);
  await memberRecord(p, memberId);
  await expect(p.getByTestId('duty-item').filter({ hasText: `社情民意「${TITLE}」` })).toHaveCount(0);
});
