import { foldText } from './normalise';

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
  /** Gram key (see `forEachGram`) → gram id. */
  private readonly gramIds = new Map<number, number>();
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
    const slot = this.docs.length;
    const ids: number[] = [];
    // One pass over the folded text: a gram already met in this text has this slot as its last poster.
    forEachGram(folded, (g) => {
      let id = this.gramIds.get(g);
      if (id === undefined) {
        id = this.postings.length;
        this.gramIds.set(g, id);
        this.postings.push([]);
      }
      const list = this.postings[id];
      if (list[list.length - 1] !== slot) {
        list.push(slot);
        ids.push(id);
      }
    });
    this.docs.push({ key, text: folded, grams: Int32Array.from(ids).sort() });
    this.slotOf.set(key, slot);
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
    const grams = gramsOf(foldText(text));
    for (const g of grams) {
      const id = this.gramIds.get(g);
      if (id !== undefined) q.push(id);
    }
    const qLen = grams.length;
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
   * Calls `use` with the key of every text containing `query` (folded, as a
   * substring), in the order they were added. Candidates are the texts
   * holding the query's rarest bigram, each checked by substring; when that
   * bigram is in many texts (or the query is one character), one `indexOf`
   * walk over all the folded texts joined (`scanAll`) is faster than testing
   * tens of thousands of strings spread over the heap.
   */
  eachMatch(query: string, use: (key: K) => void): void {
    const q = foldText(query);
    if (!q) return;
    const docs = this.docs;
    const grams = gramsOf(q);
    let best: number[] | null = null;
    if (!(grams.length === 1 && grams[0] < PAIR)) {
      for (const g of grams) {
        const id = this.gramIds.get(g);
        if (id === undefined) return;
        const list = this.postings[id];
        if (!best || list.length < best.length) best = list;
      }
    }
    if (!best || best.length > SCAN_SHARE * this.live) {
      this.scanAll(q, use);
      return;
    }
    for (let i = 0; i < best.length; i++) {
      const d = docs[best[i]];
      if (d !== null && d.text.includes(q)) use(d.key);
    }
  }

  /** The folded texts of slots [0, joinedSlots) joined by JOIN, and where each starts. */
  private joined = '';
  private joinedStarts = new Int32Array(1);
  private joinedSlots = 0;

  /** Every text containing `q`: `indexOf` along the joined texts, then the texts added since they were joined. */
  private scanAll(q: string, use: (key: K) => void): void {
    const docs = this.docs;
    if (docs.length - this.joinedSlots > Math.max(JOIN_TAIL, docs.length >> 4)) this.prepareScan();
    const text = this.joined;
    const starts = this.joinedStarts;
    const n = this.joinedSlots;
    let slot = 0;
    let at = text.indexOf(q);
    while (at !== -1) {
      // The slot holding `at`: starts are increasing, and so are the hits.
      let lo = slot;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      slot = lo;
      const d = docs[slot];
      if (d !== null) use(d.key);
      if (++slot >= n) break;
      at = text.indexOf(q, starts[slot]);
    }
    for (let s = n; s < docs.length; s++) {
      const d = docs[s];
      if (d !== null && d.text.includes(q)) use(d.key);
    }
  }

  /** Join the texts for `scanAll` now (a scan joins them when it must; an idle moment is a better time). */
  prepareScan(): void {
    const docs = this.docs;
    const starts = new Int32Array(docs.length + 1);
    const parts: string[] = new Array(docs.length);
    let at = 0;
    for (let s = 0; s < docs.length; s++) {
      starts[s] = at;
      const t = docs[s]?.text ?? '';
      parts[s] = t;
      at += t.length + 1;
    }
    starts[docs.length] = at;
    this.joined = parts.join(JOIN);
    this.joinedStarts = starts;
    this.joinedSlots = docs.length;
  }

  /** Keys of the texts containing `query` (see `eachMatch`), in the order they were added. */
  search(query: string, accept?: (key: K) => boolean): K[] {
    const out: K[] = [];
    this.eachMatch(query, (k) => {
      if (!accept || accept(k)) out.push(k);
    });
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

/** Where the rarest bigram of a query is in more than this share of the texts, search scans them all. */
const SCAN_SHARE = 1 / 16;
/** Texts added since the last join that a scan checks one by one before it joins again. */
const JOIN_TAIL = 512;
/**
 * Between two texts in the joined string: a private-use character, which
 * folding drops (normalise.ts, \p{C}), so no folded query holds it and no
 * match runs from one text into the next.
 */
const JOIN = '\ue000';

/** Gram keys at or above this are pairs; below, a one-character text's only gram (its character's id). */
const PAIR = 1 << 14;

/**
 * Each character met gets a small id (in order of first sight, shared by
 * every index in the page): a gram key is then first id × 2^14 + second id,
 * a small integer V8 hashes as it is, where a two-character string or a
 * code-point pair above 2^31 costs an allocation or a heap number per gram:
 * building the index over 50,000 texts reads six million grams. Past 16,383
 * distinct characters, keys grow past PAIR² and stay exact, only slower.
 */
const bmpIds = new Int32Array(0x10000);
const astralIds = new Map<number, number>();
let nextCharId = 1;

function charId(cp: number): number {
  if (cp < 0x10000) {
    let id = bmpIds[cp];
    if (!id) bmpIds[cp] = id = nextCharId++;
    return id;
  }
  let id = astralIds.get(cp);
  if (id === undefined) astralIds.set(cp, (id = nextCharId++));
  return id;
}

/**
 * The character bigrams of a folded text as gram keys (normalise.ts
 * `bigrams` gives the same grams as strings). A gram may come more than once;
 * a one-character text gives its character's id.
 */
function forEachGram(folded: string, use: (gram: number) => void): void {
  let prev = 0;
  let count = 0;
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < folded.length) {
      c = folded.codePointAt(i)!;
      i++;
    }
    const id = charId(c);
    if (prev) use(prev < PAIR && id < PAIR ? prev * PAIR + id : prev * 2 ** 26 + id + PAIR * PAIR);
    prev = id;
    count++;
  }
  if (count === 1) use(prev);
}

/** The distinct gram keys of a folded text. */
function gramsOf(folded: string): number[] {
  const seen = new Set<number>();
  forEachGram(folded, (g) => seen.add(g));
  return [...seen];
}
