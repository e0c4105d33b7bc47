// npm start [-- --data-dir DIR] [--demo] [--browser] [--headless]
// Opens Committee Desk in Electron where its binary exists; otherwise says so
// in one line and opens the same app in the browser host (system Chromium).
import { spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { electronBinary } from './electron-binary.mjs';
import { ensureSystemDeps } from './system-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const builtAt = existsSync(path.join(root, 'dist/renderer/index.html')) ? statSync(path.join(root, 'dist/renderer/index.html')).mtimeMs : 0;
const sourcesAt = Math.max(...['renderer', 'shared', 'electron'].map((d) => newestMtime(path.join(root, d))));
if (sourcesAt > builtAt) {
  console.log('正在构建… (building)');
  await buildAll({ quiet: true });
}

const binary = args.includes('--browser') ? null : electronBinary();
if (binary) {
  spawn(binary, [path.join(root, 'dist/electron/main.cjs'), ...args], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!args.includes('--browser')) {
    console.log('Electron binary not found (it cannot be downloaded on this machine): opening Committee Desk in the browser host (system Chromium).');
  }
  // The browser host needs Debian's Chromium and CJK fonts: installed here when missing, or the line to run is printed.
  const status = ensureSystemDeps('start');
  if (status !== 0) process.exit(status);
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  spawn(tsx, [path.join(root, 'electron/browser-host/cli.ts'), ...args], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
}
