import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, materialFile, openDemoOffice, openExchange, setUpOffice, test, tmpDir } from './fixtures';

function bundleRow(page: Page, name: string) {
  return page.getByTestId(`bundle-${name}`);
}

test('an office exports, HQ enrols and imports, corrects a member and plans a session, the office imports both', async ({ launch }) => {
  test.setTimeout(240_000);
  const stick = tmpDir('cd-stick-');
  const office = await launch.start({ folderAnswers: [stick, stick] });
  await openDemoOffice(office.page);
  await office.page.getByRole('button', { name: '委员名册' }).click();
  await expect(office.page.getByText('共 300 人')).toBeVisible();

  // The office exports everything HQ has not acknowledged, with a progress bar and counts per kind.
  await openExchange(office.page);
  const officeFingerprint = (await office.page.getByTestId('my-fingerprint').textContent())!;
  await office.page.getByRole('button', { name: '导出数据包…' }).click();
  const exported = office.page.getByTestId('export-result');
  await expect(exported).toContainText('委员 300 处更改', { timeout: 60_000 });
  const [bundle] = readdirSync(stick);
  expect(bundle).toMatch(/^DEMO-01_\d{8}_0001_to_HQ\.cdsync$/);
  await office.page.screenshot({ path: 'test-results/exchange-office-export.png', fullPage: true });
  // The home page knows about the export before HQ has sent anything back.
  await office.page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '首页' }).click();
  await expect(office.page.getByTestId('exported-only')).toContainText('发往区政协：上次导出');
  await openExchange(office.page);

  // A tampered copy on the same stick.
  const bytes = readFileSync(path.join(stick, bundle));
  bytes[bytes.length - 100] ^= 0x01;
  writeFileSync(path.join(stick, 'DEMO-01_tampered.cdsync'), bytes);

  // HQ: a new installation.
  const hq = await launch.start({ folderAnswers: [stick, stick] });
  await setUpOffice(hq.page, '区政协机关', 'HQ', true);
  await openExchange(hq.page);
  await hq.page.getByRole('button', { name: '从文件夹导入…' }).click();
  await expect(bundleRow(hq.page, bundle)).toContainText('待登记');
  // The listing checks every file: the tampered copy is marked damaged and says why, before anything is imported.
  const tampered = bundleRow(hq.page, 'DEMO-01_tampered.cdsync');
  await expect(tampered).toContainText('已损坏');
  await expect(tampered).toContainText(/校验值不符|被改动/);
  await expect(tampered.getByRole('button', { name: '导入' })).toBeDisabled();

  // First bundle from this office: HQ confirms the fingerprint read over the phone, then it is imported.
  await bundleRow(hq.page, bundle).getByRole('button', { name: '导入' }).click();
  await expect(hq.page.getByTestId('enrol-fingerprint')).toHaveText(officeFingerprint);
  await hq.page.screenshot({ path: 'test-results/exchange-hq-enrol.png' });
  await hq.page.getByRole('button', { name: '指纹一致，登记并导入' }).click();
  await expect(bundleRow(hq.page, bundle).getByTestId('import-outcome')).toContainText('委员 300 处更改', { timeout: 90_000 });
  await expect(bundleRow(hq.page, bundle)).toContainText('已导入过');

  // The tampered copy is still listed as damaged, not as imported; the same file again says it was imported.
  await expect(tampered).toContainText('已损坏');
  await bundleRow(hq.page, bundle).getByRole('button', { name: '导入' }).click();
  await expect(bundleRow(hq.page, bundle).getByTestId('import-outcome')).toContainText('已经导入过');
  await hq.page.screenshot({ path: 'test-results/exchange-hq-import.png', fullPage: true });

  // HQ's home says plainly that nothing went back to the office yet (not 上次导出 从未), and ticks 登记各办公室.
  await hq.page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '首页' }).click();
  await expect(hq.page.getByText(/示例街道政协工委：还没有发过数据包，上次导入 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(hq.page.getByText(/从未/)).toHaveCount(0);
  await expect(hq.page.getByTestId('getting-started-progress')).toHaveText('已完成 1/3');
  await hq.page.setViewportSize({ width: 1366, height: 768 });
  await hq.page.screenshot({ path: 'test-results/home-hq.png' });

  // HQ looks at the office's roster through the office filter and corrects a member.
  await hq.page.getByTestId('office-filter').click();
  await hq.page.getByRole('option', { name: /DEMO-01/ }).click();
  await hq.page.getByRole('button', { name: '委员名册' }).click();
  await expect(hq.page.getByText('共 300 人')).toBeVisible();
  const firstRow = hq.page.getByRole('table', { name: '委员名册' }).locator('tbody tr').first();
  const memberNo = (await firstRow.locator('td').first().textContent())!.trim();
  expect(memberNo).not.toBe('');
  await firstRow.click();
  await hq.page.getByRole('button', { name: '修改' }).click();
  await hq.page.getByLabel('联系电话').fill('13912340000');
  await hq.page.getByRole('button', { name: '保存' }).click();
  await expect(hq.page.getByTestId('member-联系电话')).toHaveText('13912340000');

  // HQ plans a session for the office (the filter is on DEMO-01, so the session is the office's).
  await hq.page.getByRole('button', { name: '学习活动' }).click();
  await hq.page.getByRole('button', { name: '新建活动' }).click();
  await expect(hq.page.getByTestId('new-record-office')).toContainText('新记录将属于办公室 DEMO-01');
  await hq.page.getByLabel('活动名称').fill('区政协统一安排的专题学习会');
  await hq.page.getByLabel('日期').fill('2027-03-15');
  await hq.page.getByLabel('地点').fill('区政协会议室');
  await hq.page.getByLabel('全体在任委员').check();
  await hq.page.getByRole('button', { name: '保存' }).click();
  await expect(hq.page.getByTestId('session-title')).toHaveText('区政协统一安排的专题学习会');
  // It attaches the talk and a scan; the scan is then lost from HQ's disk before the export.
  const talk = Buffer.from('讲稿：学习贯彻全会精神', 'utf8');
  await hq.page.getByLabel('添加材料').setInputFiles([
    { name: '讲稿.docx', mimeType: 'application/octet-stream', buffer: talk },
    { name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0x00]) },
  ]);
  await expect(hq.page.getByRole('list', { name: '学习材料' })).toContainText('扫描件.pdf');
  const hqFiles = path.join(hq.services.options.dataDir, 'attachments');
  const [sessionDir] = readdirSync(hqFiles);
  rmSync(materialFile(hq.services.options.dataDir, sessionDir, '扫描件.pdf'));

  // HQ exports back to the office.
  await openExchange(hq.page);
  await hq.page.getByRole('button', { name: '导出数据包…' }).click();
  await expect(hq.page.getByTestId('export-result')).toContainText('委员 1 处更改');
  // Three writes of the session: the plan, and each material added.
  await expect(hq.page.getByTestId('export-result')).toContainText('学习活动 3 处更改');
  await expect(hq.page.getByTestId('export-missing-files')).toContainText('有 1 个会议材料文件在本机找不到，没有随数据包发送');
  await hq.page.screenshot({ path: 'test-results/exchange-hq-export-missing-file.png', fullPage: true });
  const back = readdirSync(stick).find((f) => f.startsWith('HQ_'))!;
  expect(back).toMatch(/^HQ_\d{8}_0001_to_DEMO-01\.cdsync$/);

  // The office enrols HQ the same way and imports.
  await office.page.getByRole('button', { name: '从文件夹导入…' }).click();
  await expect(bundleRow(office.page, bundle)).toContainText('本机导出的');
  await bundleRow(office.page, back).getByRole('button', { name: '导入' }).click();
  await expect(office.page.getByTestId('enrol-fingerprint')).toHaveText((await hq.page.getByTestId('my-fingerprint').textContent())!);
  await office.page.getByRole('button', { name: '指纹一致，登记并导入' }).click();
  await expect(bundleRow(office.page, back).getByTestId('import-outcome')).toContainText('已导入');
  await office.page.screenshot({ path: 'test-results/exchange-office-import.png', fullPage: true });

  await office.page.getByRole('button', { name: '委员名册' }).click();
  await office.page.getByLabel('查找委员').fill(memberNo);
  await office.page.getByRole('table', { name: '委员名册' }).locator('tbody tr').first().click();
  await expect(office.page.getByTestId('member-联系电话')).toHaveText('13912340000');
  await office.page.getByRole('button', { name: '学习活动' }).click();
  await expect(office.page.getByText('区政协统一安排的专题学习会')).toBeVisible();
  // The talk came with the session, byte for byte, where the session's materials point.
  expect(readFileSync(materialFile(office.services.options.dataDir, sessionDir, '讲稿.docx'))).toEqual(talk);

  // Every exported and imported bundle is archived at both ends (the tampered copy is not).
  const archived = (dataDir: string) => readdirSync(path.join(dataDir, 'archive'), { recursive: true }).map(String).filter((f) => f.endsWith('.cdsync')).sort();
  expect(archived(office.services.options.dataDir)).toEqual([`DEMO-01/${bundle}`, `HQ/${back}`]);
  expect(archived(hq.services.options.dataDir)).toEqual([`DEMO-01/${bundle}`, `HQ/${back}`]);
});

