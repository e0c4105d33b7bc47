import type { Page } from '@playwright/test';
import { DEFAULT_TERMS } from '../../shared/duty/rules';
import { expect, nav, openDemoOffice, setUpOffice, test } from './fixtures';

/** The office clerk's week walked through the duty record: what is recorded elsewhere shows up, links back, and goes when deleted. */

const SESSION = '走查专用学习会';
const SUGGESTION = '关于增设社区夜间照明的建议';
const REPORT = '关于老旧小区加装电梯的情况反映';
const ACTIVITY = '社区养老服务站运营情况调研';

/** Two serving members whose names no one else has (typed into pickers, each finds one person). */
async function twoMembers(page: Page): Promise<Array<{ id: string; name: string }>> {
  return page.evaluate(async () => {
    const req = indexedDB.open('committee-desk');
    const db: IDBDatabase = await new Promise((ok) => { req.onsuccess = () => ok(req.result); });
    const all = await new Promise<Array<{ id: string; name: string; deleted: number; status: string }>>((ok) => { const g = db.transaction('members').objectStore('members').getAll(); g.onsuccess = () => ok(g.result); });
    const live = all.filter((m) => !m.deleted);
    return live.filter((m) => m.status === '在任' && !live.some((o) => o !== m && (o.name.includes(m.name) || m.name.includes(o.name)))).slice(0, 2).map(({ id, name }) => ({ id, name }));
  });
}

