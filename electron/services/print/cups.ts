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

export async function listCupsPrinters(run: Run = runCommand): Promise<{ printers: PrinterInfo[]; note: string | null }> {
  let dests: string;
  try {
    dests = await run('lpstat', ['-e']);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      return { printers: [], note: '本机没有安装打印系统（CUPS 的 lpstat 命令不存在），不能直接打印。可以先“保存为 PDF”，再用其他电脑打印。' };
    }
    return { printers: [], note: '打印系统没有响应（lpstat 失败），请检查打印服务是否已启动。可以先“保存为 PDF”。' };
  }
  const def = await run('lpstat', ['-d']).catch(() => '');
  const printers = parseLpstat(dests, def);
  return { printers, note: printers.length ? null : '本机还没有添加打印机。请在系统设置中添加打印机，或先“保存为 PDF”。' };
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
    if (err.code === 'ENOENT') throw new Error('本机没有打印命令 lp（CUPS），不能直接打印。请先“保存为 PDF”。');
    throw new Error(`打印机「${job.printer}」没有接受打印任务：${(err.stderr || err.message).trim()}`);
  }
}
