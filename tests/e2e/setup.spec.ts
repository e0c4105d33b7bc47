import type { Page } from '@playwright/test';
import { expect, openDemoOffice, test, tmpDir, type HostFactory } from './fixtures';

test('a new user completes setup, reloads, and finds the office still there', async ({ launch }) => {
  const dataDir = tmpDir();
  const { page } = await launch.start({ dataDir });
  await expect(page.getByRole('heading', { name: '欢迎使用政协工委助手' })).toBeVisible();

  // Bad input is refused with a message that says what to fix.
  await page.getByLabel('办公室名称').fill('南');
  await page.getByLabel('办公室代码').fill('南大街');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('办公室名称至少 2 个字')).toBeVisible();
  await expect(page.getByText(/办公室代码只能用/)).toBeVisible();

  await page.getByLabel('办公室名称').fill('南大街街道政协工委');
  await page.getByLabel('办公室代码').fill('zl-ndj');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByTestId('office-name')).toHaveText('南大街街道政协工委（街道政协工委）');

  await page.reload();
  await expect(page.getByTestId('office-name')).toHaveText('南大街街道政协工委（街道政协工委）');
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByTestId('setting-代码')).toHaveText('ZL-NDJ');
  await expect(page.getByTestId('setting-数据文件夹')).toHaveText(dataDir);
  await expect(page.getByTestId('setting-持久存储')).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/shell-after-setup.png' });
});

test('the office survives a restart of the host over the same data folder', async ({ launch }) => {
  const dataDir = tmpDir();
  const first = await launch.start({ dataDir });
  await first.page.getByLabel('办公室名称').fill('区政协机关');
  await first.page.getByLabel('办公室代码').fill('HQ');
  await first.page.getByLabel('区政协机关').check();
  await first.page.getByRole('button', { name: '开始使用' }).click();
  await expect(first.page.getByTestId('office-name')).toHaveText('区政协机关（区政协机关）');
  // HQ's home page speaks of the offices it exchanges with, not of 区政协.
  await expect(first.page.getByText('与各办公室的数据交换')).toBeVisible();
  await expect(first.page.getByText('还没有收到过任何办公室的数据包。')).toBeVisible();
  await expect(first.page.getByText('与区政协的数据交换')).toHaveCount(0);
  await first.close();

  const second = await launch.start({ dataDir });
  await expect(second.page.getByTestId('office-name')).toHaveText('区政协机关（区政协机关）');
});

test('the demo office opens with its members listed', async ({ launch }) => {
  const { page } = await launch.start();
  await openDemoOffice(page);
  await expect(page.getByRole('status').filter({ hasText: '正在生成示例数据' })).toBeVisible();
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();
  const rows = page.getByRole('table', { name: '委员名册' }).locator('tbody tr');
  await expect(rows).toHaveCount(300);
  // The demo's five years of sessions are written in the background, with a notice until done.
  await expect(page.getByRole('status').filter({ hasText: '正在生成示例数据' })).toHaveCount(0, { timeout: 60_000 });
  // Written whole: no notice that the demo stopped half-way.
  await expect(page.getByRole('status')).toHaveCount(0);
  // Its proposals are there with the numbers HQ gave them (an office cannot write those: they come as from HQ).
  await page.getByRole('button', { name: '提案' }).click();
  const proposals = page.getByRole('table', { name: '提案列表' }).locator('tbody tr');
  await expect(proposals.first()).toBeVisible();
  await expect(proposals.filter({ hasText: /第\d+号/ }).first()).toBeVisible();
  // Its 社情民意 include some HQ adopted (HQ's part comes as from HQ, as for the proposals).
  await page.getByRole('button', { name: '社情民意' }).click();
  await expect(page.getByTestId('report-count')).toContainText(/共 \d+ 篇/, { timeout: 60_000 });
  await expect(page.getByTestId('report-row').filter({ hasText: /政协(单篇|转送)采用/ }).first()).toBeVisible();
  // The home page leads to the work: members outside every committee, the coming sessions.
  await page.getByRole('button', { name: '首页' }).click();
  await expect(page.getByTestId('home-no-committee')).toHaveText(/^\d+$/);
  const noCommittee = Number(await page.getByTestId('home-no-committee').textContent());
  expect(noCommittee).toBeGreaterThan(0);
  await expect(page.getByText(`有 ${noCommittee} 名在任委员还没有加入任何专委会`)).toBeVisible();
  const upcoming = page.getByRole('list', { name: '近期学习活动' }).getByRole('button');
  await expect(upcoming.first()).toBeVisible();
  const title = ((await upcoming.first().locator('.MuiListItemText-primary').textContent()) ?? '').split('　')[1];
  expect(title.length).toBeGreaterThan(1);
  await upcoming.first().click();
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByText(title).first()).toBeVisible();
  // 首页's duty line and the list it opens count the same members: last year's, 在任 only.
  await page.getByRole('button', { name: '首页' }).click();
  const short = page.getByTestId('home-duty-short');
  await expect(short).toContainText(/\d+年度有 \d+ 名在任委员未达到履职基本要求/, { timeout: 60_000 });
  const [, year, count] = /(\d+)年度有 (\d+) 名/.exec((await short.textContent()) ?? '')!;
  await short.getByRole('button', { name: '查看名单' }).click();
  await expect(page.getByTestId('ranking-summary')).toContainText(`${year}年度 共`);
  await expect(page.getByTestId('ranking-summary')).toContainText(`名在任委员，${count} 名未达到基本要求`);
  await expect(page.getByTestId('ranking-row')).toHaveCount(Math.min(Number(count), 100));
});

