import type { Page } from '@playwright/test';
import { expect, openDemoOffice, test } from './fixtures';

/** The demo office is filled in the background: wait until its 2,000 suggestions are listed. */
async function openSuggestions(page: Page): Promise<void> {
  await page.getByRole('link', { name: '献一计' }).or(page.getByRole('button', { name: '献一计' })).first().click();
  await expect(page.getByTestId('list-count')).toContainText('共 2000 条', { timeout: 60_000 });
}

test('a near-repeat is offered while typed and merged; a batch reviewed; feedback recorded; search marks hits', async ({ launch }) => {
  const { page } = await launch.start();
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoOffice(page);
  await openSuggestions(page);
  await page.screenshot({ path: 'test-results/suggestions-list.png' });

  // One on file: its title and text.
  const first = page.getByTestId('suggestion-row').first();
  await first.click();
  const original = (await page.getByTestId('detail-content').textContent())!;
  const originalTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await page.getByRole('button', { name: '返回建议列表' }).click();

  // Type a lightly edited copy: it is offered as similar, with shared passages marked.
  await page.getByRole('button', { name: '录入建议' }).click();
  const form = page.getByRole('form', { name: '建议录入' });
  await form.getByLabel('标题').fill(originalTitle.replace('建议', '意见建议'));
  await form.getByLabel('内容').fill(original.replace('。', '，情况比较突出。'));
  const similar = page.getByRole('region', { name: '相似的建议' }).getByTestId('similar-item');
  await expect(similar.first()).toContainText(originalTitle);
  await expect(similar.first().getByTestId('mark').first()).toBeVisible();
  await expect(page.getByTestId('char-count')).toContainText('/ 2000 字');
  await page.getByLabel('群众').check();
  await form.getByLabel('群众姓名').fill('赵一鸣');
  await form.getByLabel('联系电话（仅本办公室可见）').fill('13800138000');
  await page.screenshot({ path: 'test-results/suggestions-intake.png' });
  await similar.first().getByRole('button', { name: '并入此条' }).click();
  await expect(page.getByTestId('intake-note')).toContainText(`并入“${originalTitle}”`);

  // The kept one credits the new submitter; the merged one points to it, and the merge can be undone.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await expect(page.getByTestId('list-count')).toContainText('共 2001 条');
  await page.getByLabel('查找（标题、内容、提交人）').fill('赵一鸣');
  await expect(page.getByTestId('suggestion-row')).toHaveCount(1);
  await expect(page.getByTestId('suggestion-row').first()).toHaveAttribute('data-status', '并入');
  await expect(page.getByTestId('suggestion-row').first().getByTestId('mark').first()).toHaveText('赵一鸣');
  await page.getByTestId('suggestion-row').first().click();
  await expect(page.getByTestId('detail-status')).toHaveText('并入');
  await page.getByRole('link', { name: originalTitle }).click();
  await expect(page.getByTestId('detail-submitter')).toContainText('赵一鸣');
  await expect(page.getByTestId('merged-child')).toHaveCount(1);
  await page.getByTestId('merged-child').getByRole('button', { name: '撤销并入' }).click();
  await expect(page.getByTestId('merged-child')).toHaveCount(0);
  await expect(page.getByTestId('detail-submitter')).not.toContainText('赵一鸣');

  // Review a batch of three waiting ones at once.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await page.getByLabel('查找（标题、内容、提交人）').fill('');
  const waiting = Number((await page.getByTestId('waiting-review').textContent())!.match(/\d+/)![0]);
  await page.getByTestId('waiting-review').click();
  const rows = page.getByTestId('suggestion-row');
  await expect(rows.first()).toHaveAttribute('data-status', '待审');
  const ids = await rows.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id')!));
  for (const id of ids) await page.locator(`[data-id="${id}"]`).getByRole('checkbox').check();
  await page.screenshot({ path: 'test-results/suggestions-selected.png' });
  await expect(page.getByText('已选 3 条')).toBeVisible();
  await page.getByRole('button', { name: '审阅所选' }).click();
  await page.getByRole('dialog').getByLabel('审阅结果').click();
  await page.getByRole('option', { name: '不予采纳' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('dialog')).toContainText('不予采纳时必须写明理由');
  await page.getByRole('dialog').getByLabel(/理由或意见/).fill('相关工作已纳入年度计划');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('list-note')).toHaveText('已审阅 3 条');
  await expect(page.getByTestId('waiting-review')).toHaveText(`待审 ${waiting - 3} 条`);

  // Each keeps who, when and the earlier value; feedback is recorded on one.
  await page.getByTestId('waiting-review').click();
  await page.getByLabel('查找（标题、内容、提交人）').fill('');
  await page.goto(page.url().replace(/#.*$/, `#/suggestions/${ids[0]}`));
  await expect(page.getByTestId('detail-status')).toHaveText('不予采纳');
  const reviewed = page.getByTestId('history-item').filter({ hasText: '审阅：不予采纳（原：待审）' });
  await expect(reviewed).toHaveCount(1);
  await expect(reviewed).toContainText('示例街道政协工委');
  const fb = page.getByRole('form', { name: '反馈' });
  await fb.getByLabel('反馈内容').fill('已电话告知不予采纳的理由');
  await fb.getByRole('button', { name: '记录反馈' }).click();
  await expect(page.getByTestId('feedback-line')).toContainText('已电话告知不予采纳的理由');
  await expect(page.getByTestId('history-item').last()).toContainText('反馈：');
  await page.screenshot({ path: 'test-results/suggestions-detail.png' });

  // Full-text search marks hits in the list.
  await page.getByRole('button', { name: '返回建议列表' }).click();
  await page.getByLabel('查找（标题、内容、提交人）').fill('加装电梯');
  await expect(rows.first().getByTestId('mark').first()).toHaveText('加装电梯');
  const n = Number((await page.getByTestId('list-count').textContent())!.match(/显示 (\d+)/)![1]);
  expect(n).toBeGreaterThan(10);
  expect(n).toBeLessThan(2001);
  await page.screenshot({ path: 'test-results/suggestions-search.png' });
});
