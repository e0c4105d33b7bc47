import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PrintRequest } from '../../../shared/print/jobs';
import type { PrintPageAnswer } from '../../../shared/print/print-page';
import { PAPER_MM, type PageSpan } from '../../../shared/print/page';
import { atomicWrite } from '../atomic-write';
import { serveStatic } from '../static';
import { listCupsPrinters, printWithLp } from './cups';
import { rangesText } from './ranges';
import type { PrintPort, RenderedDoc } from './port';

export interface ChromiumPrintConfig {
  executablePath: string;
  args: string[];
  /** The built renderer (holds print.html). */
  rendererDir: string;
  /** The app origin the renderer is served at. */
  origin: string;
}

/** Runs jobs one after another: the print page is shared, one job on it at a time. */
class Lock {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

/**
 * The browser host's print port: a headless Chromium of its own (the app's
 * window may be headed, and only headless Chromium makes PDFs), launched on
 * first use and kept, with one print.html page kept warm (fonts loaded) and
 * reused job after job. Paper goes to the OS print command (lp).
 */
export function createChromiumPrintPort(cfg: ChromiumPrintConfig): PrintPort {
  let browser: Promise<Browser> | null = null;
  let printPage: Promise<Page> | null = null;
  const lock = new Lock();

  async function launch(): Promise<Page> {
    browser = chromium.launch({ executablePath: cfg.executablePath, args: cfg.args, headless: true });
    const b = await browser;
    const c = await b.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 1600 } });
    await c.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== cfg.origin) return route.abort('blockedbyclient');
      const res = await serveStatic(cfg.rendererDir, url.pathname);
      return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
    });
    const page = await c.newPage();
    await page.goto(`${cfg.origin}/print.html`);
    await page.waitForFunction(() => typeof window.cdPrint === 'function', undefined, { timeout: 30_000 });
    return page;
  }

  function warmPage(): Promise<Page> {
    if (!printPage) {
      printPage = launch();
      printPage.catch(() => reset());
    }
    return printPage;
  }

  /** The warm page, relaunched if Chromium or the page went away since the last job. */
  async function livePage(): Promise<Page> {
    const page = await warmPage();
    if (!page.isClosed() && page.context().browser()?.isConnected() !== false) return page;
    await reset();
    return warmPage();
  }

  async function reset(): Promise<void> {
    const b = browser;
    browser = null;
    printPage = null;
    if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
  }

  return {
    async open(request: PrintRequest): Promise<RenderedDoc> {
      const release = await lock.acquire();
      let page: Page;
      let answer: PrintPageAnswer;
      try {
        page = await livePage().catch((e: Error) => {
          throw new Error(`无法启动打印用的 Chromium：${e.message}`);
        });
        answer = (await page.evaluate((req) => window.cdPrint!(req), request)) as PrintPageAnswer;
      } catch (e) {
        // The page or the browser broke: start afresh next time.
        release();
        await reset();
        throw e;
      }
      if (!answer.ok) {
        release();
        throw new Error(answer.message);
      }
      const { paper, orientation } = request.setup;
      const mm = PAPER_MM[paper];
      const [w, h] = orientation === 'landscape' ? [mm.height, mm.width] : [mm.width, mm.height];
      const pdf = async (ranges: PageSpan[]) =>
        new Uint8Array(
          await page.pdf({ preferCSSPageSize: true, printBackground: true, width: `${w}mm`, height: `${h}mm`, pageRanges: rangesText(ranges) }),
        );
      let closed = false;
      return {
        pdf,
        async print(job, setup) {
          const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cd-print-'));
          const file = path.join(dir, 'job.pdf');
          try {
            await atomicWrite(file, await pdf(job.ranges));
            await printWithLp(file, job, setup.paper);
          } finally {
            await fsp.rm(dir, { recursive: true, force: true });
          }
        },
        async close() {
          if (closed) return;
          closed = true;
          release();
        },
      };
    },
    printers() {
      // The person is about to print: have the print page ready by then.
      void warmPage().catch(() => undefined);
      return listCupsPrinters();
    },
    close: reset,
  };
}
