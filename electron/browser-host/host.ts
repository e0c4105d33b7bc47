/**
 * The browser host: the whole app in Debian's Chromium driven by
 * playwright-core, with the main-process services running in this Node
 * process. Used where the Electron binary is missing, and by the end-to-end
 * tests. Only the thin Electron glue (main.ts, preload.ts, ipc.ts) is not
 * exercised here.
 */
import { promises as fsp, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { decodeWire, encodeWire } from '../../shared/contract/wire';
import { createHostDispatcher } from '../handlers';
import { createServices, sweepAfterCrash, type HostPorts, type Services } from '../services/context';
import { BROWSER_HOST_ORIGIN, makeSenderCheck } from '../services/security';
import { serveStatic } from '../services/static';
import { createChromiumPrintPort } from '../services/print/chromium-port';
import { pickFolderInPage } from './folder-picker';
import { APP_LOOK_ARGS, BROWSER_IGNORED_DEFAULT_ARGS, browserEnv, prepareProfile } from './profile';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const RENDERER_DIST = path.join(process.env.CD_DIST ?? path.join(REPO_ROOT, 'dist'), 'renderer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for a network this machine does not have. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--lang=zh-CN',
];

export interface BrowserHostOptions {
  dataDir: string;
  headless: boolean;
  demo?: boolean;
  /** Answers for folder dialogs, used by tests instead of a person clicking. */
  folderAnswers?: string[];
  /** The machine fingerprint the services see (tests: a data folder copied to "another" machine). */
  machine?: string;
}

export interface BrowserHost {
  context: BrowserContext;
  page: Page;
  services: Services;
  url: string;
  close(): Promise<void>;
}

function appVersion(): string {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
}

function bridgeScript(): string {
  const out = buildSync({
    entryPoints: [path.join(here, 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  return out.outputFiles[0].text;
}

function openWithSystem(abs: string): Promise<boolean> {
  const cmd = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  return new Promise((resolve) => {
    const child = spawn(cmd, [abs], { detached: true, stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  await fsp.access(path.join(RENDERER_DIST, 'index.html')).catch(() => {
    throw new Error(`渲染进程尚未构建：找不到 ${RENDERER_DIST}/index.html，请先运行 npm run build`);
  });
  await fsp.mkdir(opts.dataDir, { recursive: true });
  const folderAnswers = [...(opts.folderAnswers ?? [])];
  let context: BrowserContext | null = null;

  const ports: HostPorts = {
    kind: 'browser',
    async pickFolder(title, start) {
      if (opts.folderAnswers) return folderAnswers.shift() ?? null;
      if (!context) return null;
      const from = start && (await fsp.stat(start).then((st) => st.isDirectory(), () => false)) ? start : opts.dataDir;
      return pickFolderInPage(context, title, from);
    },
    openPath: openWithSystem,
    print: createChromiumPrintPort({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, rendererDir: RENDERER_DIST, origin: BROWSER_HOST_ORIGIN }),
    emit(event, payload) {
      for (const p of context?.pages() ?? []) {
        if (!p.url().startsWith(BROWSER_HOST_ORIGIN)) continue;
        p.evaluate(([e, d]) => window.__cdEmit?.(e as never, d), [event, encodeWire(payload)] as const).catch(() => undefined);
      }
    },
  };
  const services = createServices({ dataDir: opts.dataDir, version: appVersion(), demoRequested: !!opts.demo, machine: opts.machine }, ports);
  await sweepAfterCrash(services);
  const dispatch = createHostDispatcher(services, makeSenderCheck(BROWSER_HOST_ORIGIN));

  const url = `${BROWSER_HOST_ORIGIN}/`;
  const profileDir = path.join(opts.dataDir, 'browser-profile');
  await prepareProfile(profileDir);
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless,
    args: opts.headless ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, ...APP_LOOK_ARGS, `--app=${url}`],
    // Only a window a person sees needs the app's look; headless (tests, print) keeps Playwright's defaults.
    ...(opts.headless ? {} : { ignoreDefaultArgs: BROWSER_IGNORED_DEFAULT_ARGS }),
    // Chromium on Linux takes its language from LANGUAGE, not --lang (with chromium-l10n's zh-CN.pak): date fields read 年/月/日.
    env: browserEnv(process.env),
    viewport: opts.headless ? { width: 1366, height: 860 } : null,
    locale: 'zh-CN',
    timezoneId: process.env.TZ ?? 'Asia/Shanghai',
    acceptDownloads: false,
  });
  // The app's origin is served from the build; every other request is refused (no network, no leaks).
  await context.route('**/*', async (route) => {
    const reqUrl = new URL(route.request().url());
    if (reqUrl.origin !== BROWSER_HOST_ORIGIN) return route.abort('blockedbyclient');
    const res = await serveStatic(RENDERER_DIST, reqUrl.pathname);
    return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
  });
  await context.exposeBinding('__cdInvoke', async (source, channel: unknown, args: unknown) =>
    encodeWire(await dispatch(channel, decodeWire(args), { senderUrl: source.frame.url() })),
  );
  await context.addInitScript({ content: bridgeScript() });

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    context,
    page,
    services,
    url,
    async close() {
      await context?.close().catch(() => undefined);
      await ports.print?.close?.();
    },
  };
}
