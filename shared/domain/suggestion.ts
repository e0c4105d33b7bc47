import type { SyncMeta } from '../sync/record';

/** 献一计: campaigns (征集活动), their suggestions (建议) and each suggestion's history (domain.md, Suggestion drive). */

export const CHANNELS = ['书面', '来信', '电话', '座谈会', '委员转交', '其他'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Review outcomes a person chooses; 并入 is not one of them: it is a merge (merge.ts). */
export const OUTCOMES = ['采纳', '部分采纳', '留作参考', '不予采纳', '转交'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the list shows and filters by: no review yet, an outcome, or merged into another suggestion. */
export const STATUSES = ['待审', ...OUTCOMES, '并入'] as const;
export type SuggestionStatus = (typeof STATUSES)[number];

export const FEEDBACK_WAYS = ['电话', '书面', '短信', '当面'] as const;
export type FeedbackWay = (typeof FEEDBACK_WAYS)[number];

export const AWARD_LEVELS = ['特别奖', '一等奖', '二等奖', '三等奖', '优秀奖'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const SUBMITTER_KINDS = { member: '委员', citizen: '群众' } as const;

/** 征集活动. HQ's campaigns go to every office; an office may run its own. */
export interface Campaign extends SyncMeta {
  title: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
  description: string;
  categories: string[];
  /** Most characters a suggestion's content may have; 0 = no cap. */
  contentCap: number;
  /** How many of each award level may be given (0 = none of that level). */
  awards: Record<AwardLevel, number>;
}

export type Submitter =
  | { kind: 'member'; memberId: string; name: string; sector: string; unit: string }
  /** A citizen's phone is for the office: never printed, never in the compilation or .docx (privacy.ts). */
  | { kind: 'citizen'; name: string; unit: string; phone: string };

/** A decision on a suggestion. Who made it and when are kept with it; the earlier one is in the history. */
export interface Review {
  outcome: Outcome;
  /** Required for 不予采纳; a note otherwise. */
  reason: string;
  /** 转交: the unit it was forwarded to, and when (YYYY-MM-DD). */
  forwardUnit: string;
  forwardDate: string;
  by: string;
  /** Local date-time YYYY-MM-DDTHH:MM:SS */
  at: string;
}

/** 反馈: how the submitter was answered. */
export interface Feedback {
  /** YYYY-MM-DD */
  date: string;
  way: FeedbackWay;
  text: string;
  by: string;
  at: string;
}

/** 建议: one entry of a campaign, owned by the office that took it in. */
export interface Suggestion extends SyncMeta {
  campaignId: string;
  title: string;
  content: string;
  category: string;
  submitter: Submitter;
  channel: Channel;
  /** YYYY-MM-DD */
  receivedOn: string;
  /** The office's (or, at HQ, HQ's own intake's) review. */
  review: Review | null;
  /**
   * HQ's review of an office's suggestion: written only at HQ (shared/sync/policy.ts hqOnlyFields);
   * it travels back to the office. Absent until HQ reviews: an office never writes the field, not even null.
   */
  hqReview?: Review | null;
  /** 并入: the id of the suggestion this one was merged into, or ''. The merged one keeps its text; nothing is deleted. */
  mergedInto: string;
  feedback: Feedback | null;
  award: AwardLevel | '';
}

export type HistoryKind = 'review' | 'hqReview' | 'feedback' | 'merge' | 'award' | 'edit';

/**
 * One change of a suggestion, kept for good: who, when, the earlier value and
 * the new one. Owned by the suggestion's office, so HQ's entries go back with
 * its review.
 */
export interface SuggestionChange extends SyncMeta {
  suggestionId: string;
  kind: HistoryKind;
  before: unknown;
  after: unknown;
  by: string;
  at: string;
}

/** A history entry's id: its suggestion first, so one suggestion's entries are one primary-key range. */
export function historyId(suggestionId: string, entryId: string): string {
  return `${suggestionId}~${entryId}`;
}

export function historyIdPrefix(suggestionId: string): string {
  return `${suggestionId}~`;
}
