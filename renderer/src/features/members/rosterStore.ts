import { create } from 'zustand';

export type RosterSort = 'pinyin' | 'memberNo' | 'sector';

export interface RosterFilters {
  query: string;
  sector: string;
  committee: string;
  party: string;
  status: string;
  sort: RosterSort;
}

/** The roster's filters, kept while the person opens a member and comes back. */
export const useRosterFilters = create<RosterFilters & { set(p: Partial<RosterFilters>): void }>((set) => ({
  query: '',
  sector: '',
  committee: '',
  party: '',
  status: '',
  sort: 'pinyin',
  set: (p) => set(p),
}));
