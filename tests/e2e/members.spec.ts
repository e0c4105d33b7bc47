import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoMembers } from '../../shared/demo/generator';
import { expect, openDemoOffice, test, tmpDir } from './fixtures';

/** A roster as offices keep it: merged title, a blank row, headers with full-width spaces, a phone stored as a number. */
async function messyWorkbook(file: string, existing: { name: string; memberNo: string }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.getCell('A1').value = '西林街道政协委员名册';
  ws.mergeCells('A1:I1');
  ws.getRow(3).values = ['序号', '姓　名', '性别', '党派', '界别', '专委会', '工作单位及职务', '联系电话', '委员编号'];
  ws.getRow(4).values = [1, '张三', '男', '中共党员', '经济', '提案委员会', '常州大学教授', 13800138000, 'X0001'];
  ws.getRow(5).values = [2, '单晓红', '女', '民盟', '教育', '', '钟楼区实验小学校长', '1380013800', 'X0002'];
  ws.getRow(6).values = [3, '李 四', '男', '无党派', '新兴产业', '经济科技委员会', '常州恒达科技有限公司总经理', '13900001111', 'X0003'];
  ws.getRow(7).values = [4, existing.name, '', '', '', '', '', '13912345678', existing.memberNo];
  ws.getRow(9).values = [5, '', '男', '中共', '经济', '', '无名单位', '13900002222', 'X0005'];
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function search(page: Page, q: string) {
  await page.getByLabel('查找委员').fill(q);
  return page.getByRole('table', { name: '委员名册' }).locator('tbody tr');
}

test('import a messy workbook, fix it, find, edit, export and re-import without duplicates', async ({ launch }) => {
  const work = tmpDir('cd-roster-');
  const exportDir = tmpDir('cd-export-');
  const { page } = await launch.start({ folderAnswers: [exportDir, exportDir] });
  await openDemoOffice(page);
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();

  const first = demoMembers(300)[0];
  const sheet = path.join(work, '名册.xlsx');
  await messyWorkbook(sheet, first);
  await page.getByRole('button', { name: '导入名册' }).click();
  // Button text keeps its case (MUI would print 「EXCEL」).
  await expect(page.getByRole('button', { name: '选择 Excel 或 CSV 文件' })).toHaveCSS('text-transform', 'none');
  await page.getByTestId('import-file').setInputFiles(sheet);

  // The header under the title row is found and mapped by its Chinese names.
  await expect(page.getByLabel('表头所在行')).toHaveValue('3');
  const mapping = page.getByRole('table', { name: '列对应' });
  await expect(mapping.getByRole('row', { name: /^姓\s名/ }).getByRole('combobox')).toHaveText('姓名');
  await expect(mapping.getByRole('row', { name: /联系电话/ }).getByRole('combobox')).toHaveText('联系电话');
  await expect(mapping.getByRole('row', { name: /序号/ }).getByRole('combobox')).toHaveText('不导入');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('新增 1 人');
  await expect(summary).toContainText('更新 1 人');
  await expect(summary).toContainText('跳过 3 行');
  await expect(page.getByTestId('problem-row-5')).toContainText('联系电话「1380013800」格式不对');
  await expect(page.getByTestId('problem-row-6')).toContainText('界别「新兴产业」不在界别名录中');
  await expect(page.getByTestId('problem-row-9')).toContainText('缺少姓名');

  // Fix the phone in place, and add the unknown sector to the list.
  await page.getByLabel('第 5 行联系电话').fill('13800138001');
  await page.getByTestId('problem-row-5').getByRole('button', { name: '改正' }).click();
  await page.getByRole('button', { name: '添加到界别名录' }).click();
  await expect(summary).toContainText('新增 3 人');
  await expect(summary).toContainText('跳过 1 行');
  await page.screenshot({ path: 'test-results/members-import-preview.png', fullPage: true });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByText('导入完成：新增 3 人，更新 1 人')).toBeVisible();
  await expect(page.getByText('共 303 人')).toBeVisible();

  // Find as typed: initials, surname reading, member number.
  let rows = await search(page, 'zs');
  await expect(rows.first()).toContainText('张三');
  rows = await search(page, 'shan');
  await expect(rows.filter({ hasText: '单晓红' })).toHaveCount(1);
  rows = await search(page, first.memberNo);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('13912345678');
  rows = await search(page, 'lisi');
  await expect(rows.filter({ hasText: '新兴产业' })).toHaveCount(1);

  // Edit a member from their page.
  rows = await search(page, 'zhangsan');
  await rows.filter({ hasText: 'X0001' }).click();
  await expect(page.getByRole('heading', { name: '张三' })).toBeVisible();
  await expect(page.getByTestId('member-联系电话')).toHaveText('13800138000');
  await page.getByRole('button', { name: '修改' }).click();
  await page.getByLabel('联系电话').fill('138-0013');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('联系电话格式不对')).toBeVisible();
  await page.getByLabel('联系电话').fill('13800138999');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('member-联系电话')).toHaveText('13800138999');
  await page.screenshot({ path: 'test-results/members-member-page.png', fullPage: true });

  // Export the whole roster and read the file back.
  await page.getByRole('button', { name: '返回名册' }).click();
  await page.getByLabel('查找委员').fill('');
  await page.getByRole('button', { name: '导出名册' }).click();
  await page.getByRole('menuitem', { name: '导出全部委员（303 人）' }).click();
  await expect(page.getByText(/已导出到/)).toBeVisible();
  const [file] = readdirSync(exportDir);
  expect(file).toMatch(/^委员名册-\d{8}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(path.join(exportDir, file))).buffer);
  const ws = wb.worksheets[0];
  expect(ws.getRow(2).values).toEqual([undefined, '委员编号', '姓名', '性别', '民族', '党派', '界别', '专委会', '工作单位及职务', '联系电话', '届别', '状态', '备注']);
  expect(ws.actualRowCount).toBe(305);
  const zhang = ws.getRows(3, 303)!.find((r) => r.getCell(1).value === 'X0001')!;
  expect(zhang.getCell(9).value).toBe('13800138999');

  // Re-import the export: every row matches an existing member, nothing new.
  await page.getByRole('button', { name: '导入名册' }).click();
  await page.getByTestId('import-file').setInputFiles(path.join(exportDir, file));
  await expect(summary).toContainText('无变化 303 人');
  await expect(summary).toContainText('新增 0 人');
  await expect(summary).toContainText('更新 0 人');
  await expect(summary).toContainText('跳过 0 行');
  await expect(page.getByRole('button', { name: /确认导入/ })).toBeDisabled();
  await page.getByRole('button', { name: '返回名册' }).click();
  await expect(page.getByText('共 303 人')).toBeVisible();
  await page.screenshot({ path: 'test-results/members-roster.png' });

  // A second export the same day goes next to the first, never over it.
  await page.getByRole('button', { name: '导出名册' }).click();
  await page.getByRole('menuitem', { name: /导出当前列表/ }).click();
  await expect(page.getByText(/已导出到 .*（2）\.xlsx/)).toBeVisible();
  expect(readdirSync(exportDir).sort()).toEqual([file, file.replace('.xlsx', '（2）.xlsx')]);
});

