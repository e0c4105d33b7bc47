/**
 * Runs in every page of the browser host before the app's own scripts
 * (addInitScript): defines the same `window.api` the Electron preload exposes,
 * carried by Playwright's exposeBinding `__cdInvoke`.
 */
import { decodeWire, encodeWire } from '../../shared/contract/wire';
import type { HostEvent, WindowApi } from '../../shared/contract';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __cdInvoke?: (channel: string, args: unknown) => Promise<unknown>;
    __cdEmit?: (event: HostEvent, payload: unknown) => void;
  }
}

const listeners = new Map<string, Set<Listener>>();

const api: WindowApi = {
  async invoke(channel, args) {
    if (typeof window.__cdInvoke !== 'function') throw new Error('宿主未就绪');
    return decodeWire(await window.__cdInvoke(channel, encodeWire(args)));
  },
  on(event, listener) {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
};

Object.defineProperty(window, '__cdEmit', {
  value: (event: HostEvent, payload: unknown) => listeners.get(event)?.forEach((l) => l(decodeWire(payload))),
  writable: false,
});
Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
