import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, tmpDir } from './fixtures';
import { pageTexts } from './print-pdf';

/**
 * Issue 12, "a clerk's week without Excel": a new office sets up, imports its
 * roster (a footer row under it), deletes a member added by mistake and takes
 * it back, plans a session (the form's messages go as the fields are fixed),
 * signs members in at the door with an ambiguous query, and prints the
 * sign-in sheet with a member on leave.
 */

const COMMITTEE = '教文卫体委员会';
const SHOTS = 'test-results/clerk-week';

async function roster(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.getCell('A1').value = '南大街街道政协委员名册';
  ws.mergeCells('A1:J1');
  ws.getRow(2).values = ['序号', '姓名', '性别', '民族', '界别', '专委会', '工作单位及职务', '联系电话', '出生年月', '通讯地址', '邮编'];
  const rows: Array<[string, string, string, string, string, string, string, string, string]> = [
    ['吴海晨', '男', '汉族', '教育', COMMITTEE, '南大街小学校长', '139-1234-0011', '1971.05', '213000'],
    ['李明远', '男', '', '医药卫生', COMMITTEE, '钟楼区人民医院副院长', '139 1234 0099', '1969-11', '213001'],
    ['张秀兰', '女', '回族', '文化艺术', COMMITTEE, '区文化馆馆员', '13912340022', '1975.03', ''],
    ['赵子健', '男', '汉族', '体育', COMMITTEE, '区体育中心主任', '13912340033', '', ''],
    ['万辉艳', '女', '汉族', '经济', '经济科技委员会', '南大街商会秘书长', '13912340044', '', ''],
    ['王华', '男', '汉族', '经济', '经济科技委员会', '恒达科技总经理', '13912340055', '', ''],
    ['误加的人', '男', '', '经济', '', '某单位', '', '', ''],
  ];
  rows.forEach((r, i) => {
    ws.getRow(3 + i).values = [i + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], '常州市钟楼区南大街 1 号', r[8]];
  });
  // The footer an office's sheet ends with: not a member.
  ws.getCell(`A${3 + rows.length}`).value = '制表人：南大街街道政协工委办公室';
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function localToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

function attendanceRow(page: Page, name: string): Locator {
  return page.getByRole('table', { name: '出勤情况' }).locator(`tbody tr[data-member="${name}"]`);
}

