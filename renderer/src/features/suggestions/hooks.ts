import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { create } from 'zustand';
import { localDate } from '../../../../shared/attendance/time';
import type { Member } from '../../../../shared/domain/member';
import { currentCampaign } from '../../../../shared/suggestions/validate';
import type { SuggestionFilter } from '../../../../shared/suggestions/search';
import { useAppStore } from '../../app/store';
import { repos } from '../../db';
import { listed } from '../../db/repo';
import type { SuggestionData } from './store';

/** What the person chose on the screens, kept while they open a suggestion and come back. */
interface UiState {
  campaignId: string | null;
  query: string;
  filter: SuggestionFilter;
  selected: Set<string>;
  set(p: Partial<Omit<UiState, 'set'>>): void;
}

export const useSuggestionUi = create<UiState>((set) => ({
  campaignId: null,
  query: '',
  filter: {},
  selected: new Set(),
  set: (p) => set(p),
}));

export function useCurrentCampaign(data: SuggestionData | undefined) {
  const chosen = useSuggestionUi((s) => s.campaignId);
  return useMemo(() => (data ? currentCampaign(data.campaigns, localDate(new Date()), chosen === 'all' ? null : chosen) : undefined), [data, chosen]);
}

export function useOffice() {
  const office = useAppStore((s) => s.info?.office);
  return { name: office?.name ?? '', role: (office?.role ?? 'office') as 'office' | 'hq', code: office?.code ?? '' };
}

/** Active members for the submitter picker. */
export function useActiveMembers(): Member[] | undefined {
  return useLiveQuery(() => repos.members.read.orderBy('sortKey').filter((m) => listed(m) && m.status === '在任').toArray(), []);
}
