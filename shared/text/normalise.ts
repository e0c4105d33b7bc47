/**
 * Text folding for comparing and searching Chinese: NFKC folds full-width
 * letters, digits and punctuation to half-width (ＡＢＣ１２３ → abc123) and
 * compatibility forms to their base; case is folded; punctuation, symbols and
 * white space are dropped, since Chinese has no spaces and the same sentence
 * is typed with ，or , alike.
 */

/** Characters that never count: punctuation, symbols, separators, control characters. */
const DROP = /[\p{P}\p{S}\p{Z}\p{C}]/u;

export interface Folded {
  /** The folded text. */
  text: string;
  /**
   * For each UTF-16 unit of `text`, the index in the original string of the
   * character it came from, plus one extra entry: the original length.
   * (Marks found in the folded text map back to the original through it.)
   */
  from: Int32Array;
}

/** Fold one string; keeps where each folded character came from (for marking passages). */
export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    if (DROP.test(ch)) continue;
    // NFKC may turn one character into several (㈱ → (株)); each part is checked again.
    for (const part of ch.normalize('NFKC').toLowerCase()) {
      if (DROP.test(part)) continue;
      text += part;
      for (let k = 0; k < part.length; k++) from.push(start);
    }
  }
  from.push(original.length);
  return { text, from: Int32Array.from(from) };
}

const DROP_ALL = /[\p{P}\p{S}\p{Z}\p{C}]/gu;

/** The whole-string fold: the engine's NFKC and regex; the reference `foldText` must agree with. */
export function foldTextSlow(original: string): string {
  return original.replace(DROP_ALL, '').normalize('NFKC').toLowerCase().replace(DROP_ALL, '');
}

/** Per UTF-16 unit: the unit it folds to, DROPPED, or COMPLEX (the whole string takes the slow path). */
const DROPPED = 0;
const COMPLEX = 0xffff;
let table: Uint16Array | null = null;

/**
 * The fold of each BMP character on its own, made once (about 65,000
 * characters through the slow fold, some tens of milliseconds, on the first
 * call). A character is COMPLEX where folding it alone could differ from
 * folding it in a string: combining marks and Hangul jamo (NFKC composes
 * them with their neighbours), Σ (lower-cased by position), surrogates, and
 * anything folding to more than one unit.
 */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const contextual = /[\p{M}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\u03a3]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = COMPLEX; continue; }
    const ch = String.fromCharCode(c);
    if (contextual.test(ch)) { t[c] = COMPLEX; continue; }
    const f = foldTextSlow(ch);
    t[c] = f.length === 0 ? DROPPED : f.length === 1 && f.charCodeAt(0) !== COMPLEX && f.charCodeAt(0) !== DROPPED ? f.charCodeAt(0) : COMPLEX;
  }
  return (table = t);
}

/**
 * The folded text only (no position map): for indexing and scoring. Building
 * the index over 50,000 suggestions is dominated by this, and the engine's
 * Unicode-property regex and NFKC over every text cost more than the rest of
 * the build: so each character is looked up in a table made once from that
 * same fold, and a string holding any character whose fold depends on its
 * neighbours goes through `foldTextSlow` whole (normalise.test.ts checks the
 * two agree on every BMP character and on random strings).
 */
export function foldText(original: string): string {
  const t = foldTable();
  const n = original.length;
  const out = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = t[original.charCodeAt(i)];
    if (f === COMPLEX) return foldTextSlow(original);
    if (f !== DROPPED) out[k++] = f;
  }
  return decode(out, k);
}

/** A string of the first `k` units of `units` (in slices: fromCharCode.apply takes a bounded argument list). */
function decode(units: Uint16Array, k: number): string {
  if (k <= 4096) return String.fromCharCode.apply(null, units.subarray(0, k) as unknown as number[]);
  let s = '';
  for (let i = 0; i < k; i += 4096) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  return s;
}

/**
 * The character bigrams of a folded text, each once, in first-seen order.
 * Code points, not UTF-16 units, so 𠮷 (a surrogate pair) is one character.
 * A one-character text is its own only gram.
 */
export function bigrams(folded: string): string[] {
  const chars = Array.from(folded);
  if (chars.length === 1) return chars;
  const seen = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) seen.add(chars[i] + chars[i + 1]);
  return [...seen];
}
