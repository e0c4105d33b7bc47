import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';
import { BROWSER_HOST_ORIGIN, CSP, ELECTRON_ORIGIN, isNavigationAllowed, makeSenderCheck } from './security';
import { serveStatic } from './static';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('security decisions', () => {
  it('trusts only the app origin as a sender', () => {
    const check = makeSenderCheck(ELECTRON_ORIGIN);
    expect(check('app://desk/index.html#/members')).toBe(true);
    expect(check('app://evil/index.html')).toBe(false);
    expect(check('file:///C:/app/index.html')).toBe(false);
    expect(check('https://desk/')).toBe(false);
    expect(check('')).toBe(false);
    expect(makeSenderCheck(BROWSER_HOST_ORIGIN)(`${BROWSER_HOST_ORIGIN}/print.html`)).toBe(true);
  });

  it('denies navigation away from the app', () => {
    expect(isNavigationAllowed('app://desk/index.html', ELECTRON_ORIGIN)).toBe(true);
    expect(isNavigationAllowed('https://example.com/', ELECTRON_ORIGIN)).toBe(false);
    expect(isNavigationAllowed('file:///tmp/x.html', ELECTRON_ORIGIN)).toBe(false);
  });

  it('serves only files inside the renderer folder, always with the CSP header', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'cd-static-'));
    const root = path.join(parent, 'renderer');
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<p>hi</p>');
    writeFileSync(path.join(parent, 'secret.txt'), 'secret');
    const ok = await serveStatic(root, '/members');
    expect(ok.status).toBe(200);
    expect(ok.headers['Content-Security-Policy']).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-eval');
    expect(ok.body.toString()).toBe('<p>hi</p>');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await serveStatic(root, attempt);
      expect(res.status).toBe(403);
      expect(res.body.toString()).not.toContain('secret');
    }
  });

  it('resolves the data folder from --data-dir, else the per-user folder, demo apart', () => {
    expect(resolveDataDir(['--data-dir', '/x/y'], '/appdata')).toEqual({ dataDir: '/x/y', demo: false });
    expect(resolveDataDir(['--data-dir=/x/z', '--demo'], '/appdata')).toEqual({ dataDir: '/x/z', demo: true });
    expect(resolveDataDir([], '/appdata')).toEqual({ dataDir: path.join('/appdata', 'CommitteeDesk'), demo: false });
    expect(resolveDataDir(['--demo'], '/appdata')).toEqual({ dataDir: path.join('/appdata', 'CommitteeDesk-demo'), demo: true });
  });
});
