import type { HostEvent } from '../../shared/contract';
import path from 'node:path';
import { sweepTempFiles } from './atomic-write';
import { FileService } from './files';
import { LastFolder } from './last-folder';
import { OfficeService } from './office';
import { APP_AREAS, AppPaths, PickedFolders } from './paths';
import type { PrintPort } from './print/port';
import { PrintService } from './print/service';
import { BackupService } from './sync/backup-service';
import { pickSuite } from './sync/self-test';
import { sweepStaging } from './sync/staging';
import { SyncService } from './sync/sync-service';

/** What differs between the Electron host and the browser host; the services see only this. */
export interface HostPorts {
  kind: 'electron' | 'browser';
  /** Ask the person for a folder, opening at `start` (the last folder picked) when given; null when they cancel. */
  pickFolder(title: string, start?: string | null): Promise<string | null>;
  /** Open a file with the system's default program. */
  openPath(absPath: string): Promise<boolean>;
  /** Push an event to the renderer. */
  emit(event: HostEvent, payload: unknown): void;
  /** Printing: a hidden window in Electron, headless Chromium + lp in the browser host. */
  print?: PrintPort;
}

export interface HostOptions {
  dataDir: string;
  version: string;
  demoRequested: boolean;
  /** This machine's fingerprint (electron/services/machine.ts); tests give each data folder its own. */
  machine?: string;
}

/** Everything the handler table needs, built once per host. */
export interface Services {
  options: HostOptions;
  ports: HostPorts;
  paths: AppPaths;
  files: FileService;
  office: OfficeService;
  print: PrintService;
  sync: SyncService;
  backups: BackupService;
  lastFolder: LastFolder;
}

export function createServices(options: HostOptions, ports: HostPorts): Services {
  const paths = new AppPaths(options.dataDir, new PickedFolders());
  const office = new OfficeService(paths, options.machine);
  // Crypto self-test at start-up: node:crypto if it passes, else the pure-JS fallback.
  const { suite } = pickSuite();
  return {
    options,
    ports,
    paths,
    files: new FileService(paths),
    print: new PrintService(paths, ports.print, (event, payload) => ports.emit(event, payload)),
    office,
    sync: new SyncService(paths, office, suite, options.version, ports),
    backups: new BackupService(paths),
    lastFolder: new LastFolder(path.join(options.dataDir, 'last-folder.json')),
  };
}

/** Start-up housekeeping: remove temporary files that a crash left half-written, and imports it cut off in staging. */
export async function sweepAfterCrash(s: Services): Promise<number> {
  const dirs = [s.options.dataDir, ...APP_AREAS.map((a) => s.paths.area(a)), path.join(s.options.dataDir, 'keys'), s.sync.syncDir, path.join(s.sync.syncDir, 'quarantine')];
  let removed = 0;
  for (const dir of dirs) removed += await sweepTempFiles(dir);
  return removed + (await sweepStaging(s.sync.syncDir));
}
