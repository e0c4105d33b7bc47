import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'CommitteeDesk';

/** The per-user application-data folder, as Electron's app.getPath('appData') gives it. */
export function appDataRoot(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

/** --data-dir wins; a demo run defaults to a folder of its own so it never touches real data. */
export function resolveDataDir(argv: string[], appData = appDataRoot()): { dataDir: string; demo: boolean } {
  const demo = argv.includes('--demo');
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  let dataDir: string | undefined;
  if (i >= 0) dataDir = argv[i].includes('=') ? argv[i].slice('--data-dir='.length) : argv[i + 1];
  if (dataDir) return { dataDir: path.resolve(dataDir), demo };
  return { dataDir: path.join(appData, demo ? `${APP_FOLDER}-demo` : APP_FOLDER), demo };
}
