import { create } from 'zustand';
import { setNewRecordsOffice } from '../db/identity';

/**
 * HQ's office filter: HQ holds every office's records side by side; the select
 * in the app bar (shown only at HQ) sets which office the screens show. null =
 * all offices. Screens call `useOfficeFilter()` and keep records whose
 * `office` matches (`matchesOffice`). While an office is chosen, records HQ
 * creates (a session it plans, a member it adds) belong to that office.
 */
interface OfficeFilterState {
  office: string | null;
  setOffice(office: string | null): void;
}

export const useOfficeFilterStore = create<OfficeFilterState>((set) => ({
  office: null,
  setOffice: (office) => {
    setNewRecordsOffice(office);
    set({ office });
  },
}));

/** The office HQ chose to look at, or null for all. */
export function useOfficeFilter(): string | null {
  return useOfficeFilterStore((s) => s.office);
}

export function matchesOffice(filter: string | null, rec: { office?: string }): boolean {
  return !filter || rec.office === filter;
}
