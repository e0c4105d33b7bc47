import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

const PICKER_ORIGIN = 'https://folder-picker.invalid';

/**
 * Icons as inline SVG (Material's folder and arrow-upward paths): the 📁 and ⬆
 * characters need an emoji font that a fresh Debian machine lacks, and showed as boxes.
 */
const svg = (d: string) => `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="${d}"/></svg>`;
export const PICKER_ICONS = {
  folder: svg('M10 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V8c0-1.1-.9-2-2-2h-8z'),
  up: svg('M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8z'),
  home: svg('M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z'),
};

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

/** The picker page: the folder's subfolders as buttons, the actions, and a script that reports clicks. */
export function pickerHtml(title: string, current: string, dirs: string[]): string {
  const items = dirs.map((d) => `<li><button class="dir" data-dir="${escapeHtml(d)}">${PICKER_ICONS.folder}<span>${escapeHtml(d)}</span></button></li>`).join('');
  const empty = dirs.length ? '' : '<p class="empty">这个文件夹里没有子文件夹。</p>';
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px "Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:16px 24px;color:#222}
h2{font-size:20px;font-weight:500}li{list-style:none;margin:0}ul{max-height:60vh;overflow:auto;padding:0;border:1px solid #ddd;border-radius:4px}
button{font:inherit;display:inline-flex;align-items:center;gap:6px;min-height:34px;padding:4px 12px;border:1px solid #bbb;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:#f3f3f3}#ok{background:#b71c1c;color:#fff;border-color:#b71c1c}
.dir{width:100%;border:0;border-radius:0;text-align:left;color:#333}.dir svg{color:#c9a227}.empty{color:#777}</style>
<h2>${escapeHtml(title)}</h2><p>当前文件夹：<b>${escapeHtml(current)}</b></p>
<p><button id="up">${PICKER_ICONS.up}上一级</button> <button id="home">${PICKER_ICONS.home}主文件夹</button> <button id="ok">选择这个文件夹</button> <button id="cancel">取消</button></p>
<ul>${items}</ul>${empty}
<script>
document.getElementById('up').onclick=()=>window.__pick('up');
document.getElementById('home').onclick=()=>window.__pick('home');
document.getElementById('ok').onclick=()=>window.__pick('ok');
document.getElementById('cancel').onclick=()=>window.__pick('cancel');
document.querySelectorAll('[data-dir]').forEach(b=>b.onclick=()=>window.__pick('cd',b.dataset.dir));
</script>`;
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
    const render = async () => pickerHtml(title, current, await listDirs(current));
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
