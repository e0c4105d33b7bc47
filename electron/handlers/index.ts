import type { Services } from '../services/context';
import { appHandlers } from './app';
import { createDispatcher, type HandlerTable } from './dispatch';
import { fileHandlers } from './files';
import { printHandlers } from './print';
import { syncHandlers } from './sync';

/** One handler per contract channel; the type makes a missing one a compile error. */
export function createHandlerTable(s: Services): HandlerTable {
  return {
    ...appHandlers(s),
    ...fileHandlers(s),
    ...printHandlers(s),
    ...syncHandlers(s),
  };
}

export function createHostDispatcher(s: Services, isTrustedSender: (url: string) => boolean) {
  return createDispatcher(createHandlerTable(s), isTrustedSender);
}
