import { resolveDataDir } from '../services/data-dir';
import { startBrowserHost } from './host';

const argv = process.argv.slice(2);
const { dataDir, demo } = resolveDataDir(argv);
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = argv.includes('--headless') || noDisplay;
if (noDisplay && !argv.includes('--headless')) {
  console.log('No display found: running headless (use xvfb-run npm start for a window). Press Ctrl+C to stop.');
}

const host = await startBrowserHost({ dataDir, headless, demo });
console.log(`Committee Desk is running. Data folder: ${dataDir}`);
const stop = async () => {
  await host.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
host.context.on('close', () => process.exit(0));
