import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import path from 'node:path';
import { createHostDispatcher } from './handlers';
import { registerIpc } from './ipc';
import { createElectronPrintPort } from './print-window';
import { createServices, sweepAfterCrash, type HostPorts } from './services/context';
import { resolveDataDir } from './services/data-dir';
import { ELECTRON_ORIGIN, isNavigationAllowed, makeSenderCheck } from './services/security';
import { serveStatic } from './services/static';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// The app speaks Chinese whatever the system's language: date fields read 年/月/日, the spell-checker and menus are Chinese.
app.commandLine.appendSwitch('lang', 'zh-CN');

const { dataDir, demo } = resolveDataDir(process.argv, app.getPath('appData'));
app.setPath('userData', dataDir);
const rendererDir = path.join(__dirname, '../renderer');
let mainWindow: BrowserWindow | null = null;

const ports: HostPorts = {
  kind: 'electron',
  async pickFolder(title, start) {
    const res = await dialog.showOpenDialog(mainWindow!, { title, defaultPath: start ?? undefined, properties: ['openDirectory', 'createDirectory'] });
    return res.canceled ? null : (res.filePaths[0] ?? null);
  },
  print: createElectronPrintPort(() => mainWindow?.webContents ?? null),
  async openPath(abs) {
    return (await shell.openPath(abs)) === '';
  },
  emit(event, payload) {
    mainWindow?.webContents.send(`event:${event}`, payload);
  },
};

function harden(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url, ELECTRON_ORIGIN)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

async function createWindow(): Promise<void> {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 860,
    title: '政协工委助手',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(`${ELECTRON_ORIGIN}/index.html`);
}

app.whenReady().then(async () => {
  harden();
  protocol.handle('app', async (request) => {
    const res = await serveStatic(rendererDir, new URL(request.url).pathname);
    return new Response(new Uint8Array(res.body), { status: res.status, headers: res.headers });
  });
  const services = createServices({ dataDir, version: app.getVersion(), demoRequested: demo }, ports);
  await sweepAfterCrash(services);
  registerIpc(ipcMain, createHostDispatcher(services, makeSenderCheck(ELECTRON_ORIGIN)));
  await createWindow();
});

app.on('window-all-closed', () => app.quit());