test('the demo office can be left for a real setup, and its data goes with it', async ({ launch }) => {
  const { page } = await launch.start();
  await openDemoOffice(page);
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('button', { name: '结束试用，设置正式办公室' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用政协工委助手' })).toBeVisible();
  await page.getByLabel('办公室名称').fill('西林街道政协工委');
  await page.getByLabel('办公室代码').fill('ZL-XL');
  await page.getByRole('button', { name: '开始使用' }).click();
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 0 人')).toBeVisible();
});

test('started with --demo, the app opens the demo office without asking', async ({ launch }) => {
  const { page } = await launch.start({ demo: true });
  await expect(page.getByTestId('office-name')).toContainText('示例街道政协工委');
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByTestId('setting-身份')).toContainText('示例办公室');
});

/** A host over a new data folder with 南大街街道政协工委 (ZL-NDJ) set up. */
async function newOffice(launch: HostFactory): Promise<Page> {
  const { page } = await launch.start({ dataDir: tmpDir() });
  await page.getByLabel('办公室名称').fill('南大街街道政协工委');
  await page.getByLabel('办公室代码').fill('ZL-NDJ');
  await page.getByRole('button', { name: '开始使用' }).click();
  return page;
}

test('a new office: the getting-started list ticks itself off from the data, and can be put away', async ({ launch }) => {
  const page = await newOffice(launch);
  const list = page.getByTestId('getting-started');
  await expect(list).toBeVisible();
  await expect(page.getByTestId('getting-started-progress')).toHaveText('已完成 0/4');
  const steps = list.getByRole('list', { name: '开始使用的几步' }).getByRole('listitem');
  await expect(steps).toHaveText([/导入名册/, /核对名录/, /安排第一次学习活动/, /向区政协报送第一个数据包/]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/home-getting-started.png' });

  // Looking at the 名录 ticks that step.
  await steps.nth(1).getByRole('button', { name: '去核对' }).click();
  await expect(page.getByRole('heading', { name: '名录管理' })).toBeVisible();
  await page.getByRole('button', { name: '首页' }).click();
  await expect(page.getByTestId('getting-started-progress')).toHaveText('已完成 1/4');
  await expect(steps.nth(1)).toHaveAttribute('data-done', 'true');

  // A first member ticks 导入名册.
  await page.getByRole('button', { name: '委员名册' }).click();
  await page.getByRole('button', { name: '新增委员' }).click();
  await page.getByRole('dialog').getByLabel('姓名').fill('郑爽');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '郑爽' })).toBeVisible();
  await page.getByRole('button', { name: '首页' }).click();
  await expect(page.getByTestId('getting-started-progress')).toHaveText('已完成 2/4');
  await expect(steps.nth(0)).toHaveAttribute('data-done', 'true');
  await expect(steps.nth(2)).toHaveAttribute('data-done', 'false');
  await page.screenshot({ path: 'test-results/home-getting-started-2.png' });

  // Put away, it stays away after a reload.
  await list.getByRole('button', { name: '不再显示' }).click();
  await expect(list).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('home-active')).toHaveText('1');
  await expect(page.getByTestId('getting-started')).toHaveCount(0);
});

test('the office can be renamed after setup; the code stays and the screen says why', async ({ launch }) => {
  const page = await newOffice(launch);
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('button', { name: '更改名称…' }).click();
  const dialog = page.getByRole('dialog', { name: '更改办公室名称' });
  await expect(dialog).toContainText('办公室代码 ZL-NDJ 不变：数据包和区政协都靠代码认出本办公室');
  // A name too short is refused in words and changes nothing.
  await dialog.getByLabel('名称').fill('南');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('办公室名称至少 2 个字')).toBeVisible();
  await dialog.getByLabel('名称').fill('南大街街道政协工作委员会');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/settings-rename.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('office-name')).toHaveText('南大街街道政协工作委员会（街道政协工委）');
  await expect(page.getByTestId('setting-代码')).toHaveText('ZL-NDJ');
  await page.reload();
  await expect(page.getByTestId('office-name')).toHaveText('南大街街道政协工作委员会（街道政协工委）');
  await expect(page.getByTestId('setting-名称')).toHaveText('南大街街道政协工作委员会');
});
