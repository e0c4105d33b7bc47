import type { Campaign } from '../../../../shared/domain/suggestion';
import type { SuggestionData } from './store';

/** Print and Word export of a campaign (filled in with the print templates). */
export function PrintMenu(_: { data: SuggestionData; campaign: Campaign }) {
  return null;
}
