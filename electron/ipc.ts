import type { IpcMain } from 'electron';
import { CHANNELS } from '../shared/contract';
import type { Dispatch } from './handlers/dispatch';

/** Thin glue: one ipcMain handler per contract channel, all routed to the shared dispatcher. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args) => dispatch(channel, args, { senderUrl: event.senderFrame?.url ?? '' }));
  }
}
