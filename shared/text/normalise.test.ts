import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, foldTextSlow } from './normalise';

/** Characters where folding goes wrong if done one at a time: marks, jamo, Σ, full-width, compatibility forms, pairs. */
const tricky = ['e\u0301', '\u1100\u1161\u11a8', '가\u11a8', 'ΣΑΣ', 'ＡＢＣ１２３', '㈱', 'ﬁ', '𠮷野家', 'İ', 'ß', '，。、；：？！“”（）《》', '\u3005々〇', '\u00b2\u00bd', '\ud800', '\u200b\u00ad'];

describe('foldText', () => {
  it('folds every BMP character alone as the whole-string fold does', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (foldText(ch) !== foldTextSlow(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the whole-string fold on strings that mix scripts, marks and pairs', () => {
    const piece = fc.oneof(
      fc.constantFrom(...tricky),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('关于加装电梯的建议', '停车难，怎么办？', 'Ａ区12345热线', '老旧小区'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(foldText(s)).toBe(foldTextSlow(s));
    }), { numRuns: 3000 });
  });

  it('folds a long text (past one decoding slice) whole', () => {
    const long = '关于加装电梯，的建议。'.repeat(2000);
    expect(foldText(long)).toBe(foldTextSlow(long));
    expect(foldText(long).length).toBe(9 * 2000);
  });
});
