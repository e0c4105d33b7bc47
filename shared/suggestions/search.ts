import type { Suggestion, SuggestionStatus } from '../domain/suggestion';
import { foldText } from '../text/normalise';
import { TextIndex, type Hit } from '../text/text-index';
import { sectorOf } from './figures';
import { statusOf } from './review';

/**
 * Search and the similar check over a campaign's (or every) suggestions, on
 * the one bigram index of shared/text (which proposals use too). Title and
 * content go into the index; submitters (name, unit) are short and few
 * characters each, so they are a plain scan beside it.
 */

export type Searchable = Pick<Suggestion, 'id' | 'title' | 'content' | 'submitter' | 'deleted'>;

/** The text the index holds for a suggestion: title, then content. */
export function indexedText(s: Pick<Suggestion, 'title' | 'content'>): string {
  return `${s.title}\n${s.content}`;
}

export class SuggestionIndex {
  private readonly text = new TextIndex<string>();
  /** Folded "name unit" per id, in insertion order. */
  private readonly who = new Map<string, string>();

  get size(): number {
    return this.text.size;
  }

  set(s: Searchable): void {
    if (s.deleted) {
      this.remove(s.id);
      return;
    }
    this.text.set(s.id, indexedText(s));
    this.who.set(s.id, foldText(`${s.submitter.name} ${s.submitter.unit}`));
  }

  remove(id: string): void {
    this.text.remove(id);
    this.who.delete(id);
  }

  /** Ids whose title, content or submitter contains the query (folded). */
  search(query: string, accept?: (id: string) => boolean): string[] {
    const q = foldText(query);
    if (!q) return [];
    const found = new Set(this.text.search(query, accept));
    for (const [id, w] of this.who) if (!found.has(id) && w.includes(q) && (!accept || accept(id))) found.add(id);
    return [...found];
  }

  /** The suggestions most alike a draft's title and content, best first. */
  similar(draft: Pick<Suggestion, 'title' | 'content'>, o: { limit?: number; minScore?: number; exclude?: (id: string) => boolean } = {}): Hit<string>[] {
    const text = indexedText(draft);
    if (foldText(text).length < 4) return [];
    return this.text.similar(text, { limit: 5, minScore: 0.25, ...o });
  }
}

export interface SuggestionFilter {
  campaignId?: string;
  category?: string;
  status?: SuggestionStatus | '待反馈';
  channel?: string;
  submitterKind?: 'member' | 'citizen';
  sector?: string;
  office?: string;
  memberId?: string;
}

/** Whether a suggestion passes every filter set (unset ones pass). */
export function matchesFilter(s: Suggestion, f: SuggestionFilter): boolean {
  if (s.deleted) return false;
  if (f.campaignId && s.campaignId !== f.campaignId) return false;
  if (f.category && s.category !== f.category) return false;
  if (f.channel && s.channel !== f.channel) return false;
  if (f.office && s.office !== f.office) return false;
  if (f.submitterKind && s.submitter.kind !== f.submitterKind) return false;
  if (f.memberId && (s.submitter.kind !== 'member' || s.submitter.memberId !== f.memberId)) return false;
  if (f.sector && sectorOf(s) !== f.sector) return false;
  if (f.status) {
    const st = statusOf(s);
    if (f.status === '待反馈') return st !== '待审' && !s.feedback;
    if (st !== f.status) return false;
  }
  return true;
}
