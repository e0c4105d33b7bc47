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
