import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

const PICKER_ORIGIN = 'https://folder-picker.invalid';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function listDirs(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/**
 * The browser host's stand-in for the system folder dialog: a page owned by
 * the host (not the app), so that only a person's click grants a folder.
 */
export async function pickFolderInPage(context: BrowserContext, title: string, start: string): Promise<string | null> {
  const page = await context.newPage();
  let current = path.resolve(start);
  return new Promise<string | null>((resolve) => {
    let settled = false;
    const finish = (value: string | null) => {
      if (settled) return;
      settled = true;
      resolve(value);
      page.close().catch(() => undefined);
    };
    page.on('close', () => finish(null));
    const render = async () => {
      const dirs = await listDirs(current);
      const items = dirs.map((d) => `<li><button data-dir="${escapeHtml(d)}">📁 ${escapeHtml(d)}</button></li>`).join('');
      return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px sans-serif;margin:16px}li{list-style:none;margin:2px 0}button{font:inherit}ul{max-height:60vh;overflow:auto;padding:0}</style>
<h2>${escapeHtml(title)}</h2><p>当前文件夹：<b>${escapeHtml(current)}</b></p>
<p><button id="up">⬆ 上一级</button> <button id="home">主文件夹</button> <button id="ok">选择这个文件夹</button> <button id="cancel">取消</button></p>
<ul>${items}</ul>
<script>
document.getElementById('up').onclick=()=>window.__pick('up');
document.getElementById('home').onclick=()=>window.__pick('home');
document.getElementById('ok').onclick=()=>window.__pick('ok');
document.getElementById('cancel').onclick=()=>window.__pick('cancel');
document.querySelectorAll('[data-dir]').forEach(b=>b.onclick=()=>window.__pick('cd',b.dataset.dir));
</script>`;
    };
    void (async () => {
      await page.route(`${PICKER_ORIGIN}/**`, async (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await render() }),
      );
      await page.exposeBinding('__pick', async (_src, action: string, arg?: string) => {
        if (action === 'ok') return finish(current);
        if (action === 'cancel') return finish(null);
        if (action === 'up') current = path.dirname(current);
        if (action === 'home') current = os.homedir();
        if (action === 'cd' && arg && !arg.includes('/') && !arg.includes('\\')) current = path.join(current, arg);
        await page.goto(`${PICKER_ORIGIN}/`);
      });
      await page.goto(`${PICKER_ORIGIN}/`);
    })().catch(() => finish(null));
  });
}