test('the district\'s sectors are read-only at an office; its own sector in use cannot be deleted silently, merging moves its members', async ({ launch }) => {
  const { page } = await launch.start();
  await openDemoOffice(page);
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();

  await page.getByRole('button', { name: '名录管理' }).click();
  await page.getByLabel('新增界别').fill('中共');
  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByText('界别名录中已有「中共」')).toBeVisible();
  // 体育 is one of the district's default entries: HQ keeps it; the office sees it locked.
  const list = page.getByRole('list', { name: '界别名录' });
  await expect(list.getByLabel('体育：区政协统一的默认项，由区政协维护')).toBeVisible();
  await expect(page.getByRole('button', { name: '删除 体育' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '改名 体育' })).toHaveCount(0);
  await page.getByLabel('新增界别').fill('新兴产业');
  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByRole('button', { name: '删除 新兴产业' })).toBeVisible();
  await page.screenshot({ path: 'test-results/members-reflists-locked.png' });

  // Two members move to the office's own sector.
  await page.getByRole('button', { name: '返回名册' }).click();
  const rows = page.getByRole('table', { name: '委员名册' }).locator('tbody tr');
  for (const i of [0, 1]) {
    await rows.nth(i).click();
    await page.getByRole('button', { name: '修改' }).click();
    await page.getByRole('combobox', { name: '界别' }).click();
    await page.getByRole('option', { name: '新兴产业', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('member-界别')).toHaveText('新兴产业');
    await page.getByRole('button', { name: '返回名册' }).click();
  }

  await page.getByRole('button', { name: '名录管理' }).click();
  await page.getByRole('button', { name: '删除 新兴产业' }).click();
  await expect(page.getByRole('dialog')).toContainText('2 名委员');
  await expect(page.getByRole('button', { name: '合并并删除' })).toBeDisabled();
  await page.getByRole('combobox', { name: '合并到' }).click();
  await page.getByRole('option', { name: '教育' }).click();
  await page.getByRole('button', { name: '合并并删除' }).click();
  await expect(page.getByText('已将「新兴产业」合并到「教育」')).toBeVisible();
  await expect(list).not.toContainText('新兴产业');

  // An unused entry goes with a plain confirmation.
  await page.getByLabel('新增界别').fill('新兴产业二');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByRole('button', { name: '删除 新兴产业二' }).click();
  await expect(page.getByRole('dialog')).toContainText('没有记录用到这一项');
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(list).not.toContainText('新兴产业二');

  await page.getByRole('button', { name: '返回名册' }).click();
  await page.getByRole('combobox', { name: '界别' }).click();
  await expect(page.getByRole('option', { name: '新兴产业', exact: true })).toHaveCount(0);
});

