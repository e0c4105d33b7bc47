import { localDate } from '../../../../shared/attendance/time';
import { datasetOffices, DATASET_SIZES } from '../../../../shared/demo/datasets';
import type { DemoSize } from '../../../../shared/demo/generator';
import { demoDrive } from '../../../../shared/demo/suggestions';
import type { Member } from '../../../../shared/domain/member';
import type { Suggestion, SuggestionChange } from '../../../../shared/domain/suggestion';
import type { Fields } from '../../../../shared/sync/record';
import { repos } from '../../db';

/** Rows per transaction: other reads are served between chunks. */
const CHUNK = 5000;

const COUNT: Record<DemoSize, number> = { demo: DATASET_SIZES.office.suggestions, office: DATASET_SIZES.office.suggestions, hq: DATASET_SIZES.hq.suggestions };

/**
 * The demo drive (shared/demo/suggestions.ts) through the repositories: the
 * campaign, the suggestions in bulk writes of 5,000, then the merges (they
 * need the ids) and, except at HQ size, a history entry per demo review and
 * feedback.
 */
export async function loadDemoSuggestions(members: readonly Member[], size: DemoSize = 'demo', today = localDate(new Date())): Promise<void> {
  const offices = size === 'hq' ? datasetOffices('hq').map((o) => o.code) : undefined;
  const drive = demoDrive(members.filter((m) => m.status === '在任'), { count: COUNT[size], today, offices });
  const campaign = await repos.campaigns.create(drive.campaign);
  const created: Suggestion[] = [];
  for (let i = 0; i < drive.suggestions.length; i += CHUNK) {
    const rows = drive.suggestions.slice(i, i + CHUNK).map((s) => ({ ...s.fields, campaignId: campaign.id }) as Fields<Suggestion>);
    created.push(...(await repos.suggestions.bulkCreate(rows)));
    await new Promise((r) => setTimeout(r, 0));
  }
  const merges = drive.suggestions.flatMap((s, i) => (s.mergeInto >= 0 ? [{ id: created[i].id, changes: { mergedInto: created[s.mergeInto].id } }] : []));
  await repos.suggestions.bulkUpdate(merges);
  if (size === 'hq') return;
  const history: Array<Fields<SuggestionChange>> = [];
  for (const s of created) {
    const base = { office: s.office, suggestionId: s.id };
    if (s.review) history.push({ ...base, kind: 'review', before: null, after: s.review, by: s.review.by, at: s.review.at });
    if (s.feedback) history.push({ ...base, kind: 'feedback', before: null, after: s.feedback, by: s.feedback.by, at: s.feedback.at });
    if (s.award) history.push({ ...base, kind: 'award', before: '', after: s.award, by: s.review?.by ?? '', at: s.review?.at ?? '' });
  }
  for (const m of merges) history.push({ office: created[0].office, suggestionId: m.id, kind: 'merge', before: '', after: m.changes.mergedInto, by: '李明', at: `${today}T09:00:00` });
  for (let i = 0; i < history.length; i += CHUNK) await repos.suggestionHistory.bulkCreate(history.slice(i, i + CHUNK));
}
