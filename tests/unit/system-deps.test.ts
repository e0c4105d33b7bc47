import { describe, expect, it } from 'vitest';
import { decide, ensureSystemDeps, NEEDS, type Run } from '../../scripts/system-deps.mjs';

/** A fake machine: which packages dpkg reports, whether apt and sudo exist, and every command run. */
function machine(opts: { installed: string[]; apt?: boolean; sudo?: boolean; failInstall?: boolean }) {
  const calls: string[] = [];
  const installed = new Set(opts.installed);
  const run: Run = (cmd, args) => {
    const line = [cmd, ...args].join(' ');
    calls.push(line);
    if (cmd === 'apt-get' && args[0] === '--version') return { status: opts.apt === false ? -1 : 0, stdout: 'apt 2.6' };
    if (cmd === 'dpkg-query' && args[0] === '--version') return { status: opts.apt === false ? -1 : 0, stdout: '' };
    if (cmd === 'dpkg-query') {
      const pkg = args[args.length - 1];
      return installed.has(pkg) ? { status: 0, stdout: 'install ok installed' } : { status: 1, stdout: '' };
    }
    if (cmd === 'sudo' && args.join(' ') === '-n true') return { status: opts.sudo ? 0 : 1, stdout: '' };
    if (line.includes('apt-get install')) {
      if (opts.failInstall) return { status: 100, stdout: '' };
      for (const p of args.filter((a) => !a.startsWith('-') && !a.includes('=') && a !== 'apt-get' && a !== 'install' && a !== 'env')) installed.add(p);
    }
    return { status: 0, stdout: '' };
  };
  const logs: string[] = [];
  return { run, calls, logs, log: (l: string) => logs.push(l), installed };
}

describe('system packages: the decision', () => {
  const all = NEEDS.test;
  it('does nothing when every package is there', () => {
    expect(decide({ wanted: all, installed: () => true, hasApt: true, isRoot: false, canSudo: false })).toEqual({ action: 'none' });
  });
  it('installs as root, through sudo -n otherwise, and asks when neither works', () => {
    const installed = (p: string) => p !== 'chromium' && p !== 'xvfb';
    expect(decide({ wanted: all, installed, hasApt: true, isRoot: true, canSudo: false })).toEqual({ action: 'install', missing: ['chromium', 'xvfb'], prefix: [] });
    expect(decide({ wanted: all, installed, hasApt: true, isRoot: false, canSudo: true })).toEqual({ action: 'install', missing: ['chromium', 'xvfb'], prefix: ['sudo', '-n'] });
    const ask = decide({ wanted: all, installed, hasApt: true, isRoot: false, canSudo: false });
    expect(ask).toMatchObject({ action: 'ask', missing: ['chromium', 'xvfb'] });
    expect(ask.action === 'ask' && ask.line).toBe('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium xvfb');
  });
  it('npm start needs only the browser (in Chinese: its zh-CN locale) and fonts; npm test also xvfb, poppler and LibreOffice Writer', () => {
    expect(NEEDS.start).toEqual(['chromium', 'chromium-l10n', 'fonts-noto-cjk']);
    expect(NEEDS.test).toEqual(expect.arrayContaining(['chromium', 'chromium-l10n', 'fonts-noto-cjk', 'xvfb', 'poppler-utils', 'libreoffice-writer-nogui']));
  });
});

describe('system packages: on a faked machine', () => {
  it('as root, updates the lists then installs exactly the missing packages, and succeeds', () => {
    const m = machine({ installed: ['chromium-l10n', 'fonts-noto-cjk', 'xvfb', 'poppler-utils'] });
    expect(ensureSystemDeps('test', { run: m.run, log: m.log, uid: 0, platform: 'linux' })).toBe(0);
    const apt = m.calls.filter((c) => c.includes('apt-get update') || c.includes('apt-get install'));
    expect(apt).toEqual([
      'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libreoffice-writer-nogui',
    ]);
    expect(m.calls).not.toContain('sudo -n true');
  });
  it('as a user with password-less sudo, installs through sudo -n', () => {
    const m = machine({ installed: NEEDS.test.filter((p) => p !== 'poppler-utils'), sudo: true });
    expect(ensureSystemDeps('test', { run: m.run, log: m.log, uid: 1000, platform: 'linux' })).toBe(0);
    expect(m.calls).toContain('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils');
  });
  it('as a user without sudo, installs nothing, prints the one line to run and returns 1', () => {
    const m = machine({ installed: ['fonts-noto-cjk'], sudo: false });
    expect(ensureSystemDeps('start', { run: m.run, log: m.log, uid: 1000, platform: 'linux' })).toBe(1);
    expect(m.calls.some((c) => c.includes('apt-get install') || c.includes('apt-get update'))).toBe(false);
    expect(m.logs.join('\n')).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium');
    expect(m.logs.join('\n')).not.toContain('fonts-noto-cjk:');
  });
  it('a failed install says so with the line to run, without throwing', () => {
    const m = machine({ installed: [], failInstall: true });
    expect(ensureSystemDeps('start', { run: m.run, log: m.log, uid: 0, platform: 'linux' })).toBe(1);
    expect(m.logs.join('\n')).toContain('apt-get install -y --no-install-recommends chromium chromium-l10n fonts-noto-cjk');
  });
  it('everything present: no apt command runs', () => {
    const m = machine({ installed: NEEDS.test });
    expect(ensureSystemDeps('test', { run: m.run, log: m.log, uid: 0, platform: 'linux' })).toBe(0);
    expect(m.calls.filter((c) => c.startsWith('env ') || c.startsWith('sudo'))).toEqual([]);
    expect(m.logs).toEqual([]);
  });
  it('not Debian, or not Linux: checks nothing and carries on', () => {
    const m = machine({ installed: [], apt: false });
    expect(ensureSystemDeps('test', { run: m.run, log: m.log, uid: 1000, platform: 'linux' })).toBe(0);
    expect(m.calls.some((c) => c.includes('install'))).toBe(false);
    const w = machine({ installed: [] });
    expect(ensureSystemDeps('start', { run: w.run, log: w.log, uid: -1, platform: 'win32' })).toBe(0);
    expect(w.calls).toEqual([]);
  });
});
