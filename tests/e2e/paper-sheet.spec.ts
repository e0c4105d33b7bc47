import type { Locator, Page } from '@playwright/test';
import { demoMembers } from '../../shared/demo/generator';
import { expect, openDemoOffice, test } from './fixtures';

const TITLE = '赴区档案馆文史资料调研（补录测试）';
const COMMITTEE = '港澳台侨民族宗教委员会';

const sheet = (page: Page) => page.getByRole('dialog', { name: /按签到表补录/ });
const sheetRow = (page: Page, name: string): Locator => sheet(page).getByRole('table', { name: '补录名单' }).locator(`tbody tr[data-member="${name}"]`);
const detailRow = (page: Page, name: string): Locator => page.getByRole('table', { name: '出勤情况' }).locator(`tbody tr[data-member="${name}"]`);
const count = (page: Page, key: string) => page.getByTestId(`count-${key}-value`);

async function localToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

test('attendance from the paper sheet: all present, exceptions, a walk-in; figures; close, reopen, correct', async ({ launch }) => {
  const { page } = await launch.start();
  await openDemoOffice(page);
  await page.getByRole('button', { name: '学习活动' }).click();
  await page.getByRole('tab', { name: '已举行' }).click();
  await expect(page.getByRole('table', { name: '活动列表' }).locator('tbody tr').first()).toBeVisible({ timeout: 60_000 });

  // Plan a session for one committee; nothing is printed, nobody signs in at the door.
  await page.getByRole('button', { name: '新建活动' }).click();
  const today = await localToday(page);
  await page.getByLabel('活动名称').fill(TITLE);
  await page.getByLabel('活动类型').fill('调研');
  await page.getByLabel('日期').fill(today);
  await page.getByLabel('开始时间').fill('09:00');
  await page.getByLabel('地点').fill('区档案馆');
  await page.getByLabel('专委会').click();
  await page.getByRole('option', { name: COMMITTEE }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('resolved-count')).toHaveText(/应到 [1-9]\d* 人/, { timeout: 30_000 });
  const required = Number(/应到 (\d+) 人/.exec((await page.getByTestId('resolved-count').textContent()) ?? '')![1]);
  expect(required).toBeGreaterThan(5);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('session-title')).toHaveText(TITLE);

  // The sheet lists the required members, none marked yet.
  await page.getByRole('button', { name: '按签到表补录' }).click();
  const rows = sheet(page).getByRole('table', { name: '补录名单' }).locator('tbody tr[data-member]');
  await expect(rows).toHaveCount(required);
  const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-member')!));
  const [late, onLeave, absent, keptAbsent, atDoor] = names;
  await expect(sheet(page).getByTestId('sheet-tally')).toContainText(`未录 ${required}`);
  await sheet(page).getByRole('button', { name: '关闭', exact: true }).click();

  // One member did sign in at the door (now: on time or late, whatever the clock says).
  const atDoorNo = (await detailRow(page, atDoor).locator('td').nth(1).textContent())!;
  await page.getByRole('button', { name: '现场签到' }).click();
  await page.getByLabel('签到输入').fill(atDoorNo);
  await page.getByLabel('签到输入').press('Enter');
  await expect(page.getByTestId('signin-banner')).toContainText(`${atDoor}签到成功`);
  const doorLate = (await page.getByTestId('signin-banner').textContent())!.includes('迟到') ? 1 : 0;
  const doorStatus = doorLate ? '迟到' : '出席';
  await page.getByRole('button', { name: '返回活动' }).click();
  await page.getByRole('button', { name: '按签到表补录' }).click();
  await expect(sheetRow(page, atDoor)).toContainText('现场签到');
  await expect(sheetRow(page, atDoor).getByRole('button', { name: doorStatus })).toHaveAttribute('aria-pressed', 'true');

  await sheet(page).getByRole('button', { name: '未录的全部标为出席' }).click();
  await expect(sheet(page).getByTestId('sheet-tally')).toContainText(`出席 ${required - doorLate}`);

  // Late with a time before the start: a clear message on the row, and 保存 says which member.
  await sheetRow(page, late).getByRole('button', { name: '迟到' }).click();
  const time = sheet(page).getByLabel(`${late} 到达时间`);
  await expect(time).toBeFocused();
  await time.fill('08:50');
  await expect(sheetRow(page, late).getByRole('alert')).toHaveText('迟到的到达时间应晚于开始时间 09:00；按时到会请选“出席”');
  await time.fill('9:25');
  await expect(sheetRow(page, late).getByRole('alert')).toHaveCount(0);

  // Leave needs a reason; chosen with the number key on the focused row.
  await sheetRow(page, onLeave).focus();
  await page.keyboard.press('3');
  await expect(sheetRow(page, onLeave).getByRole('alert')).toHaveText('请假须填写事由');
  await sheet(page).getByLabel(`${onLeave} 请假事由`).fill('赴外地出差');
  await sheetRow(page, absent).getByRole('button', { name: '缺席' }).click();
  await sheetRow(page, keptAbsent).getByRole('button', { name: '缺席' }).click();

  // A walk-in by member number, as at the door.
  const walkIn = demoMembers(300).find((m) => !m.committees.includes(COMMITTEE) && !names.includes(m.name))!;
  const search = sheet(page).getByLabel('添加列席人员：姓名 / 拼音 / 委员编号');
  await search.fill(walkIn.memberNo);
  await expect(page.getByRole('option', { name: new RegExp(walkIn.name) })).toBeVisible();
  await search.press('Enter');
  await expect(sheetRow(page, walkIn.name).getByRole('button', { name: '列席' })).toHaveAttribute('aria-pressed', 'true');
  await expect(sheet(page).getByTestId('sheet-tally')).toContainText('列席 1');
  await rows.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/paper-sheet.png' });

  // Leaving with unsaved changes asks first.
  await sheet(page).getByRole('button', { name: '关闭', exact: true }).click();
  // Everybody but the member signed in at the door, plus the walk-in.
  await expect(page.getByText(`有 ${required} 人的出勤修改尚未保存`)).toBeVisible();
  await page.getByRole('button', { name: '继续录入' }).click();

  await sheet(page).getByRole('button', { name: `保存（${required} 处修改）` }).click();
  await expect(sheet(page)).toHaveCount(0);
  await expect(page.getByText(`已按签到表保存 ${required} 人的出勤`)).toBeVisible();
  await expect(count(page, 'required')).toHaveText(String(required));
  await expect(count(page, 'arrived')).toHaveText(String(required - 3));
  await expect(count(page, 'late')).toHaveText(String(1 + doorLate));
  await expect(count(page, 'leave')).toHaveText('1');
  await expect(count(page, 'missing')).toHaveText('0');
  // The door's record was left as it was.
  await expect(detailRow(page, atDoor).getByTestId('status')).toHaveText(doorStatus);
  await expect(count(page, 'walkin')).toHaveText('1');
  await expect(detailRow(page, late).getByTestId('status')).toHaveText('迟到');
  // No approver on the paper entry: the reason and the date stand alone.
  await expect(detailRow(page, onLeave)).toContainText(`赴外地出差（${today}）`);
  await expect(detailRow(page, absent).getByTestId('status')).toHaveText('缺席');

  // The figures show it at once.
  const sessionUrl = page.url();
  await page.getByRole('button', { name: '学习活动' }).click();
  await page.getByRole('button', { name: '出勤统计' }).click();
  await page.getByLabel('起始日期').fill(today);
  await page.getByLabel('截止日期').fill(today);
  await page.getByRole('tab', { name: '按活动' }).click();
  const cells = page.getByRole('table', { name: '按活动' }).locator('tbody tr', { hasText: TITLE }).locator('td');
  // 日期 活动名称 应到 出席 迟到 请假 缺席 列席 补学 出席率
  await expect(cells.nth(2)).toHaveText(String(required));
  await expect(cells.nth(3)).toHaveText(String(required - 4 - doorLate));
  await expect(cells.nth(4)).toHaveText(String(1 + doorLate));
  await expect(cells.nth(5)).toHaveText('1');
  await expect(cells.nth(6)).toHaveText('2');
  await expect(cells.nth(7)).toHaveText('1');

  // Close, then reopen: the absences stay, one is corrected from the sheet.
  await page.goto(sessionUrl);
  await page.getByRole('button', { name: '关闭活动' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '关闭活动' }).click();
  await expect(page.getByText('活动已关闭，0 人记为缺席')).toBeVisible();
  await expect(page.getByRole('button', { name: '现场签到' })).toHaveCount(0);
  await page.getByRole('button', { name: '撤销关闭' }).click();
  await expect(page.getByRole('dialog')).toContainText('关闭时记为缺席的委员仍保持缺席');
  // The screenshot waits for the dialog's fade-in to finish.
  await page.locator('.MuiDialog-root').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  await page.screenshot({ path: 'test-results/paper-sheet-reopen.png' });
  await page.getByRole('dialog').getByRole('button', { name: '撤销关闭' }).click();
  await expect(page.getByText('已撤销关闭，活动可继续签到和补录')).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭活动' })).toBeVisible();
  await expect(count(page, 'missing')).toHaveText('0');

  await page.getByRole('button', { name: '按签到表补录' }).click();
  await expect(sheetRow(page, absent).getByRole('button', { name: '缺席' })).toHaveAttribute('aria-pressed', 'true');
  await expect(sheetRow(page, late).getByLabel(`${late} 到达时间`)).toHaveValue('09:25');
  await sheetRow(page, absent).getByRole('button', { name: '出席' }).click();
  await sheet(page).getByRole('button', { name: '保存（1 处修改）' }).click();
  await expect(page.getByText('已按签到表保存 1 人的出勤')).toBeVisible();
  await expect(detailRow(page, absent).getByTestId('status')).toHaveText('出席');
  await expect(detailRow(page, keptAbsent).getByTestId('status')).toHaveText('缺席');
  await expect(count(page, 'arrived')).toHaveText(String(required - 2));

  // The member's page shows the paper entries in the history at once.
  await detailRow(page, late).getByRole('button', { name: late }).click();
  const history = page.getByRole('table', { name: '出勤记录' }).locator('tbody tr', { hasText: TITLE });
  await expect(history).toContainText('迟到');
  await expect(history).toContainText('09:25');
});
