import { create } from 'zustand';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { call } from '../../app/api';

/** The exchange's view of main: who we are, enrolled peers, quarantine. Reloaded after every action. */
interface ExchangeState {
  status: SyncStatus | null;
  error: string | null;
  load(): Promise<void>;
}

export const useExchangeStore = create<ExchangeState>((set) => ({
  status: null,
  error: null,
  async load() {
    try {
      set({ status: await call('sync.status', {}), error: null });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
}));
