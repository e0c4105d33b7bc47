import { create } from 'zustand';
import type { AppInfo } from '../../../shared/contract/app';
import type { Office } from '../../../shared/domain/office';
import { setIdentity } from '../db/identity';
import { call } from './api';

export type PersistState = 'granted' | 'denied' | 'unknown';

interface AppState {
  info: AppInfo | null;
  persisted: PersistState;
  loadError: string | null;
  /** Work the whole app should show as going on (the demo office being filled), or null. */
  background: string | null;
  setBackground(label: string | null): void;
  load(): Promise<void>;
  setOffice(office: Office): void;
}

async function requestPersistence(): Promise<PersistState> {
  try {
    if (!navigator.storage?.persist) return 'unknown';
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  persisted: 'unknown',
  loadError: null,
  background: null,
  setBackground(label) {
    set({ background: label });
  },
  async load() {
    try {
      const [info, persisted] = await Promise.all([call('app.info', {}), requestPersistence()]);
      if (info.office) setIdentity({ nodeId: info.office.nodeId, office: info.office.code, role: info.office.role });
      set({ info, persisted, loadError: null });
    } catch (e) {
      set({ loadError: (e as Error).message });
    }
  },
  setOffice(office) {
    setIdentity({ nodeId: office.nodeId, office: office.code, role: office.role });
    const info = get().info;
    if (info) set({ info: { ...info, office } });
  },
}));
