import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openExchange, setUpOffice, test, tmpDir } from './fixtures';

async function exportOne(page: Page): Promise<string> {
  await openExchange(page);
  await page.getByRole('button', { name: '导出数据包…' }).click();
  await expect(page.getByTestId('export-result')).toContainText('已导出');
  return (await page.getByTestId('my-fingerprint').textContent())!;
}

test("a data folder copied to the door laptop is caught at start-up, set up as the office's second computer, and HQ enrols it as such", async ({ launch }) => {
  test.setTimeout(240_000);
  const deskStick = tmpDir('cd-stick-');
  const doorStick = tmpDir('cd-stick-');
  const deskDir = tmpDir();
  const desk = await launch.start({ dataDir: deskDir, machine: 'desk-pc', folderAnswers: [deskStick] });
  await setUpOffice(desk.page, '南大街街道政协工委', 'ZL-NDJ');
  const deskFp = await exportOne(desk.page);
  await desk.close();

  // The whole data folder is copied to the laptop, which starts from it.
  const doorDir = tmpDir();
  cpSync(deskDir, doorDir, { recursive: true, filter: (src) => !path.basename(src).startsWith('Singleton') });
  const door = await launch.start({ dataDir: doorDir, machine: 'door-laptop', folderAnswers: [doorStick] });
  await expect(door.page.getByRole('heading', { name: '这个数据文件夹是从另一台电脑复制来的' })).toBeVisible();
  await expect(door.page.getByTestId('office-name')).toHaveCount(0);
  await door.page.screenshot({ path: 'test-results/computers-copied-folder.png' });
  await door.page.getByRole('button', { name: '设为本办公室的另一台电脑' }).click();
  const doorFp = (await door.page.getByTestId('new-fingerprint').textContent())!;
  expect(doorFp).not.toBe(deskFp);
  await door.page.screenshot({ path: 'test-results/computers-new-computer.png' });
  await door.page.getByRole('button', { name: '继续' }).click();
  await expect(door.page.getByTestId('office-name')).toContainText('南大街街道政协工委');
  expect(await exportOne(door.page)).toBe(doorFp);

  // HQ enrols the desk PC, then the laptop as another computer of the same office.
  const hq = await launch.start({ folderAnswers: [deskStick, doorStick] });
  await setUpOffice(hq.page, '区政协机关', 'HQ', true);
  await openExchange(hq.page);
  await hq.page.getByRole('button', { name: '从文件夹导入…' }).click();
  const [deskBundle] = readdirSync(deskStick);
  await hq.page.getByTestId(`bundle-${deskBundle}`).getByRole('button', { name: '导入' }).click();
  await expect(hq.page.getByTestId('enrol-fingerprint')).toHaveText(deskFp);
  await hq.page.getByRole('button', { name: '指纹一致，登记并导入' }).click();
  await expect(hq.page.getByTestId(`bundle-${deskBundle}`)).toContainText('已导入过');

  await hq.page.getByRole('button', { name: '从文件夹导入…' }).click();
  const [doorBundle] = readdirSync(doorStick);
  await hq.page.getByTestId(`bundle-${doorBundle}`).getByRole('button', { name: '导入' }).click();
  await expect(hq.page.getByTestId('enrol-fingerprint')).toHaveText(doorFp);
  await expect(hq.page.getByText(/已经登记过电脑，这个数据包来自它的另一台电脑/)).toBeVisible();
  await expect(hq.page.getByText(`已登记的电脑：指纹 ${deskFp}`)).toBeVisible();
  await hq.page.screenshot({ path: 'test-results/computers-hq-enrol-another.png' });
  await hq.page.getByRole('button', { name: '指纹一致，作为另一台电脑登记' }).click();
  await expect(hq.page.getByTestId(`bundle-${doorBundle}`)).toContainText('已导入过');

  // The exchange page lists both computers of the office and says how they share records.
  await hq.page.reload();
  await openExchange(hq.page);
  const rows = hq.page.getByTestId('peer-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: deskFp })).toContainText('在用');
  await expect(rows.filter({ hasText: doorFp })).toContainText('在用');
  await expect(hq.page.getByTestId('shared-office')).toContainText('ZL-NDJ 有多台电脑在用');
  await hq.page.getByTestId('shared-office').scrollIntoViewIfNeeded();
  await hq.page.screenshot({ path: 'test-results/computers-hq-peers.png', fullPage: true });
});
