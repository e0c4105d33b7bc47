import type { Services } from '../services/context';
import type { HandlerTable } from './dispatch';

export function appHandlers(s: Services): Pick<HandlerTable, 'app.info' | 'app.setup' | 'app.renameOffice' | 'app.leaveDemo' | 'app.sameComputer'> {
  return {
    'app.info': async () => ({
      version: s.options.version,
      host: s.ports.kind,
      platform: process.platform,
      dataDir: s.options.dataDir,
      office: await s.office.get(),
      demoRequested: s.options.demoRequested,
      copiedFrom: await s.office.copiedFrom(),
    }),
    'app.sameComputer': async () => (await s.office.adoptMachine(), {}),
    'app.setup': (args) => s.office.setup(args),
    'app.renameOffice': ({ name }) => s.office.rename(name),
    'app.leaveDemo': async () => {
      const left = await s.office.leaveDemo();
      if (left) s.sync.forget();
      return { left };
    },
  };
}
