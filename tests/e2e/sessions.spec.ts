import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Locator, Page } from '@playwright/test';
import { demoMembers } from '../../shared/demo/generator';
import { buildMemberIndex, searchMembers } from '../../shared/members/search';
import { memberSortKey } from '../../shared/pinyin';
import { expect, materialFile, openDemoOffice, test, tmpDir } from './fixtures';
import { pageTexts } from './print-pdf';

const TITLE = '“凝聚新共识、开启新征程”专题学习会（测试）';
const COMMITTEE = '港澳台侨民族宗教委员会';

function initials(name: string): string {
  return (pinyin(name, { pattern: 'first', toneType: 'none', mode: 'surname', type: 'array' }) as string[]).join('').toLowerCase();
}

async function localToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

async function count(page: Page, key: string): Promise<Locator> {
  return page.getByTestId(`count-${key}-value`);
}

/** Rows of the session's attendance table as {name, memberNo, status}. */
async function attendanceRows(page: Page) {
  const rows = page.getByRole('table', { name: '出勤情况' }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => {
    const td = [...tr.querySelectorAll('td')].map((c) => c.textContent ?? '');
    return { name: td[0], memberNo: td[1], status: td[3] };
  }));
}

/** PDF text without the layout's spaces and line breaks (a long title wraps). */
const flat = (t: string) => t.replace(/\s+/g, '');

/** In the print center with a job handed over: save it as PDF (the folder dialog answers from the test) and read its text. */
async function savePdf(page: Page): Promise<string[]> {
  await expect(page.getByTestId('pending-job')).toBeVisible();
  await page.getByRole('button', { name: '保存为 PDF' }).click();
  await expect(page.getByTestId('print-status')).toContainText('已保存', { timeout: 30_000 });
  const saved = (await page.getByTestId('print-status').textContent())!.match(/到 (.+\.pdf)/)![1];
  return pageTexts(saved);
}

async function printFromSession(page: Page, doc: string): Promise<string[]> {
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await page.getByRole('menuitem', { name: doc }).click();
  return savePdf(page);
}

function row(page: Page, name: string): Locator {
  return page.getByRole('table', { name: '出勤情况' }).locator(`tbody tr[data-member="${name}"]`);
}

