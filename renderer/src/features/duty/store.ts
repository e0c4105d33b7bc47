import { create } from 'zustand';

/** What the person chose on the duty screens (period, filters), kept while they open a member and come back. */
interface DutyUi {
  /** `year:2026` or `term:十届` (shared/duty/summary.ts periodOf). */
  period: string;
  sector: string;
  committee: string;
  /** '在任' (the default: the members the office holds to the minimums now) or '' for everyone, retired members too. */
  status: '' | '在任';
  onlyShort: boolean;
  set(p: Partial<Omit<DutyUi, 'set'>>): void;
}

export const useDutyUi = create<DutyUi>((set) => ({
  period: `year:${new Date().getFullYear()}`,
  sector: '',
  committee: '',
  status: '在任',
  onlyShort: false,
  set: (p) => set(p),
}));
