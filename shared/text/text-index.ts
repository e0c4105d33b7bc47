import { bigrams, foldText } from './normalise';

export interface Hit<K> {
  key: K;
  /** Dice coefficient of the bigram sets, 0..1 (similarity.ts). */
  score: number;
}

interface Doc<K> {
  key: K;
  /** Folded text, for substring search. */
  text: string;
  /** Sorted unique gram ids. */
  grams: Int32Array;
}

/**
 * An in-memory bigram index over many texts (suggestions of a campaign,
 * proposals on file): `similar` finds the texts most alike a draft, `search`
 * finds the texts that contain a query. Written here rather than taken from
 * MiniSearch/FlexSearch/Lunr: their tokenisers split on spaces and find
 * nothing in Chinese, and with a bigram tokeniser they score by TF-IDF, not
 * by the overlap a duplicate check needs; this is one posting list per bigram
 * (integer ids, typed arrays) and is small enough to read.
 */
export class TextIndex<K> {
  private readonly gramIds = new Map<string, number>();
  /** Per gram id, the doc slots holding it (slots of removed docs are skipped via `docs[slot] === null`). */
  private readonly postings: number[][] = [];
  private readonly docs: Array<Doc<K> | null> = [];
  private readonly slotOf = new Map<K, number>();
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** Add or replace the text of `key`. */
  set(key: K, text: string): void {
    this.remove(key);
    const folded = foldText(text);
    const ids: number[] = [];
    for (const g of bigrams(folded)) {
      let id = this.gramIds.get(g);
      if (id === undefined) {
        id = this.postings.length;
        this.gramIds.set(g, id);
        this.postings.push([]);
      }
      ids.push(id);
    }
    const grams = Int32Array.from(ids).sort();
    const slot = this.docs.length;
    this.docs.push({ key, text: folded, grams });
    this.slotOf.set(key, slot);
    for (const id of grams) this.postings[id].push(slot);
    this.live++;
  }

  remove(key: K): void {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return;
    this.docs[slot] = null;
    this.slotOf.delete(key);
    this.live--;
  }

  has(key: K): boolean {
    return this.slotOf.has(key);
  }

  /**
   * The `limit` texts most alike `text`, best first, with a score of at least
   * `minScore`. Candidates come from the posting lists of the draft's rarer
   * bigrams (a bigram held by more than a tenth of the texts, such as 建议,
   * says little and costs most); each candidate is then scored exactly.
   */
  similar(text: string, o: { limit?: number; minScore?: number; exclude?: (key: K) => boolean } = {}): Hit<K>[] {
    const limit = o.limit ?? 5;
    const minScore = o.minScore ?? 0.2;
    const q: number[] = [];
    for (const g of bigrams(foldText(text))) {
      const id = this.gramIds.get(g);
      if (id !== undefined) q.push(id);
    }
    const qLen = bigrams(foldText(text)).length;
    if (!qLen) return [];
    const maxDf = Math.max(50, Math.floor(this.live / 10));
    const counts = new Map<number, number>();
    let usedRare = false;
    for (const id of q) {
      const list = this.postings[id];
      if (list.length > maxDf) continue;
      usedRare = true;
      for (const slot of list) counts.set(slot, (counts.get(slot) ?? 0) + 1);
    }
    // A draft made only of common bigrams: fall back to the common ones.
    if (!usedRare) for (const id of q) for (const slot of this.postings[id]) counts.set(slot, (counts.get(slot) ?? 0) + 1);
    const qSorted = Int32Array.from(q).sort();
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, Math.max(limit * 20, 100));
    const hits: Hit<K>[] = [];
    for (const [slot] of ranked) {
      const d = this.docs[slot];
      if (!d || o.exclude?.(d.key)) continue;
      const score = (2 * intersect(qSorted, d.grams)) / (qLen + d.grams.length);
      if (score >= minScore) hits.push({ key: d.key, score });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  /**
   * Keys of the texts containing `query` (folded, as a substring), in the
   * order they were added. Candidates are the texts holding the query's
   * rarest bigram; each is checked by substring. A one-character query
   * scans the folded texts.
   */
  search(query: string, accept?: (key: K) => boolean): K[] {
    const q = foldText(query);
    if (!q) return [];
    const grams = bigrams(q);
    let slots: Iterable<number>;
    if (Array.from(q).length < 2) slots = this.docs.keys();
    else {
      let best: number[] | null = null;
      for (const g of grams) {
        const id = this.gramIds.get(g);
        if (id === undefined) return [];
        const list = this.postings[id];
        if (!best || list.length < best.length) best = list;
      }
      slots = best!;
    }
    const out: K[] = [];
    for (const slot of slots) {
      const d = this.docs[slot];
      if (d && d.text.includes(q) && (!accept || accept(d.key))) out.push(d.key);
    }
    return out;
  }
}

/** Size of the intersection of two sorted int arrays. */
function intersect(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
