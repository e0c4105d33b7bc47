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

/**
 * The folded text only (no position map): for indexing and scoring. One pass
 * of the engine's NFKC and regex over the whole string, not one per
 * character as `fold` needs for its map: building the index over 50,000
 * suggestions is dominated by this.
 */
export function foldText(original: string): string {
  return original.replace(DROP_ALL, '').normalize('NFKC').toLowerCase().replace(DROP_ALL, '');
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
