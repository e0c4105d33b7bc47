import { expect, nav, setUpOffice, test } from './fixtures';

test('a page that cannot draw a record says so in place, and the rest of the app goes on', async ({ launch }) => {
  const { page } = await launch.start();
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpOffice(page, '南大街街道政协工委', 'ZL-NDJ');
  // A record no version of the app writes (committees not a list), put straight into the database,
  // as a damaged profile or a bug could leave one: its page throws while drawing.
  await page.evaluate(async () => {
    const req = indexedDB.open('committee-desk');
    const db: IDBDatabase = await new Promise((ok) => { req.onsuccess = () => ok(req.result); });
    await new Promise<void>((ok, bad) => {
      const tx = db.transaction('members', 'readwrite');
      tx.objectStore('members').put({ id: 'damaged-record', office: 'ZL-NDJ', deleted: 0, _stamps: {}, _rev: '', name: '损坏的记录', status: '在任', committees: 7 });
      tx.oncomplete = () => ok();
      tx.onerror = () => bad(tx.error);
    });
    db.close();
  });
  await page.goto(`${page.url().replace(/#.*$/, '')}#/members/damaged-record`);
  const error = page.getByTestId('page-error');
  await expect(error).toContainText('这一页没能显示出来');
  await expect(error).toContainText('已保存的数据没有丢失');
  await page.screenshot({ path: 'test-results/page-error.png' });
  // The shell is still there: another page opens and draws.
  await nav(page, '首页');
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('office-name')).toContainText('南大街街道政协工委');
  await nav(page, '学习活动');
  await expect(page.getByRole('heading', { name: '学习活动' })).toBeVisible();
});
