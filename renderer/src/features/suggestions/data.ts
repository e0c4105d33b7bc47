import { localDateTime } from '../../../../shared/attendance/time';
import { historyIdPrefix, type AwardLevel, type Campaign, type Suggestion } from '../../../../shared/domain/suggestion';
import { planAward } from '../../../../shared/suggestions/awards';
import { planMerge, planUnmerge } from '../../../../shared/suggestions/merge';
import {
  checkFeedback, checkReview, planFeedback, planReview, type FeedbackField, type FeedbackInput, type Plan, type PlannedChange, type ReviewField, type ReviewInput,
} from '../../../../shared/suggestions/review';
import {
  checkCampaign, checkSuggestion, newSuggestionFields, type CampaignField, type CampaignInput, type SuggestionField, type SuggestionInput,
} from '../../../../shared/suggestions/validate';
import type { Fields } from '../../../../shared/sync/record';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';

/** Writes of 献一计, through the repositories; the rules are in shared/suggestions. */

export class FieldErrors<F extends string> extends Error {
  constructor(readonly errors: Partial<Record<F, string>>) {
    super(Object.values(errors)[0] as string);
  }
}

export class Refused extends Error {}

const HANDLER_KEY = 'cd.suggestions.handler';

/** The person at the keyboard (经办人), remembered on this computer; history names them with the office. */
export function handlerName(): string {
  return globalThis.localStorage?.getItem(HANDLER_KEY) ?? '';
}

export function setHandlerName(name: string): void {
  globalThis.localStorage?.setItem(HANDLER_KEY, name.trim());
}

export function who(officeName: string, now = new Date()): { by: string; at: string } {
  const h = handlerName();
  return { by: h ? `${h}（${officeName}）` : officeName, at: localDateTime(now) };
}

export async function saveCampaign(input: CampaignInput, id?: string): Promise<Campaign> {
  const r = checkCampaign(input);
  if (!r.ok) throw new FieldErrors<CampaignField>(r.errors);
  return id ? repos.campaigns.update(id, r.value) : repos.campaigns.create(r.value);
}

/** Take one suggestion in; refused as a whole (nothing written) with a message per field. Returns it and any warnings. */
export async function takeSuggestion(input: SuggestionInput, today: string): Promise<{ saved: Suggestion; warnings: string[] }> {
  const campaign = input.campaignId ? await repos.campaigns.get(input.campaignId) : undefined;
  const r = checkSuggestion(input, campaign, today);
  if (!r.ok) throw new FieldErrors<SuggestionField>(r.errors);
  // The suggestion belongs to the office that took it in (at HQ: the office HQ is looking at, or HQ).
  const saved = await repos.suggestions.create(newSuggestionFields(r.value) as Fields<Suggestion>);
  return { saved, warnings: r.warnings };
}

/** Write planned changes and their history entries in one transaction: all of them or none. */
async function writePlan(writes: PlannedChange[], stamp: { by: string; at: string }): Promise<number> {
  if (!writes.length) return 0;
  return loggedTransaction(db, ['suggestions', 'suggestionHistory'], async () => {
    const current = await repos.suggestions.read.bulkGet(writes.map((w) => w.id));
    await repos.suggestions.bulkUpdate(writes.map((w) => ({ id: w.id, changes: w.changes })));
    await repos.suggestionHistory.bulkCreate(writes.map((w, i) => ({
      office: current[i]!.office, suggestionId: w.id, ...w.history, ...stamp,
    })));
    return writes.length;
  });
}

export async function reviewSuggestions(ids: readonly string[], input: ReviewInput, role: 'office' | 'hq', officeName: string): Promise<Plan> {
  const stamp = who(officeName);
  const r = checkReview(input, stamp);
  if (!r.ok) throw new FieldErrors<ReviewField>(r.errors);
  const selection = (await repos.suggestions.read.bulkGet([...ids])).filter((s): s is Suggestion => !!s && !s.deleted);
  const plan = planReview(selection, r.value, role);
  await writePlan(plan.writes, stamp);
  return plan;
}

export async function recordFeedback(id: string, input: FeedbackInput, officeName: string): Promise<void> {
  const stamp = who(officeName);
  const s = await repos.suggestions.get(id);
  if (!s || s.deleted) throw new Refused('找不到这条建议');
  const r = checkFeedback(input, s, stamp);
  if (!r.ok) throw new FieldErrors<FeedbackField>(r.errors);
  await writePlan([planFeedback(s, r.value)], stamp);
}

async function campaignSuggestions(campaignId: string): Promise<Suggestion[]> {
  return repos.suggestions.read.filter((s) => s.campaignId === campaignId).toArray();
}

/** 并入: `dupId` points to `keptId` from now on; nothing is deleted. */
export async function mergeSuggestion(dupId: string, keptId: string, officeName: string): Promise<void> {
  const stamp = who(officeName);
  await loggedTransaction(db, ['suggestions', 'suggestionHistory'], async () => {
    const [dup, kept] = await repos.suggestions.read.bulkGet([dupId, keptId]);
    if (!dup || !kept) throw new Refused('找不到要并入的建议');
    const plan = planMerge(dup, kept, await campaignSuggestions(dup.campaignId));
    if ('refused' in plan) throw new Refused(plan.refused);
    await writePlan(plan.writes, stamp);
  });
}

export async function unmergeSuggestion(id: string, officeName: string): Promise<void> {
  const stamp = who(officeName);
  await loggedTransaction(db, ['suggestions', 'suggestionHistory'], async () => {
    const s = await repos.suggestions.get(id);
    if (!s) throw new Refused('找不到这条建议');
    const plan = planUnmerge(s);
    if ('refused' in plan) throw new Refused(plan.refused);
    await writePlan(plan.writes, stamp);
  });
}

export async function setAward(id: string, level: AwardLevel | '', officeName: string): Promise<void> {
  const stamp = who(officeName);
  await loggedTransaction(db, ['suggestions', 'suggestionHistory', 'campaigns'], async () => {
    const s = await repos.suggestions.get(id);
    const campaign = s ? await repos.campaigns.get(s.campaignId) : undefined;
    if (!s || !campaign) throw new Refused('找不到这条建议或它的征集活动');
    const plan = planAward(campaign, await campaignSuggestions(s.campaignId), s, level);
    if ('refused' in plan) throw new Refused(plan.refused);
    await writePlan([plan], stamp);
  });
}

/** A suggestion's history, oldest first (one primary-key range: shared/domain/suggestion.ts historyId). */
export async function historyOf(id: string) {
  const rows = await repos.suggestionHistory.read.where(':id').startsWith(historyIdPrefix(id)).toArray();
  return rows.filter((r) => !r.deleted).sort((a, b) => a.at.localeCompare(b.at) || a._rev.localeCompare(b._rev));
}

/** Take a suggestion in and merge it into one on file, in one transaction: both or neither. */
export async function takeAndMerge(input: SuggestionInput, keptId: string, today: string, officeName: string): Promise<{ saved: Suggestion; warnings: string[] }> {
  return loggedTransaction(db, ['suggestions', 'suggestionHistory', 'campaigns'], async () => {
    const r = await takeSuggestion(input, today);
    await mergeSuggestion(r.saved.id, keptId, officeName);
    return r;
  });
}
