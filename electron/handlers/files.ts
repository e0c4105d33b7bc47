import type { Services } from '../services/context';
import type { HandlerTable } from './dispatch';

type FileChannels = 'files.write' | 'files.read' | 'files.list' | 'files.remove' | 'files.copy' | 'files.open' | 'dialog.pickFolder';

export function fileHandlers(s: Services): Pick<HandlerTable, FileChannels> {
  return {
    'files.write': ({ ref, data, keepExisting }) => s.files.write(ref, data, keepExisting),
    'files.read': async ({ ref }) => ({ data: await s.files.read(ref) }),
    'files.list': ({ ref }) => s.files.list(ref),
    'files.remove': async ({ ref }) => ({ removed: await s.files.remove(ref) }),
    'files.copy': async ({ from, to }) => ({ copied: await s.files.copy(from, to) }),
    'files.open': async ({ ref }) => ({ opened: await s.ports.openPath(await s.paths.real(ref)) }),
    'dialog.pickFolder': async ({ title }) => {
      const folder = await s.ports.pickFolder(title, await s.lastFolder.get());
      if (!folder) return null;
      const picked = s.paths.picked.add(folder);
      await s.lastFolder.set(picked);
      return { picked };
    },
  };
}
