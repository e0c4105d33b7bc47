import { bigrams, fold, foldText } from './normalise';

/**
 * How alike two texts are: the Dice coefficient of their character-bigram
 * sets after folding (normalise.ts), from 0 (nothing shared) to 1 (the same
 * text, give or take punctuation, width and order of sentences). Bigrams,
 * not words: Chinese has no spaces, and a word segmenter (a 4 MB wasm) buys
 * little for telling a duplicate suggestion or proposal from a new one.
 */
export function similarity(a: string, b: string): number {
  return diceOf(bigrams(foldText(a)), bigrams(foldText(b)));
}

function diceOf(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const sa = new Set(a);
  let shared = 0;
  for (const g of b) if (sa.has(g)) shared++;
  return (2 * shared) / (a.length + b.length);
}

/** A passage of `text` (UTF-16 offsets into the original string, end exclusive). */
export interface Mark {
  start: number;
  end: number;
}

/**
 * The passages of `text` that also occur in `other`: runs of at least
 * `minChars` folded characters whose every bigram is found in `other`. Offsets
 * are into the original `text`, so a screen can mark them as typed.
 */
export function sharedPassages(text: string, other: string, minChars = 4): Mark[] {
  const f = fold(text);
  const theirs = new Set(bigrams(foldText(other)));
  const chars = Array.from(f.text);
  // UTF-16 offset in f.text of each code point, to map back through f.from.
  const unit: number[] = [];
  let u = 0;
  for (const c of chars) {
    unit.push(u);
    u += c.length;
  }
  unit.push(u);
  const out: Mark[] = [];
  let runStart = -1;
  const close = (endChar: number) => {
    if (runStart >= 0 && endChar - runStart >= minChars) {
      const start = f.from[unit[runStart]];
      const last = f.from[unit[endChar - 1]];
      // The end is past the last character of the run, in the original string.
      const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
      const prev = out[out.length - 1];
      if (prev && prev.end >= start) prev.end = end;
      else out.push({ start, end });
    }
    runStart = -1;
  };
  for (let i = 0; i + 1 < chars.length; i++) {
    if (theirs.has(chars[i] + chars[i + 1])) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) close(i + 1);
  }
  if (runStart >= 0) close(chars.length);
  return out;
}

/** Where `query` (folded) occurs in `text`, as marks in the original text; empty when the query folds to nothing. */
export function findAll(text: string, query: string): Mark[] {
  const q = foldText(query);
  if (!q) return [];
  const f = fold(text);
  const out: Mark[] = [];
  let at = f.text.indexOf(q);
  while (at >= 0) {
    const start = f.from[at];
    const lastUnit = at + q.length - 1;
    const last = f.from[lastUnit];
    const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
    const prev = out[out.length - 1];
    if (prev && prev.end >= start) prev.end = Math.max(prev.end, end);
    else out.push({ start, end });
    at = f.text.indexOf(q, at + q.length);
  }
  return out;
}
