import type { BrowserHost } from '../../electron/browser-host/host';
import type { BenchSize, Measurement, RowSpec } from '../spec';

export interface NodeCtx {
  host: BrowserHost;
  size: BenchSize;
  seed: number;
  repeats: number;
  /** The app's first screen and the bench page, at the app's origin. */
  appUrl: string;
  benchUrl: string;
  /** A folder standing in for a USB stick: every dialog.pickFolder of the bench answers it. */
  stick: string;
  log(line: string): void;
}

/** A budget row measured from Node: it needs navigation, CDP or main-side services. */
export interface NodeRow extends RowSpec {
  /** 'app' rows run on the app's own pages before the in-page rows; 'after' rows run last. */
  phase: 'app' | 'after';
  run?: (ctx: NodeCtx) => Promise<Measurement>;
}
