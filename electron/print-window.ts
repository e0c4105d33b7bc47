/**
 * Electron's print port: one hidden window per job on print.html (the same
 * page and templates as the browser host). printToPDF makes PDFs;
 * webContents.print sends paper to a printer with its copies, pages, paper,
 * orientation and duplex. The window is closed only once Chromium is done
 * with it (after printToPDF resolves, or in print's callback).
 */
import { BrowserWindow, type WebContents } from 'electron';
import type { PrintRequest } from '../shared/print/jobs';
import type { PrintPageAnswer } from '../shared/print/print-page';
import type { PageSpan } from '../shared/print/page';
import type { PrintPort, RenderedDoc } from './services/print/port';
import { rangesText } from './services/print/ranges';
import { ELECTRON_ORIGIN } from './services/security';

export function createElectronPrintPort(mainContents: () => WebContents | null): PrintPort {
  return {
    async open(request: PrintRequest): Promise<RenderedDoc> {
      const win = new BrowserWindow({
        show: false,
        width: 900,
        height: 1200,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
      });
      const closeWin = () => {
        if (!win.isDestroyed()) win.close();
      };
      try {
        await win.loadURL(`${ELECTRON_ORIGIN}/print.html`);
        const answer = (await win.webContents.executeJavaScript(`window.cdPrint(${JSON.stringify(request)})`, true)) as PrintPageAnswer;
        if (!answer.ok) throw new Error(answer.message);
      } catch (e) {
        closeWin();
        throw e;
      }
      const { paper, orientation } = request.setup;
      return {
        async pdf(ranges: PageSpan[]) {
          const data = await win.webContents.printToPDF({
            printBackground: true,
            preferCSSPageSize: true,
            pageSize: paper,
            landscape: orientation === 'landscape',
            pageRanges: rangesText(ranges),
          });
          return new Uint8Array(data);
        },
        print(job) {
          return new Promise<void>((resolve, reject) => {
            win.webContents.print(
              {
                silent: true,
                printBackground: true,
                deviceName: job.printer,
                copies: job.copies,
                pageSize: paper,
                landscape: orientation === 'landscape',
                duplexMode: job.duplex,
                // Electron counts pages from 0.
                pageRanges: job.ranges.map((r) => ({ from: r.from - 1, to: r.to - 1 })),
              },
              (success, failureReason) => {
                closeWin();
                if (success) resolve();
                else reject(new Error(`打印机「${job.printer}」没有完成打印：${failureReason || '已取消'}`));
              },
            );
          });
        },
        async close() {
          closeWin();
        },
      };
    },
    async printers() {
      const wc = mainContents();
      if (!wc) return { printers: [], note: '主窗口尚未就绪，请稍后再试。' };
      const list = await wc.getPrintersAsync();
      const printers = list.map((p) => ({
        name: p.name,
        description: p.displayName || p.description || p.name,
        // Electron has no isDefault any more; CUPS and Windows report it among the platform options.
        isDefault: (p.options as Record<string, string> | undefined)?.['is-default'] === 'true' || (p.options as Record<string, string> | undefined)?.['printer-is-default'] === 'true',
      }));
      return { printers, note: printers.length ? null : '本机还没有添加打印机。请在系统设置中添加打印机，或先“保存为 PDF”。' };
    },
  };
}
