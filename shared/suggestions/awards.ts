import { AWARD_LEVELS, type AwardLevel, type Campaign, type Suggestion } from '../domain/suggestion';
import type { PlannedChange } from './review';
import { statusOf } from './review';

type Awardable = Pick<Suggestion, 'id' | 'title' | 'award' | 'mergedInto' | 'review' | 'hqReview' | 'deleted'>;

/** How many of each level are given in a campaign. */
export function awardsGiven(suggestions: readonly Awardable[]): Record<AwardLevel, number> {
  const out = Object.fromEntries(AWARD_LEVELS.map((l) => [l, 0])) as Record<AwardLevel, number>;
  for (const s of suggestions) if (s.award && !s.deleted) out[s.award]++;
  return out;
}

/**
 * Give (or, with '', take back) an award, within the campaign's numbers. A
 * merged or rejected suggestion gets none: its kept one (or none) does.
 */
export function planAward(campaign: Pick<Campaign, 'awards'>, campaignSuggestions: readonly Awardable[], target: Awardable, level: AwardLevel | ''): PlannedChange | { refused: string } {
  if (level === target.award) return { refused: level ? `“${target.title}”已是${level}` : `“${target.title}”没有奖项` };
  if (level) {
    const status = statusOf(target);
    if (status === '并入') return { refused: '已并入的建议不能评奖，请给保留的那一条评奖' };
    if (status === '不予采纳') return { refused: '不予采纳的建议不能评奖' };
    const cap = campaign.awards[level] ?? 0;
    const used = campaignSuggestions.filter((s) => s.award === level && s.id !== target.id && !s.deleted).length;
    if (cap === 0) return { refused: `本次征集没有设${level}` };
    if (used >= cap) return { refused: `${level}名额已满（共 ${cap} 个），请先取消其中一个` };
  }
  return { id: target.id, changes: { award: level }, history: { kind: 'award', before: target.award, after: level } };
}

/** The award list: by level, then as the caller ordered them. */
export function awardList<S extends Awardable>(suggestions: readonly S[]): Array<{ level: AwardLevel; items: S[] }> {
  return AWARD_LEVELS.map((level) => ({ level, items: suggestions.filter((s) => s.award === level && !s.deleted) })).filter((g) => g.items.length);
}
