import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, type HostEvent, type WindowApi } from '../shared/contract';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const api: WindowApi = {
  invoke(channel, args) {
    if (!channels.has(channel)) return Promise.reject(new Error(`未知的调用：${channel}`));
    return ipcRenderer.invoke(channel, args);
  },
  on(event: HostEvent, listener) {
    if (!events.has(event)) return () => undefined;
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => ipcRenderer.removeListener(`event:${event}`, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', api);
