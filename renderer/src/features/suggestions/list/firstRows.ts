import { useEffect, useState } from 'react';
import { localDate } from '../../../../../shared/attendance/time';
import type { Suggestion } from '../../../../../shared/domain/suggestion';
import { currentCampaign } from '../../../../../shared/suggestions/validate';
import { repos } from '../../../db';

/** As many rows as the tallest window shows, and some to spare. */
const FIRST_ROWS = 40;

/**
 * The list's first rows, read by index before the whole table is: at HQ,
 * reading 50,000 suggestions takes seconds, and a person opening the list
 * should see its top at once. Same order as `sortedSuggestions` (newest
 * received first, then id), so when the whole list arrives the rows on screen
 * stay where they are. Only for the plain view (no query, no filter): with a
 * filter the list waits for every row.
 */
export async function readFirstRows(chosenCampaign: string | null, office: string | null, limit = FIRST_ROWS): Promise<Suggestion[]> {
  const campaigns = await repos.campaigns.read.toArray();
  const campaign = chosenCampaign === 'all' ? undefined : currentCampaign(campaigns, localDate(new Date()), chosenCampaign);
  return repos.suggestions.read.orderBy('[receivedOn+id]').reverse()
    .filter((s) => !s.deleted && (!campaign || s.campaignId === campaign.id) && (!office || s.office === office))
    .limit(limit).toArray();
}

/** `readFirstRows` for the view; undefined until read (an empty list if it cannot be read: the whole list follows). */
export function useFirstRows(wanted: boolean, chosenCampaign: string | null, office: string | null): Suggestion[] | undefined {
  const [rows, setRows] = useState<Suggestion[]>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void readFirstRows(chosenCampaign, office).then((r) => { if (live) setRows(r); }, () => { if (live) setRows([]); });
    return () => { live = false; };
  }, [wanted, chosenCampaign, office]);
  return wanted ? rows : undefined;
}
