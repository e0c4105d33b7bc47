import type { Suggestion } from '../../domain/suggestion';
import type { DutyItem } from '../items';

const ADOPTED = new Set(['采纳', '部分采纳']);

/** 献一计: each suggestion a member gave; adopted (by the office or HQ, once); an award. */
export function suggestionItems(suggestions: readonly Suggestion[]): DutyItem[] {
  const out: DutyItem[] = [];
  for (const s of suggestions) {
    if (s.submitter.kind !== 'member' || s.mergedInto) continue;
    const base = { memberId: s.submitter.memberId, role: 'self' as const, source: { table: 'suggestions', id: s.id } };
    out.push({ ...base, rule: 'suggestion.given', date: s.receivedOn, label: `献一计建议「${s.title}」` });
    const review = [s.hqReview, s.review].find((r) => r && ADOPTED.has(r.outcome));
    if (review) out.push({ ...base, rule: 'suggestion.adopted', date: review.at.slice(0, 10) || s.receivedOn, label: `建议「${s.title}」${review.outcome}${review === s.hqReview ? '（区政协）' : ''}` });
    if (s.award) out.push({ ...base, rule: 'suggestion.award', date: (review?.at.slice(0, 10)) || s.receivedOn, label: `建议「${s.title}」获${s.award}` });
  }
  return out;
}
