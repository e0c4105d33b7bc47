import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * Chromium flags that make the browser host look like the app: `--test-type`
 * hides the "unsupported command-line flag: --no-sandbox" bar (the sandbox
 * cannot run as root, and playwright-core passes --no-sandbox by default),
 * and the automation bar is dropped by not passing --enable-automation
 * (BROWSER_IGNORED_DEFAULT_ARGS). The translate bubble is kept away by the
 * profile's preferences (withAppPreferences) and a Chinese browser UI
 * (BROWSER_ENV): a --disable-features flag of our own would replace
 * playwright-core's list rather than add to it.
 */
export const APP_LOOK_ARGS = ['--test-type'];
export const BROWSER_IGNORED_DEFAULT_ARGS = ['--enable-automation'];

/** The browser's own UI language: Chinese, so it neither labels itself in English nor offers to translate a Chinese page. */
export function browserEnv(base: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) env[k] = v;
  // LANGUAGE picks the UI's language. LANG stays a UTF-8 locale this machine has: naming one it lacks
  // (zh_CN.UTF-8 where only C.UTF-8 is generated) leaves Chromium in ASCII, unable to open 南大街名册.xlsx.
  const lang = env.LANG && /utf-?8/i.test(env.LANG) ? env.LANG : 'C.UTF-8';
  return { ...env, LANGUAGE: 'zh_CN:zh', LANG: lang };
}

type Prefs = Record<string, unknown>;

function asObject(v: unknown): Prefs {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Prefs) : {};
}

/** The app's preferences merged over a profile's: translation off, Chinese as the page language, nothing else touched. */
export function withAppPreferences(existing: Prefs): Prefs {
  return {
    ...existing,
    translate: { ...asObject(existing.translate), enabled: false },
    intl: { ...asObject(existing.intl), accept_languages: 'zh-CN,zh' },
  };
}

/** Write the app's preferences into the persistent profile before Chromium starts (a damaged file is replaced). */
export async function prepareProfile(profileDir: string): Promise<void> {
  const file = path.join(profileDir, 'Default', 'Preferences');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  let existing: Prefs = {};
  try {
    existing = asObject(JSON.parse(await fsp.readFile(file, 'utf8')));
  } catch {
    existing = {};
  }
  await fsp.writeFile(file, JSON.stringify(withAppPreferences(existing)));
}
