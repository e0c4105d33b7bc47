import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from '../../electron/browser-host/host';

export interface HostFactory {
  /** Start the app on the browser host over a data folder (a new temporary one unless given). */
  start(opts?: Partial<BrowserHostOptions>): Promise<BrowserHost>;
}

/**
 * `launch` starts the real browser host (services in this Node process, the
 * built renderer in headless Debian Chromium) and closes whatever it started.
 */
export const test = base.extend<{ launch: HostFactory }>({
  launch: async ({}, use) => {
    const hosts: BrowserHost[] = [];
    await use({
      async start(opts = {}) {
        const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'cd-e2e-'));
        const host = await startBrowserHost({ headless: true, ...opts, dataDir });
        hosts.push(host);
        return host;
      },
    });
    for (const h of hosts) await h.close();
  },
});

export { expect };

/** Open the demo office from the setup screen and wait until its members are there. */
export async function openDemoOffice(page: Page): Promise<void> {
  await page.getByRole('button', { name: '打开示例办公室' }).click();
  await expect(page.getByTestId('office-name')).toContainText('示例街道政协工委');
}

export function tmpDir(prefix = 'cd-e2e-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Where a session's material named `name` is stored in a data folder's attachments area (one folder per attached file). */
export function materialFile(dataDir: string, sessionId: string, name: string): string {
  const dir = path.join(dataDir, 'attachments', sessionId);
  const found = readdirSync(dir).map((d) => path.join(dir, d, name)).filter((f) => existsSync(f));
  if (found.length !== 1) throw new Error(`expected one stored ${name} for session ${sessionId}, found ${found.length}`);
  return found[0];
}

/** Click an entry of the main navigation. */
export async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name }).click();
}

/** Open 数据交换 and wait for its page. */
export async function openExchange(page: Page): Promise<void> {
  await nav(page, '数据交换');
  await expect(page.getByRole('heading', { name: '数据交换' })).toBeVisible();
}

/** Set an office up on the setup screen (as HQ, 区政协机关, when `hq`) and wait for the shell. */
export async function setUpOffice(page: Page, name: string, code: string, hq = false): Promise<void> {
  await page.getByLabel('办公室名称').fill(name);
  await page.getByLabel('办公室代码').fill(code);
  if (hq) await page.getByLabel('区政协机关').check();
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByTestId('office-name')).toBeVisible();
}

/**
 * On 数据交换, import `bundle` from the folder the host's picker answers with:
 * on first contact check the sender's fingerprint (when given) and enrol it;
 * wait for the outcome to name `what`.
 */
export async function importBundle(page: Page, bundle: string, what: string, o: { enrol?: boolean; fingerprint?: string } = {}): Promise<void> {
  await openExchange(page);
  await page.getByRole('button', { name: '从文件夹导入…' }).click();
  await page.getByTestId(`bundle-${bundle}`).getByRole('button', { name: '导入' }).click();
  if (o.fingerprint) await expect(page.getByTestId('enrol-fingerprint')).toHaveText(o.fingerprint);
  if (o.enrol || o.fingerprint) await page.getByRole('button', { name: '指纹一致，登记并导入' }).click();
  await expect(page.getByTestId(`bundle-${bundle}`).getByTestId('import-outcome')).toContainText(what, { timeout: 120_000 });
}