test('a new office: setup, a roster with a footer row, delete and undo, a session, the door, the sign-in sheet with leave', async ({ launch }) => {
  test.setTimeout(180_000);
  const work = tmpDir('cd-clerk-');
  const out = tmpDir('cd-clerk-pdf-');
  const { page } = await launch.start({ folderAnswers: [out, out] });
  await page.setViewportSize({ width: 1366, height: 768 });

  // Setup of a real office.
  await page.getByLabel('办公室名称').fill('南大街街道政协工委');
  await page.getByLabel('办公室代码').fill('ZL-NDJ');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByTestId('office-name')).toContainText('南大街街道政协工委');

  // The roster from Excel: the footer row is flagged and not imported.
  const sheet = path.join(work, '南大街名册.xlsx');
  await roster(sheet);
  await page.getByRole('button', { name: '委员名册' }).click();
  await page.getByRole('button', { name: '导入名册' }).click();
  await page.getByTestId('import-file').setInputFiles(sheet);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('新增 7 人');
  await expect(summary).toContainText('跳过 1 行');
  await expect(page.getByTestId('problem-row-10')).toContainText('这一行以「制表人」开头，像是表格下方的说明，不是委员');
  const mapping = page.getByRole('table', { name: '列对应' });
  await expect(mapping.getByRole('row', { name: /出生年月/ }).getByRole('combobox')).toHaveText('出生年月');
  await expect(mapping.getByRole('row', { name: /通讯地址/ }).getByRole('combobox')).toHaveText('联系地址');
  await expect(page.getByRole('checkbox', { name: '导入第 10 行' })).not.toBeChecked();
  await page.screenshot({ path: `${SHOTS}-import.png`, fullPage: true });
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByText('共 7 人')).toBeVisible();
  await expect(page.getByText('制表人')).toHaveCount(0);
  await expect(page.getByTestId('last-import')).toContainText('新增 7 人');

  // Both ways of writing a phone were taken, and search finds them either way.
  await page.getByLabel('查找委员').fill('139-1234-0099');
  await expect(page.getByRole('table', { name: '委员名册' }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('table', { name: '委员名册' })).toContainText('李明远');
  await page.getByLabel('查找委员').fill('');

  // The roster's optional columns show what the sheet carried.
  await page.getByLabel('显示列').click();
  await page.getByRole('option', { name: '出生年月' }).click();
  await page.getByRole('option', { name: '邮编' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page.getByRole('table', { name: '委员名册' }).locator('tbody tr').filter({ hasText: '吴海晨' })).toContainText('1971-05');
  await page.screenshot({ path: `${SHOTS}-roster.png` });

  // A member added by mistake: deleted, then 撤销 brings them back.
  await page.getByRole('table', { name: '委员名册' }).getByRole('button', { name: '误加的人' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('确定删除 误加的人 吗？');
  await page.screenshot({ path: `${SHOTS}-delete.png` });
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByText('共 6 人')).toBeVisible();
  await expect(page.getByText('已删除 误加的人')).toBeVisible();
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(page.getByText('共 7 人')).toBeVisible();
  await expect(page.getByText('已恢复 误加的人')).toBeVisible();

  // A second member of the same name is warned about before it is saved; 民族 starts empty.
  await page.getByRole('button', { name: '新增委员' }).click();
  await expect(page.getByLabel('民族')).toHaveValue('');
  await page.getByLabel('姓名').fill('王华');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('same-name-warning')).toContainText('名册中已有同名委员：王华（恒达科技总经理）');
  await expect(page.getByRole('button', { name: '仍然保存' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-member-dialog.png` });
  await page.getByRole('button', { name: '取消' }).click();

  // 撤销这次导入 says what it will do before it does anything.
  await page.getByTestId('last-import').getByRole('button', { name: '撤销这次导入' }).click();
  await expect(page.getByTestId('undo-import-plan')).toContainText('将删除这次导入新增的 7 位委员');
  await page.screenshot({ path: `${SHOTS}-undo-import.png` });
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('共 7 人')).toBeVisible();

  // Plan a session: each message goes as soon as its field is fixed.
  await page.getByRole('button', { name: '学习活动' }).click();
  await page.getByRole('button', { name: '新建活动' }).click();
  await page.getByLabel('活动名称').fill('学');
  await page.getByLabel('日期').fill(await localToday(page));
  await page.getByLabel('开始时间').fill('23:58');
  await page.getByLabel('结束时间').fill('10:00');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('活动名称至少 2 个字')).toBeVisible();
  await expect(page.getByText('结束时间应晚于开始时间')).toBeVisible();
  await expect(page.getByTestId('resolved-count')).toContainText('请选择应到人员');
  await expect(page.getByTestId('resolved-count')).toContainText('按当前名册，应到 0 人');
  await expect(page.getByLabel('活动名称')).toBeFocused();
  await page.screenshot({ path: `${SHOTS}-form-errors.png` });
  await page.getByLabel('活动名称').fill('教文卫体委员会专题学习会');
  await expect(page.getByText('活动名称至少 2 个字')).toHaveCount(0);
  await page.getByLabel('结束时间').fill('23:59');
  await expect(page.getByText('结束时间应晚于开始时间')).toHaveCount(0);
  await page.getByLabel('专委会').click();
  await page.getByRole('option', { name: COMMITTEE }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('resolved-count')).toHaveText('按当前名册，应到 4 人');
  await page.getByLabel('主持人').fill('陈主任');
  await page.screenshot({ path: `${SHOTS}-form-fixed.png` });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('session-title')).toHaveText('教文卫体委员会专题学习会');

  // Leave, taken without an approver as the paper sheet does.
  await attendanceRow(page, '张秀兰').getByRole('button', { name: '请假' }).click();
  await page.getByLabel('请假事由').fill('出差');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(attendanceRow(page, '张秀兰').getByTestId('status')).toHaveText('请假');

  // At the door: "wh" lists the required 吴海晨 first; Enter signs him in.
  await page.getByRole('button', { name: '现场签到' }).click();
  const input = page.getByLabel('签到输入');
  await input.pressSequentially('wh');
  await expect(page.getByTestId('signin-match')).toContainText('吴海晨');
  const listed = await page.getByRole('list', { name: '其他匹配' }).locator('[role=button]').allTextContents();
  expect(listed[0]).toContain('吴海晨');
  expect(listed.findIndex((n) => n.includes('万辉艳'))).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}-door.png` });
  await input.press('Enter');
  await expect(page.getByTestId('signin-banner')).toContainText('吴海晨');
  await expect(page.getByTestId('signin-banner')).toContainText('签到成功：出席');
  // "wanghua" finds 王华, who is not required: Enter asks before a 列席 is recorded.
  await input.pressSequentially('wanghua');
  await expect(page.getByTestId('signin-match')).toContainText('王华');
  await input.press('Enter');
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('王华 不是本次活动的应到人员');
  await page.screenshot({ path: `${SHOTS}-door-ask.png` });
  await ask.getByRole('button', { name: '不是，重新查找' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('signin-banner')).toContainText('吴海晨');
  await input.pressSequentially('wanghua');
  await input.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signin-banner')).toContainText('签到成功：列席');
  await page.getByRole('button', { name: '返回活动' }).click();
  await expect(attendanceRow(page, '王华').getByTestId('status')).toHaveText('列席');

  // The sign-in sheet says 请假 beside the member on leave; no page of blank rows only.
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await page.getByRole('menuitem', { name: '签到表' }).click();
  await expect(page.getByTestId('pending-job')).toBeVisible();
  await page.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(page.getByTestId('print-status')).toContainText('已保存', { timeout: 30_000 });
  const saved = (await page.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
  const texts = pageTexts(saved);
  expect(texts).toHaveLength(1);
  const zhang = texts[0].split('\n').find((l) => l.includes('张秀兰'))!;
  expect(zhang).toMatch(/请假\s*$/);
  expect(texts[0].split('\n').find((l) => l.includes('吴海晨'))).not.toContain('请假');
  await page.screenshot({ path: `${SHOTS}-print.png` });

  // The figures say which attendance rule is in force, and the office can change it.
  await page.getByRole('button', { name: '学习活动' }).click();
  await page.getByRole('button', { name: '出勤统计' }).click();
  await expect(page.getByTestId('attendance-rule')).toContainText('请假计入应到，补学不计为出席');
  await page.getByRole('button', { name: '更改统计口径' }).click();
  await page.getByLabel(/补学计为出席/).check();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('attendance-rule')).toContainText('补学计为出席');
  await page.screenshot({ path: `${SHOTS}-figures.png` });
});
