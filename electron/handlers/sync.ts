import type { Services } from '../services/context';
import type { HandlerTable } from './dispatch';

type SyncChannels = Extract<keyof HandlerTable, `sync.${string}` | `backup.${string}`>;

export function syncHandlers(s: Services): Pick<HandlerTable, SyncChannels> {
  return {
    'sync.status': () => s.sync.status(),
    'sync.exportBegin': ({ destOffice }) => s.sync.exportBegin(destOffice),
    'sync.exportChunk': ({ token, gz, summary }) => s.sync.exportChunk(token, gz, summary),
    'sync.exportFinish': (a) => s.sync.exportFinish(a),
    'sync.exportCancel': ({ token }) => (s.sync.exportCancel(token), {}),
    'sync.scanFolder': ({ folder }) => s.sync.scanFolder(folder),
    'sync.verify': (a) => s.sync.verify(a),
    'sync.enrol': ({ source, fingerprint, as }) => s.sync.enrol(source, fingerprint, as),
    'sync.notePredecessor': ({ node }) => s.sync.notePredecessor(node),
    'sync.becomeNewComputer': () => s.sync.becomeNewComputer(),
    'sync.importChunk': ({ token, index }) => s.sync.importChunk(token, index),
    'sync.importDone': ({ token }) => s.sync.importDone(token),
    'sync.importCancel': async ({ token }) => (await s.sync.importCancel(token), {}),
    'sync.quarantineDiscard': async ({ id }) => (await s.sync.quarantineDiscard(id), {}),
    'sync.archiveList': () => s.sync.archiveList(),
    'backup.begin': ({ kind, folder }) => s.backups.begin(kind, folder),
    'backup.chunk': async ({ token, table, gz, count }) => (await s.backups.chunk(token, table, gz, count), {}),
    'backup.cancel': async ({ token }) => (await s.backups.cancel(token), {}),
    'backup.finish': async ({ token, schemaVersion, office }) => s.backups.finish(token, schemaVersion, office, (await s.office.get())?.nodeId),
    'backup.list': () => s.backups.list(),
    'backup.listFolder': ({ picked }) => s.backups.listFolder(picked),
    'backup.open': ({ ref }) => s.backups.open(ref),
    'backup.read': ({ token, index }) => s.backups.read(token, index),
    'backup.close': ({ token }) => (s.backups.close(token), {}),
  };
}