async function openRecord(page: Page, id: string) {
  await page.goto(page.url().replace(/#.*$/, `#/duty/member/${id}`));
  await expect(page.getByTestId('member-duty')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('combobox', { name: '统计期间' }).click();
  await page.getByRole('option', { name: `${new Date().getFullYear()}年度` }).click();
}

/**
 * Pick a member in a picker by name. The forms are drawn again once the roster is read, which empties a
 * picker typed into in that moment (the intake race reported with this spec): type again until the option shows.
 */
async function pick(page: Page, label: string, name: string) {
  const box = page.getByLabel(label);
  const root = page.locator('.MuiAutocomplete-root').filter({ has: box });
  await expect(async () => {
    await box.fill('');
    await box.fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).first().click({ timeout: 2000 });
    await page.waitForTimeout(500);
    // Picked: a chip in a multiple picker, the input's text in a single one.
    expect(`${await root.innerText()} ${await box.inputValue()}`).toContain(name);
  }).toPass({ timeout: 60_000 });
}

const totalOf = async (page: Page) => Number((await page.getByTestId('duty-total').textContent())!.match(/(-?\d+) 分/)![1]);
const item = (page: Page, text: string) => page.getByTestId('duty-item').filter({ hasText: text });

test('what the office records (sign-in, 献一计, 社情民意, 其他履职) shows in the member\'s record with its points and opens its record; deleted, it goes; a session\'s kind changed, its item follows', async ({ launch }) => {
  test.setTimeout(420_000);
  const { page: p } = await launch.start();
  await p.setViewportSize({ width: 1366, height: 768 });
  await openDemoOffice(p);
  await expect(p.getByText('正在生成示例数据…')).toHaveCount(0, { timeout: 240_000 });
  const today = await p.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });

  // 首页's line and the list its 查看名单 opens count the same members.
  await nav(p, '首页');
  const line = p.getByText(/\d{4}年度有 \d+ 名在任委员未达到履职基本要求/);
  await expect(line).toBeVisible({ timeout: 60_000 });
  const [, lineYear, lineCount] = /(\d{4})年度有 (\d+) 名/.exec((await line.textContent())!)!;
  await p.getByText('查看名单').click();
  await expect(p.getByRole('button', { name: '打印和导出' })).toBeVisible({ timeout: 60_000 });
  await expect(p.getByTestId('ranking-summary')).toHaveText(new RegExp(`^${lineYear}年度 共 \\d+ 名在任委员，${lineCount} 名未达到基本要求$`));
  await expect(p.getByText(new RegExp(`^第 1–\\d+ 名，共 ${lineCount} 名$`))).toBeVisible();
  await p.screenshot({ path: 'test-results/duty-walk-home-list.png' });
  // A term not yet begun has nothing to count: it is not offered (十届 is, 十一届 only from 2027).
  await p.getByRole('combobox', { name: '统计期间' }).click();
  for (const t of DEFAULT_TERMS) await expect(p.getByRole('option', { name: new RegExp(`^${t.name}（`) })).toHaveCount(Number(t.from.slice(0, 4)) <= new Date().getFullYear() ? 1 : 0);
  await p.keyboard.press('Escape');

  const [{ id, name }, other] = await twoMembers(p);
  await openRecord(p, id);
  const before = await totalOf(p);

  // A session today for two named members; one signs in at the door.
  await nav(p, '学习活动');
  await p.getByRole('button', { name: '新建活动' }).click();
  await p.getByLabel('活动名称').fill(SESSION);
  await p.getByLabel('活动类型').fill('学习会');
  await p.getByLabel('日期').fill(today);
  await p.getByLabel('开始时间').fill('00:01');
  await p.getByLabel('结束时间').fill('23:59');
  await p.getByLabel('地点').fill('工委会议室');
  for (const n of [name, other.name]) await pick(p, '指定委员', n);
  await p.getByRole('button', { name: '保存' }).click();
  await p.getByRole('button', { name: '现场签到' }).click();
  const box = p.getByLabel('签到输入');
  await box.pressSequentially(name);
  await expect(p.getByTestId('signin-match')).toContainText(name);
  await box.press('Enter');
  await expect(p.getByTestId('signin-banner')).toContainText(`${name}签到成功`);

  // A 献一计 suggestion from the member.
  await nav(p, '献一计');
  await expect(p).toHaveURL(/#\/suggestions$/);
  await p.getByRole('button', { name: '录入建议', exact: true }).click();
  // The intake form is drawn again once its campaign is read (typing in that moment can be lost: reported, not this spec's subject).
  await expect(p.getByRole('combobox', { name: '征集活动' })).not.toHaveText('');
  await expect(async () => {
    await p.getByLabel('标题').fill(SUGGESTION);
    await p.getByLabel('内容').fill('社区部分道路夜间照明不足，建议增设路灯并定期维护，保障居民出行安全。');
    await p.waitForTimeout(300);
    await expect(p.getByLabel('标题')).toHaveValue(SUGGESTION, { timeout: 100 });
    await expect(p.getByLabel('内容')).not.toHaveValue('', { timeout: 100 });
  }).toPass({ timeout: 20_000 });
  await pick(p, '委员（姓名或拼音）', name);
  await p.getByRole('button', { name: '保存', exact: true }).click();
  await expect(p).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);

  // A 社情民意 the member leads.
  await nav(p, '社情民意');
  await p.getByRole('button', { name: '录入社情民意' }).click();
  await pick(p, '反映人（委员，可多选，第一位为领衔）', name);
  await p.getByLabel('标题').fill(REPORT);
  await p.getByLabel('情况').fill('老旧小区多为六层无电梯，老人上下楼困难。');
  await p.getByLabel('原因分析').fill('加装电梯需全体业主同意，资金分摊难协调。');
  await p.getByLabel('意见建议').fill('建议出台分摊指导意见，加大财政补贴。');
  await p.getByRole('button', { name: '保存' }).click();
  await expect(p.getByRole('heading', { name: REPORT })).toBeVisible();

  // A one-off 调研 on 其他履职登记: an impossible date and too long a text are refused with what to fix.
  await nav(p, '履职档案');
  await p.getByRole('button', { name: '其他履职登记' }).click();
  const form = p.getByRole('form', { name: '登记履职活动' });
  await p.getByLabel('类别').click();
  await p.getByRole('option', { name: /调研视察/ }).click();
  await p.getByLabel('日期').fill('2026-02-30');
  await p.getByLabel('活动内容').fill('长'.repeat(101));
  await p.getByRole('button', { name: '登记' }).click();
  await expect(form).toContainText('日期：日期不存在：2026 年 2 月只有 28 天');
  await expect(form).toContainText('活动内容：不能超过 100 个字');
  await expect(form).toContainText('委员：请选择至少一名委员');
  await p.screenshot({ path: 'test-results/duty-walk-activity-errors.png' });
  await p.getByLabel('日期').fill(today);
  await p.getByLabel('活动内容').fill(ACTIVITY);
  await pick(p, '委员（可多选）', name);
  await p.getByRole('button', { name: '登记' }).click();
  await expect(p.getByText(`已登记：调研视察等活动「${ACTIVITY}」，1 名委员`)).toBeVisible();

  // Each is in the member's record with its points, and the total grew by exactly those.
  await openRecord(p, id);
  await expect(item(p, `出席学习会「${SESSION}」`).or(item(p, `出席（迟到）学习会「${SESSION}」`))).toContainText('+5');
  await expect(item(p, `献一计建议「${SUGGESTION}」`)).toContainText('+1');
  await expect(item(p, `报送社情民意「${REPORT}」`)).toContainText('+2');
  await expect(item(p, `调研「${ACTIVITY}」`)).toContainText('+5');
  await expect.poll(() => totalOf(p)).toBe(before + 5 + 1 + 2 + 5);
  await p.screenshot({ path: 'test-results/duty-walk-record.png' });

  // Each item opens the record that earned it; the activity's opens the list with that activity marked first.
  const opens: Array<[string, RegExp, string]> = [
    [SESSION, /#\/sessions\/[0-9a-f-]{36}$/, SESSION],
    [SUGGESTION, /#\/suggestions\/[0-9a-f-]{36}$/, SUGGESTION],
    [REPORT, /#\/reports\/[0-9a-f-]{36}$/, REPORT],
  ];
  for (const [text, url, heading] of opens) {
    await openRecord(p, id);
    await item(p, text).getByRole('button').click();
    await expect(p).toHaveURL(url);
    await expect(p.getByText(heading).first()).toBeVisible();
  }
  await openRecord(p, id);
  await item(p, ACTIVITY).getByRole('button').click();
  await expect(p).toHaveURL(/#\/duty\/activities\?show=/);
  const marked = p.getByTestId('activity-row').first();
  await expect(marked).toHaveAttribute('aria-current', 'true');
  await expect(marked).toContainText(ACTIVITY);
  await p.screenshot({ path: 'test-results/duty-walk-activity-opened.png' });

  // Deleted by mistake, 撤销 brings it back, points and all; deleted again, it leaves the record and the total.
  await marked.getByRole('button', { name: '删除' }).click();
  await expect(p.getByTestId('activity-row').filter({ hasText: ACTIVITY })).toHaveCount(0);
  await p.getByRole('alert').filter({ hasText: `已删除：调研视察等活动「${ACTIVITY}」` }).getByRole('button', { name: '撤销' }).click();
  await expect(p.getByTestId('activity-row').filter({ hasText: ACTIVITY })).toHaveCount(1);
  await openRecord(p, id);
  await expect(item(p, ACTIVITY)).toContainText('+5');
  await item(p, ACTIVITY).getByRole('button').click();
  await p.getByTestId('activity-row').filter({ hasText: ACTIVITY }).getByRole('button', { name: '删除' }).click();
  await expect(p.getByTestId('activity-row').filter({ hasText: ACTIVITY })).toHaveCount(0);
  await openRecord(p, id);
  await expect(item(p, ACTIVITY)).toHaveCount(0);
  await expect.poll(() => totalOf(p)).toBe(before + 5 + 1 + 2);

  // The session becomes a 视察: the member's item follows (and still opens it).
  await openRecord(p, id);
  await item(p, SESSION).getByRole('button').click();
  await p.getByRole('button', { name: '修改' }).click();
  await p.getByLabel('活动类型').fill('视察');
  await p.getByRole('button', { name: '保存' }).click();
  await expect(p.getByText('视察', { exact: true }).first()).toBeVisible();
  await openRecord(p, id);
  await expect(item(p, SESSION)).toContainText(/视察「走查专用学习会」/);
  await expect(item(p, SESSION)).not.toContainText('学习会「');
});

test('HQ sets a yearly minimum to 0: it stays listed and can be set again; setting all to 0 does not bring the defaults back', async ({ launch }) => {
  const { page: h } = await launch.start();
  await h.setViewportSize({ width: 1366, height: 768 });
  await setUpOffice(h, '区政协机关', 'HQ', true);
  await nav(h, '履职档案');
  await h.getByRole('button', { name: '积分规则' }).click();
  const save = h.getByRole('button', { name: '保存基本要求和等次' });
  const counts = ['出席全体会议次数', '至少提交一件提案或社情民意次数', '至少参加一次调研或视察次数'];

  await h.getByLabel('称职分数线').fill('');
  await save.click();
  await expect(h.getByTestId('rules-error')).toHaveText('「称职」的分数线应是整数（不能空着）');
  await h.getByLabel('称职分数线').fill('60');

  await h.getByLabel(counts[0]).fill('0');
  await save.click();
  await expect(h.getByText('基本要求和等次已保存')).toBeVisible();
  await expect(h.getByLabel(counts[0])).toHaveValue('0');
  for (const c of counts) await h.getByLabel(c).fill('0');
  await save.click();
  for (const c of counts) await expect(h.getByLabel(c)).toHaveValue('0');
  await h.screenshot({ path: 'test-results/duty-walk-minimums-zero.png' });
  await h.getByLabel(counts[0]).fill('2');
  await save.click();
  await expect(h.getByLabel(counts[0])).toHaveValue('2');
  await expect(h.getByLabel(counts[1])).toHaveValue('0');
});
