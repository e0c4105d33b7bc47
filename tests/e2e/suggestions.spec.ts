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
});