test('plan, leave, sign in at the door, close, figures, make-up, export', async ({ launch }) => {
  test.setTimeout(180_000); // the whole week of a session on a shared machine; the other long demo walks have the same
  const dataDir = tmpDir();
  const out = tmpDir('cd-session-pdf-');
  const { page } = await launch.start({ dataDir, folderAnswers: [out, out, out, out] });
  await openDemoOffice(page);
  await page.getByRole('button', { name: '学习活动' }).click();
  // The demo's five years are there once its one transaction has committed.
  await page.getByRole('tab', { name: '已举行' }).click();
  await expect(page.getByRole('table', { name: '活动列表' }).locator('tbody tr').first()).toBeVisible({ timeout: 60_000 });

  // Plan a session for one committee; an impossible date is refused with a message.
  await page.getByRole('button', { name: '新建活动' }).click();
  await page.getByLabel('活动名称').fill(TITLE);
  await page.getByLabel('日期').fill('2026-02-30');
  await page.getByLabel('开始时间').fill('23:59');
  await page.getByLabel('结束时间').fill('');
  await page.getByLabel('地点').fill('工委会议室');
  await page.getByLabel('议程（每行一项）').fill('传达全会精神\n集体学习\n交流发言');
  await page.getByLabel('专委会').click();
  await page.getByRole('option', { name: COMMITTEE }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('日期不存在：2026 年 2 月只有 28 天')).toBeVisible();
  const today = await localToday(page);
  await page.getByLabel('日期').fill(today);
  await expect(page.getByTestId('resolved-count')).toHaveText(/应到 [1-9]\d* 人/, { timeout: 30_000 });
  const resolved = await page.getByTestId('resolved-count').textContent();
  const required = Number(/应到 (\d+) 人/.exec(resolved ?? '')![1]);
  expect(required).toBeGreaterThan(5);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('session-title')).toHaveText(TITLE);
  await expect(page.getByText(`${COMMITTEE}（${required} 人）`)).toBeVisible();
  await expect(await count(page, 'required')).toHaveText(String(required));

  // Materials: stored by main under a sanitised name.
  await page.getByLabel('添加材料').setInputFiles({ name: '学习:材料?.txt', mimeType: 'text/plain', buffer: Buffer.from('学习材料正文') });
  await expect(page.getByRole('list', { name: '学习材料' })).toContainText('学习_材料_.txt');
  const sessionId = page.url().split('/').pop()!;
  expect(readFileSync(materialFile(dataDir, sessionId, '学习_材料_.txt'), 'utf8')).toBe('学习材料正文');

  const members = await attendanceRows(page);
  expect(members).toHaveLength(required);
  // Someone the initials bring up among the first six matches (the screen's own search over the same roster order).
  const roster = demoMembers(300).map((m) => ({ ...m, id: m.memberNo })).sort((a, b) => (memberSortKey(a.name) < memberSortKey(b.name) ? -1 : 1));
  const index = buildMemberIndex(roster);
  const onLeave = members[0];
  const byInitials = members.slice(1).find((m) => searchMembers(index, initials(m.name), 6).some((x) => x.memberNo === m.memberNo))!;
  const [byNumber, makeUp] = members.filter((m) => m !== onLeave && m !== byInitials);
  const cameOrLeave = [onLeave, byInitials, byNumber].map((m) => m.name);

  // Leave before the session.
  await row(page, onLeave.name).getByRole('button', { name: '请假' }).click();
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('请填写请假事由')).toBeVisible();
  await page.getByLabel('请假事由').fill('出差');
  await page.getByLabel('批准人').fill('王主任');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(row(page, onLeave.name).getByTestId('status')).toHaveText('请假');

  // At the door.
  await page.getByRole('button', { name: '现场签到' }).click();
  const input = page.getByLabel('签到输入');
  await expect(input).toBeFocused();
  // By pinyin initials: pick the member among the matches with the arrow keys, confirm with Enter.
  await input.pressSequentially(initials(byInitials.name));
  const matches = page.getByRole('list', { name: '其他匹配' }).locator('[role=button]');
  const names = (await matches.count()) ? await matches.allTextContents() : [byInitials.name];
  const at = names.findIndex((n) => n.startsWith(`${byInitials.name} `) || n === byInitials.name);
  expect(at).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < at; i++) await input.press('ArrowDown');
  await expect(page.getByTestId('signin-match')).toContainText(byInitials.name);
  await page.screenshot({ path: 'test-results/sessions-signin.png' });
  await input.press('Enter');
  await expect(page.getByTestId('signin-banner')).toContainText(`${byInitials.name}签到成功：出席`);
  await expect(input).toHaveValue('');

  // By member number followed by Enter, as a barcode scanner types it.
  await page.keyboard.type(`${byNumber.memberNo}\n`, { delay: 5 });
  await expect(page.getByTestId('signin-banner')).toContainText(`${byNumber.name}签到成功：出席`);

  // The same member twice: said so, nothing changes.
  await page.keyboard.type(`${byInitials.memberNo}\n`);
  await expect(page.getByTestId('signin-banner')).toContainText('本次不重复记录');
  await expect(await count(page, 'arrived')).toHaveText('2');

  // A walk-in who is not required, then undone.
  const walkIn = Array.from({ length: 300 }, (_, i) => `10${String(i + 1).padStart(4, '0')}`).find((no) => !members.some((m) => m.memberNo === no))!;
  await page.keyboard.type(`${walkIn}\n`);
  // Not required: the door asks before a 列席 is recorded (issue 12); Enter says yes.
  await expect(page.getByRole('dialog')).toContainText('不是本次活动的应到人员');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signin-banner')).toContainText('签到成功：列席');
  await expect(input).toBeFocused();
  await expect(await count(page, 'walkin')).toHaveText('1');
  await page.getByRole('button', { name: '撤销上一次签到' }).click();
  // The name is printed once, in bold, before the message.
  await expect(page.getByTestId('signin-banner')).toHaveText(/^\S+已撤销签到$/);
  await expect(await count(page, 'walkin')).toHaveText('0');

  // Live counts: 应到, 实到, 请假, 未到.
  await expect(await count(page, 'required')).toHaveText(String(required));
  await expect(await count(page, 'arrived')).toHaveText('2');
  await expect(await count(page, 'leave')).toHaveText('1');
  await expect(await count(page, 'missing')).toHaveText(String(required - 3));

  // Close: everyone else required is absent.
  await page.getByRole('button', { name: '返回活动' }).click();
  await page.getByRole('button', { name: '关闭活动' }).click();
  await expect(page.getByRole('dialog')).toContainText(`${required - 3} 名应到委员将记为缺席`);
  await page.getByRole('dialog').getByRole('button', { name: '关闭活动' }).click();
  await expect(page.getByText(`活动已关闭，${required - 3} 人记为缺席`)).toBeVisible();
  await expect(await count(page, 'absent')).toHaveText(String(required - 3));
  await page.getByRole('button', { name: '缺席' }).click();
  const absent = await attendanceRows(page);
  expect(absent.map((r) => r.name).sort()).toEqual(members.filter((m) => !cameOrLeave.includes(m.name)).map((m) => m.name).sort());
  expect(absent.every((r) => r.status === '缺席')).toBe(true);

  // Make-up study keeps the original status beside it.
  await row(page, makeUp.name).getByRole('button', { name: '补学' }).click();
  await page.getByLabel('补学说明（如：观看录像、自学材料）').fill('观看录像');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(row(page, makeUp.name).getByTestId('status')).toHaveText('缺席（已补学）');

  // Print the session's attendance report and its sign-in sheet through the print center.
  const sessionUrl = page.url();
  const report = await printFromSession(page, '出勤报告');
  const reportText = report.join('\n');
  expect(flat(report[0])).toContain(`${TITLE}出勤情况`);
  expect(reportText).toContain('缺席（已补学）');
  expect(reportText).toContain(`补学：${today} 观看录像`);
  expect(reportText).toContain('出差（王主任批准）');
  for (const m of members) expect(reportText).toContain(m.name);
  await page.goto(sessionUrl);
  const sheet = await printFromSession(page, '签到表');
  expect(flat(sheet[0])).toContain(`${TITLE}签到表`);
  const numbered = sheet.flatMap((t) => [...t.matchAll(/^\s*(\d{1,4})\s/gm)].map((m) => Number(m[1])));
  expect(numbered.length).toBeGreaterThanOrEqual(required);
  for (const m of members) expect(sheet.join('\n')).toContain(m.name);
  await page.goto(sessionUrl);

  // Figures for the session.
  await page.getByRole('button', { name: '学习活动' }).click();
  await page.getByRole('button', { name: '出勤统计' }).click();
  await page.getByLabel('起始日期').fill(today);
  await page.getByLabel('截止日期').fill(today);
  await page.getByRole('tab', { name: '按活动' }).click();
  const line = page.getByRole('table', { name: '按活动' }).locator('tbody tr', { hasText: TITLE });
  const cells = line.locator('td');
  // 日期 活动名称 应到 出席 迟到 请假 缺席 列席 补学 出席率
  await expect(cells.nth(2)).toHaveText(String(required));
  await expect(cells.nth(3)).toHaveText('2');
  await expect(cells.nth(5)).toHaveText('1');
  await expect(cells.nth(6)).toHaveText(String(required - 3));
  await expect(cells.nth(8)).toHaveText('1');
  await expect(cells.nth(9)).toHaveText(`${(Math.round((2 / required) * 1000) / 10).toFixed(1)}%`);
  await page.screenshot({ path: 'test-results/sessions-figures.png' });

  // The period's report through the print center.
  await page.getByRole('button', { name: '打印出勤报告' }).click();
  const period = await savePdf(page);
  expect(flat(period[0])).toContain('学习活动出勤统计');
  expect(flat(period.join(''))).toContain(TITLE.slice(0, 17)); // the long title wraps inside its cell
  await page.goBack();
  await page.getByRole('tab', { name: '按活动' }).click();

  // Export the figures to .xlsx and read it back.
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await expect(page.getByTestId('figures-note')).toContainText('已导出');
  const exported = readdirSync(out).find((f) => f.startsWith('出勤统计_') && f.endsWith('.xlsx'))!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(out, exported)) as unknown as ArrayBuffer);
  const bySession = wb.getWorksheet('按活动')!;
  const titles = bySession.getColumn(2).values as unknown[];
  expect(titles).toContain(TITLE);
  expect(existsSync(path.join(out, exported))).toBe(true);

  // Copy the session to plan the next one.
  await page.goto(page.url().replace(/#.*/, '#/sessions'));
  await page.getByRole('tab', { name: '已举行' }).click();
  await page.getByRole('table', { name: '活动列表' }).locator('tbody tr', { hasText: TITLE }).click();
  await page.getByRole('button', { name: '复制为新活动' }).click();
  await expect(page.getByLabel('活动名称')).toHaveValue(TITLE);
  await expect(page.getByLabel('日期')).toHaveValue('');
  await page.getByLabel('活动名称').fill(`${TITLE}（第二次）`);
  await page.getByLabel('日期').fill('2099-01-05');
  // The material comes along: a copy of the file in the new session's own folder.
  await expect(page.getByLabel('同时复制学习材料（1 个）')).toBeChecked();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('session-title')).toHaveText(`${TITLE}（第二次）`);
  await expect(page.getByText(`${COMMITTEE}（${required} 人）`)).toBeVisible();
  await expect(page.getByRole('list', { name: '学习材料' })).toContainText('学习_材料_.txt');
  const copyId = page.url().split('/').pop()!;
  expect(copyId).not.toBe(sessionId);
  expect(readFileSync(materialFile(dataDir, copyId, '学习_材料_.txt'), 'utf8')).toBe('学习材料正文');
  // Closing a session that has not been held yet says so before anyone is marked absent.
  await page.getByRole('button', { name: '关闭活动' }).click();
  await expect(page.getByRole('dialog')).toContainText('注意：这次活动定在 2099-01-05，还没有举行。');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('button', { name: '关闭活动' })).toBeVisible();
  await page.goBack();
  await page.goto(page.url().replace(/#.*/, `#/sessions/${sessionId}`));

  // The member's page (roster) shows the history, the original status beside the make-up.
  await row(page, makeUp.name).getByRole('button', { name: makeUp.name, exact: true }).click();
  const history = page.getByRole('table', { name: '出勤记录' });
  await expect(history.locator('tbody tr', { hasText: TITLE })).toContainText('缺席（已补学）');
});