test('members in no committee are listed and put into one from the same screen', async ({ launch }) => {
  const { page } = await launch.start();
  await openDemoOffice(page);
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();
  const button = page.getByRole('button', { name: /未入专委会（\d+）/ });
  const before = Number((await button.textContent())!.match(/（(\d+)）/)![1]);
  expect(before).toBeGreaterThan(0);
  await button.click();
  await expect(page.getByTestId('no-committee-count')).toHaveText(`共 ${before} 人`);
  const row = page.getByRole('table', { name: /全员入委/ }).locator('tbody tr').first();
  const name = (await row.locator('td').first().textContent())!;
  await row.getByRole('combobox', { name: '选择专委会' }).click();
  await page.getByRole('option', { name: '提案委员会' }).click();
  await page.getByRole('button', { name: `${name} 加入` }).click();
  await expect(page.getByText(`${name} 已加入 提案委员会`)).toBeVisible();
  await expect(page.getByTestId('no-committee-count')).toHaveText(`共 ${before - 1} 人`);
  await page.screenshot({ path: 'test-results/members-no-committee.png' });
});

test('the filtered roster prints as an A4 PDF list', async ({ launch }) => {
  const outDir = tmpDir('cd-print-');
  const { page } = await launch.start({ folderAnswers: [outDir] });
  await openDemoOffice(page);
  await page.getByRole('button', { name: '委员名册' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();
  await page.getByRole('combobox', { name: '专委会' }).click();
  await page.getByRole('option', { name: '提案委员会' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('找到');
  const shown = Number((await page.getByTestId('roster-count').textContent())!.match(/找到 (\d+) 人/)![1]);

  await page.getByRole('button', { name: '打印名册' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`打印当前列表中的 ${shown} 名委员`);
  await dialog.getByLabel('名册标题').fill('');
  await dialog.getByRole('button', { name: '保存 PDF' }).click();
  await expect(dialog).toContainText('请填写名册标题');
  await dialog.getByLabel('名册标题').fill('提案委员会委员名单');
  await dialog.getByRole('button', { name: '保存 PDF' }).click();
  await expect(page.getByText(/已保存 \d+ 页的名册 PDF/)).toBeVisible({ timeout: 30_000 });
  const files = readdirSync(outDir);
  expect(files).toEqual(['提案委员会委员名单.pdf']);
  const pdf = readFileSync(path.join(outDir, files[0]));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