test('backups in a folder are listed to choose from, previewed in people terms and restored in the app', async ({ launch }) => {
  test.setTimeout(180_000);
  const folder = tmpDir('cd-backup-');
  const app = await launch.start({ folderAnswers: [folder, folder, folder] });
  const { page } = app;
  await openDemoOffice(page);
  await openExchange(page);
  for (let i = 1; i <= 2; i++) {
    await page.getByRole('button', { name: '备份到文件夹…' }).click();
    await expect(page.getByText(/已备份：/)).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => readdirSync(folder).filter((f) => f.endsWith('.cdbackup')).length).toBe(i);
  }
  writeFileSync(path.join(folder, '别的文件.cdbackup'), 'not a backup');

  // Restoring from the folder lists its backups (not the newest taken without asking): date, office, what they hold.
  await page.getByRole('button', { name: '从文件夹中的备份恢复…' }).click();
  const chooser = page.getByRole('dialog', { name: '选择要恢复的备份' });
  await expect(chooser).toContainText('里有 2 份备份');
  const rows = chooser.getByRole('table', { name: '选择要恢复的备份' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('示例街道政协工委（本机）');
  await expect(rows.first()).toContainText('手动');
  await expect(rows.first()).toContainText(/委员 300 · 学习活动 [\d,]+ · 签到记录 [\d,]+ · 名录 \d+/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/backup-folder-list.png' });
  const olderWhen = (await rows.nth(1).locator('td').first().textContent())!;
  await rows.nth(1).getByRole('button', { name: '预览并恢复…' }).click();

  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog).toContainText(olderWhen);
  await expect(dialog.getByRole('row', { name: /委员/ })).toContainText('300');
  for (const word of ['学习活动', '签到记录', '名录']) await expect(dialog.getByRole('table', { name: '记录数' })).toContainText(word);
  for (const internal of ['操作日志', '本机状态', '冲突记录', '参考列表']) await expect(dialog).not.toContainText(internal);
  await page.screenshot({ path: 'test-results/backup-restore-preview.png' });
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已恢复。')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();
});

test('出勤统计 exported twice to a picked folder: the first file is kept, the rate is a number in a percent format', async ({ launch }) => {
  test.setTimeout(180_000);
  const folder = tmpDir('cd-figures-out-');
  const { page } = await launch.start({ folderAnswers: [folder, folder] });
  await openDemoOffice(page);
  await expect(page.getByRole('status').filter({ hasText: '正在生成示例数据' })).toHaveCount(0, { timeout: 120_000 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '学习活动' }).click();
  await page.getByRole('button', { name: '出勤统计' }).click();
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeEnabled({ timeout: 30_000 });
  const note = page.getByTestId('figures-note');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await expect(note).toContainText(`已导出：${folder}`);
  const first = (await note.textContent())!.match(/已导出：(.+\.xlsx)/)![1];
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await expect(note).toContainText('（2）.xlsx');
  const second = (await note.textContent())!.match(/已导出：(.+\.xlsx)/)![1];
  const saved = [first, second];
  const files = readdirSync(folder).sort();
  expect(files).toHaveLength(2);
  expect(path.basename(saved[1])).toBe(path.basename(saved[0]).replace(/\.xlsx$/, '（2）.xlsx'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(saved[0]) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('按活动')!;
  const totalRow = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '合计')!;
  const total = totalRow.getCell(11);
  // Under it, the rule the rates follow.
  expect(String(sheet.getRow(sheet.rowCount).getCell(1).value)).toMatch(/^计算口径：出席率 =/);
  expect(typeof total.value).toBe('number');
  expect(total.numFmt).toBe('0.0%');
});
