import type { Suggestion, SuggestionStatus } from '../domain/suggestion';
import { foldText } from '../text/normalise';
import { TextIndex, type Hit } from '../text/text-index';
import { sectorOf } from './figures';
import { statusOf } from './review';

/**
 * Search and the similar check over a campaign's (or every) suggestions, on
 * the one bigram index of shared/text (which proposals use too). Title and
 * content go into one index, for search and for the similar check;
 * submitters (name, unit) into a second, for search only, so that a name
 * never makes two suggestions look alike.
 */

export type Searchable = Pick<Suggestion, 'id' | 'title' | 'content' | 'submitter' | 'deleted'>;

/** The text the index holds for a suggestion: title, then content. */
export function indexedText(s: Pick<Suggestion, 'title' | 'content'>): string {
  return `${s.title}\n${s.content}`;
}

/**
 * The suggestions a query found: `has` is one map lookup and one array read,
 * where a Set of the found ids would hash every id found (half of the 50,000
 * for a one-character query) on every keystroke.
 */
export class SearchHits {
  constructor(
    private readonly marks: Uint8Array,
    private readonly numOf: ReadonlyMap<string, number>,
    private readonly ids: readonly string[],
    readonly size: number,
  ) {}

  has(id: string): boolean {
    const n = this.numOf.get(id);
    return n !== undefined && this.marks[n] === 1;
  }

  /** Whether the suggestion numbered `n` (SuggestionIndex.numberOf) was found: one array read. */
  hasNumber(n: number): boolean {
    return this.marks[n] === 1;
  }

  /** The ids found, in the order the suggestions were first indexed. */
  *[Symbol.iterator](): IterableIterator<string> {
    for (let n = 0; n < this.marks.length; n++) if (this.marks[n] === 1) yield this.ids[n];
  }
}

export class SuggestionIndex {
  /** Each suggestion's number in both indexes (kept when it is removed and set again). */
  private readonly numOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly text = new TextIndex<number>();
  private readonly who = new TextIndex<number>();

  get size(): number {
    return this.text.size;
  }

  set(s: Searchable): void {
    if (s.deleted) {
      this.remove(s.id);
      return;
    }
    let n = this.numOf.get(s.id);
    if (n === undefined) {
      n = this.ids.push(s.id) - 1;
      this.numOf.set(s.id, n);
    }
    this.text.set(n, indexedText(s));
    this.who.set(n, `${s.submitter.name} ${s.submitter.unit}`);
  }

  remove(id: string): void {
    const n = this.numOf.get(id);
    if (n === undefined) return;
    this.text.remove(n);
    this.who.remove(n);
  }

  /** The suggestion's number in the index (-1 if not indexed), for `SearchHits.hasNumber`. */
  numberOf(id: string): number {
    return this.numOf.get(id) ?? -1;
  }

  /** Get the indexes ready for a first search (TextIndex.prepareScan). */
  prepareScan(): void {
    this.text.prepareScan();
    this.who.prepareScan();
  }

  /** The suggestions whose title, content or submitter contains the query (folded). */
  search(query: string): SearchHits {
    const marks = new Uint8Array(this.ids.length);
    let size = 0;
    const use = (n: number) => {
      if (marks[n] === 0) {
        marks[n] = 1;
        size++;
      }
    };
    this.text.eachMatch(query, use);
    this.who.eachMatch(query, use);
    return new SearchHits(marks, this.numOf, this.ids, size);
  }

  /** The suggestions most alike a draft's title and content, best first. */
  similar(draft: Pick<Suggestion, 'title' | 'content'>, o: { limit?: number; minScore?: number; exclude?: (id: string) => boolean } = {}): Hit<string>[] {
    const text = indexedText(draft);
    if (foldText(text).length < 4) return [];
    const exclude = o.exclude;
    const hits = this.text.similar(text, { limit: 5, minScore: 0.25, ...o, exclude: exclude && ((n) => exclude(this.ids[n])) });
    return hits.map((h) => ({ key: this.ids[h.key], score: h.score }));
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
