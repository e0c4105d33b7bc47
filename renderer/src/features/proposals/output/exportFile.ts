import { call } from '../../../app/api';
import { sanitiseFileName } from '../../sessions/materials';

/** Write a file into the app's exports folder; returns where it went (to show and open). */
export async function writeExport(name: string, data: Uint8Array): Promise<{ path: string; shown: string }> {
  const path = sanitiseFileName(name);
  const written = await call('files.write', { ref: { area: 'exports', path }, data });
  return { path, shown: written.path };
}

export async function openExport(path: string): Promise<void> {
  await call('files.open', { ref: { area: 'exports', path } });
}
