import { create } from 'zustand';
import type { ExtraMemberField } from '../../../../shared/domain/member';

export type RosterSort = 'pinyin' | 'memberNo' | 'sector';

export interface RosterFilters {
  query: string;
  sector: string;
  committee: string;
  party: string;
  status: string;
  sort: RosterSort;
}

export interface RosterView {
  /** Optional columns shown in the list (出生年月, 学历, 职称, 联系地址, 邮编). */
  extraColumns: ExtraMemberField[];
}

/** The roster's filters, kept while the person opens a member and comes back. */
export const useRosterFilters = create<RosterFilters & RosterView & { set(p: Partial<RosterFilters & RosterView>): void }>((set) => ({
  query: '',
  sector: '',
  committee: '',
  party: '',
  status: '',
  sort: 'pinyin',
  extraColumns: [],
  set: (p) => set(p),
}));
