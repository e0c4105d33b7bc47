import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickerHtml } from './folder-picker';
import { APP_LOOK_ARGS, BROWSER_IGNORED_DEFAULT_ARGS, browserEnv, prepareProfile, withAppPreferences } from './profile';

describe('the browser host looks like the app', () => {
  it('hides the --no-sandbox and automation bars', () => {
    expect(APP_LOOK_ARGS).toContain('--test-type');
    expect(BROWSER_IGNORED_DEFAULT_ARGS).toContain('--enable-automation');
  });

  it('turns translation off in the profile and keeps what else the profile holds', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cd-profile-'));
    mkdirSync(path.join(dir, 'Default'));
    writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify({ session: { restore_on_startup: 4 }, translate: { enabled: true, blocked_languages: ['zh-CN'] } }));
    await prepareProfile(dir);
    const prefs = JSON.parse(readFileSync(path.join(dir, 'Default', 'Preferences'), 'utf8'));
    expect(prefs.translate).toEqual({ enabled: false, blocked_languages: ['zh-CN'] });
    expect(prefs.intl.accept_languages).toBe('zh-CN,zh');
    expect(prefs.session).toEqual({ restore_on_startup: 4 });
  });

  it('a damaged or missing Preferences file becomes the app preferences', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cd-profile-'));
    await prepareProfile(dir);
    expect(JSON.parse(readFileSync(path.join(dir, 'Default', 'Preferences'), 'utf8')).translate.enabled).toBe(false);
    writeFileSync(path.join(dir, 'Default', 'Preferences'), '{not json');
    await prepareProfile(dir);
    expect(JSON.parse(readFileSync(path.join(dir, 'Default', 'Preferences'), 'utf8'))).toEqual(withAppPreferences({}));
  });

  it('the browser UI speaks Chinese', () => {
    const env = browserEnv({ PATH: '/usr/bin', LANG: 'C.UTF-8' });
    expect(env).toMatchObject({ PATH: '/usr/bin', LANGUAGE: 'zh_CN:zh', LANG: 'C.UTF-8' });
    // File names stay UTF-8: a locale the machine may lack is never named, and a non-UTF-8 one is replaced.
    expect(browserEnv({ LANG: 'POSIX' }).LANG).toBe('C.UTF-8');
    expect(browserEnv({}).LANG).toBe('C.UTF-8');
    expect(browserEnv({ LANG: 'zh_CN.UTF-8' }).LANG).toBe('zh_CN.UTF-8');
  });

  it('the folder picker draws its icons as SVG, not emoji that a fresh machine shows as boxes', () => {
    const html = pickerHtml('选择文件夹', '/home/clerk', ['备份', 'U盘']);
    expect(html).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(html.match(/<svg/g)?.length).toBe(4); // up, home, and one folder icon per subfolder
    expect(html).toContain('lang="zh-CN"');
    expect(pickerHtml('选择文件夹', '/x', [])).toContain('没有子文件夹');
  });
});
