import { execFile } from 'node:child_process';
import type { PrinterInfo } from '../../../shared/contract/print';
import type { PaperSize } from '../../../shared/print/page';
import type { PaperJob } from './port';

/** Runs a command; resolves with stdout, rejects with an error whose `code` is 'ENOENT' when it is missing. */
export type Run = (cmd: string, args: string[]) => Promise<string>;

export const runCommand: Run = (cmd, args) =>
  new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 30_000, env: { ...process.env, LANG: 'C' } }, (err, stdout, stderr) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { stderr?: string };
        e.stderr = String(stderr ?? '');
        reject(e);
      } else resolve(String(stdout));
    });
  });

/** `lpstat -e` prints one destination a line; `lpstat -d` says "system default destination: NAME". */
export function parseLpstat(destinations: string, defaultLine: string): PrinterInfo[] {
  const def = /destination:\s*(\S+)/.exec(defaultLine)?.[1] ?? '';
  return destinations
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/\s/.test(l))
    .map((name) => ({ name, description: name, isDefault: name === def }));
}

/** What the person reads in 打印中心 when paper printing is not possible: what they can do, not which command failed. */
export const PRINTER_NOTES = {
  noPrintService: '这台电脑还没有安装打印服务，不能直接打印。可以先点「保存为 PDF」，把文件拷到能打印的电脑上打印；或请单位的电脑管理员为本机安装打印服务并添加打印机。',
  notResponding: '打印服务没有响应，暂时不能直接打印。可以先点「保存为 PDF」；如果一直这样，请重启电脑，或请电脑管理员检查打印服务。',
  noPrinter: '本机还没有添加打印机。请在系统设置中添加打印机，或先点「保存为 PDF」。',
  noPrintCommand: '这台电脑还没有安装打印服务，不能直接打印。请先点「保存为 PDF」，再到能打印的电脑上打印。',
} as const;

export async function listCupsPrinters(run: Run = runCommand): Promise<{ printers: PrinterInfo[]; note: string | null }> {
  let dests: string;
  try {
    dests = await run('lpstat', ['-e']);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      return { printers: [], note: PRINTER_NOTES.noPrintService };
    }
    return { printers: [], note: PRINTER_NOTES.notResponding };
  }
  const def = await run('lpstat', ['-d']).catch(() => '');
  const printers = parseLpstat(dests, def);
  return { printers, note: printers.length ? null : PRINTER_NOTES.noPrinter };
}

const SIDES = { simplex: 'one-sided', longEdge: 'two-sided-long-edge', shortEdge: 'two-sided-short-edge' } as const;

/** Arguments for `lp`: the PDF already holds only the chosen pages, in the chosen paper and orientation. */
export function lpArgs(file: string, job: PaperJob, paper: PaperSize): string[] {
  return ['-d', job.printer, '-n', String(job.copies), '-o', `media=${paper}`, '-o', `sides=${SIDES[job.duplex]}`, '-o', 'fit-to-page', '--', file];
}

export async function printWithLp(file: string, job: PaperJob, paper: PaperSize, run: Run = runCommand): Promise<string> {
  try {
    return await run('lp', lpArgs(file, job, paper));
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error(PRINTER_NOTES.noPrintCommand);
    throw new Error(`打印机「${job.printer}」没有接受打印任务：${(err.stderr || err.message).trim()}`);
  }
}
