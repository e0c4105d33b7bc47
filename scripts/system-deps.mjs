// The Debian packages Committee Desk needs outside npm, checked and installed
// in one place: `.ci/run`, `npm start` (where it falls back to the browser
// host) and `npm test` all call it. Missing packages are installed when this
// user can (root, or sudo without a password); otherwise it prints the one
// `apt-get install` line to run and exits with status 1, without a stack trace.
//
//   node scripts/system-deps.mjs [--for start|test]
//
// Only Node built-ins here: .ci/run calls it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What each command needs, and why (the reason is printed with a missing package). */
export const PACKAGES = {
  chromium: '浏览器宿主与打印 (the browser host and printing)',
  'chromium-l10n': '浏览器的中文界面 (Chinese for Chromium: date fields read 年/月/日)',
  'fonts-noto-cjk': '中文字体 (CJK fonts for the screen)',
  xvfb: '无显示器时的窗口 (a window without a display, for screenshots)',
  'poppler-utils': '读回 PDF (pdftotext, pdftoppm: the print tests)',
  'libreoffice-writer-nogui': '打开 Word 文件 (the Word-file tests)',
};

export const NEEDS = {
  start: ['chromium', 'chromium-l10n', 'fonts-noto-cjk'],
  test: ['chromium', 'chromium-l10n', 'fonts-noto-cjk', 'xvfb', 'poppler-utils', 'libreoffice-writer-nogui'],
};

/** The line a person runs when this script cannot install for them. */
export function installLine(missing) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`;
}

/**
 * Decide what to do, from facts gathered by the caller:
 * `installed(pkg)`, whether apt-get and dpkg exist, whether we are root, and
 * whether `sudo -n` works. Pure, so a unit test can fake every answer.
 * @returns {{ action: 'none' } | { action: 'install', missing: string[], prefix: string[] } | { action: 'ask', missing: string[], line: string } | { action: 'unsupported' }}
 */
export function decide({ wanted, installed, hasApt, isRoot, canSudo }) {
  if (!hasApt) return { action: 'unsupported' };
  const missing = wanted.filter((p) => !installed(p));
  if (missing.length === 0) return { action: 'none' };
  if (isRoot) return { action: 'install', missing, prefix: [] };
  if (canSudo) return { action: 'install', missing, prefix: ['sudo', '-n'] };
  return { action: 'ask', missing, line: installLine(missing) };
}

/** The commands an install runs, in order (apt lists first: on a fresh machine they are empty). */
export function installCommands(missing, prefix) {
  const env = ['env', 'DEBIAN_FRONTEND=noninteractive'];
  return [
    [...prefix, ...env, 'apt-get', 'update', '-qq'],
    [...prefix, ...env, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
  ];
}

function defaultRun(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', stdio: opts.inherit ? 'inherit' : 'pipe' });
  return { status: res.error ? -1 : res.status, stdout: res.stdout ?? '' };
}

/** True when dpkg says the package is installed. */
function dpkgInstalled(run, pkg) {
  const res = run('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return res.status === 0 && /install ok installed/.test(res.stdout);
}

/**
 * Check the packages `purpose` needs and install the missing ones when this
 * user can. Returns an exit status (0: everything is there) and never throws
 * for a missing or uninstallable package.
 */
export function ensureSystemDeps(purpose, deps = {}) {
  const run = deps.run ?? defaultRun;
  const log = deps.log ?? ((line) => console.log(line));
  const uid = deps.uid ?? (typeof process.getuid === 'function' ? process.getuid() : -1);
  const platform = deps.platform ?? process.platform;
  const wanted = NEEDS[purpose];
  if (!wanted) throw new Error(`unknown purpose ${purpose}: use one of ${Object.keys(NEEDS).join(', ')}`);
  if (platform !== 'linux') return 0; // Windows and macOS run Electron itself; these packages are Debian's.

  const hasApt = run('apt-get', ['--version']).status === 0 && run('dpkg-query', ['--version']).status === 0;
  const plan = decide({
    wanted,
    installed: (pkg) => dpkgInstalled(run, pkg),
    hasApt,
    isRoot: uid === 0,
    canSudo: uid !== 0 && run('sudo', ['-n', 'true']).status === 0,
  });
  if (plan.action === 'none') return 0;
  if (plan.action === 'unsupported') {
    // Not Debian: nothing to check packages with. Say what the commands expect, and carry on.
    log(`提示：这台机器没有 apt-get/dpkg，无法检查系统软件包；需要的是 Debian 的 ${wanted.join('、')}（或同等软件）。`);
    return 0;
  }
  const reasons = plan.missing.map((p) => `  ${p}: ${PACKAGES[p]}`).join('\n');
  if (plan.action === 'ask') {
    log(`缺少系统软件包 (missing Debian packages):\n${reasons}\n请运行这一行后再试 (run this, then try again):\n  ${plan.line}`);
    return 1;
  }
  log(`正在安装系统软件包 (installing Debian packages): ${plan.missing.join(' ')}`);
  for (const cmd of installCommands(plan.missing, plan.prefix)) {
    const res = run(cmd[0], cmd.slice(1), { inherit: true });
    if (res.status !== 0) {
      log(`安装没有成功 (${cmd.join(' ')} 退出码 ${res.status})。请运行这一行后再试:\n  ${installLine(plan.missing)}`);
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--for');
  const purpose = i >= 0 ? process.argv[i + 1] : 'test';
  if (!NEEDS[purpose]) {
    console.log(`用法: node scripts/system-deps.mjs [--for ${Object.keys(NEEDS).join('|')}]`);
    process.exit(2);
  }
  process.exit(ensureSystemDeps(purpose));
}
