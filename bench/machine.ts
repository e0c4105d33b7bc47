import os from 'node:os';
import type { BrowserHost } from '../electron/browser-host/host';
import type { Machine } from './spec';

export async function machineInfo(host: BrowserHost): Promise<Machine> {
  let browser = 'unknown';
  try {
    const cdp = await host.context.newCDPSession(host.page);
    const v = (await cdp.send('Browser.getVersion')) as { product: string };
    browser = v.product;
    await cdp.detach();
  } catch {
    browser = await host.page.evaluate(() => navigator.userAgent).catch(() => 'unknown');
  }
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    browser,
  };
}
