import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigrams, fold, foldText } from './normalise';
import { findAll, sharedPassages, similarity } from './similarity';
import { TextIndex } from './text-index';

const PARKING =
  '老小区停车难问题突出。建议利用小区周边闲置空地建设临时停车场，推行错时共享停车，机关单位夜间向居民开放停车位，并在主要路口增设停车诱导屏。';
const PARKING_REORDERED =
  '建议利用小区周边闲置空地建设临时停车场，推行错时共享停车，机关单位夜间向居民开放停车位，并在主要路口增设停车诱导屏。老小区停车难问题突出。';
const PARKING_EDITED =
  '老旧小区停车难问题十分突出。建议利用小区周边的闲置空地建设临时停车场，推行错时共享停车，机关企事业单位夜间向居民开放停车位，并在主要路口增设诱导屏。';
const PARKING_PARAPHRASE = '关于缓解老小区停车难：可推行错时共享停车，鼓励机关单位夜间开放停车位给周边居民使用。';
const PARKING_OTHER = '城区停车收费标准多年未调整，道路停车泊位周转率低，建议实行差别化收费，提高占道停车费用。';
const ELDERLY = '社区老年人吃饭难，建议在每个社区设立老年助餐点，对八十岁以上老人给予用餐补贴，并引入社会力量参与运营。';

describe('fold', () => {
  it('folds full-width to half-width, drops punctuation and spaces, folds case', () => {
    expect(foldText('ＡＢＣ １２３，停车！')).toBe('abc123停车');
    expect(foldText('关于“老小区” 停车难的建议。')).toBe(foldText('关于老小区停车难的建议'));
  });
  it('maps each folded character back to where it stood', () => {
    const f = fold('甲，乙');
    expect(f.text).toBe('甲乙');
    expect([...f.from]).toEqual([0, 2, 3]);
  });
  it('treats a character outside the BMP as one character', () => {
    expect(bigrams(foldText('𠮷田'))).toEqual(['𠮷田']);
  });
});

describe('similarity', () => {
  it('ignores punctuation and width', () => {
    expect(similarity('建议增设停车位，方便居民。', '建议增设停车位,方便居民.')).toBe(1);
    expect(similarity('增设ＬＥＤ诱导屏', '增设led诱导屏')).toBe(1);
  });
  it('ranks as a person would: same > reordered > lightly edited > paraphrase > same topic > other topic', () => {
    const s = (t: string) => similarity(PARKING, t);
    expect(s(PARKING)).toBe(1);
    expect(s(PARKING_REORDERED)).toBeGreaterThan(0.9);
    expect(s(PARKING_REORDERED)).toBeGreaterThan(s(PARKING_EDITED));
    expect(s(PARKING_EDITED)).toBeGreaterThan(0.6);
    expect(s(PARKING_EDITED)).toBeGreaterThan(s(PARKING_PARAPHRASE));
    expect(s(PARKING_PARAPHRASE)).toBeGreaterThan(s(PARKING_OTHER));
    expect(s(PARKING_OTHER)).toBeGreaterThan(s(ELDERLY));
    expect(s(ELDERLY)).toBeLessThan(0.15);
  });
  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const x = similarity(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(x, 12);
      }),
    );
  });
});

describe('sharedPassages', () => {
  it('marks the passages a new text shares with one on file, in the original offsets', () => {
    const draft = '我认为，应当推行错时共享停车！另外要多种树。';
    const marks = sharedPassages(draft, PARKING);
    expect(marks.map((m) => draft.slice(m.start, m.end))).toEqual(['推行错时共享停车']);
  });
  it('marks nothing in unrelated texts', () => {
    expect(sharedPassages(ELDERLY, PARKING_OTHER)).toEqual([]);
  });
  it('keeps every mark inside the text and in order', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        let last = 0;
        for (const m of sharedPassages(a + b, b)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual((a + b).length);
          last = m.end;
        }
      }),
    );
  });
});

describe('findAll', () => {
  it('finds a query through punctuation and width, marking the original text', () => {
    const t = '建议：推行错时、共享停车；共享停车位';
    expect(findAll(t, '共享停车').map((m) => t.slice(m.start, m.end))).toEqual(['共享停车', '共享停车']);
    expect(findAll(t, '错时共享').map((m) => t.slice(m.start, m.end))).toEqual(['错时、共享']);
    expect(findAll(t, '，')).toEqual([]);
  });
});

describe('TextIndex', () => {
  const index = new TextIndex<string>();
  const texts: Record<string, string> = { parking: PARKING, edited: PARKING_EDITED, other: PARKING_OTHER, elderly: ELDERLY, paraphrase: PARKING_PARAPHRASE };
  for (const [k, v] of Object.entries(texts)) index.set(k, v);

  it('finds the most similar texts first, with the same score as similarity()', () => {
    const hits = index.similar(PARKING_REORDERED, { limit: 3, minScore: 0.1 });
    expect(hits.map((h) => h.key)).toEqual(['parking', 'edited', 'paraphrase']);
    expect(hits[0].score).toBeCloseTo(similarity(PARKING_REORDERED, PARKING), 12);
  });
  it('leaves out texts below the minimum score, and excluded keys', () => {
    expect(index.similar(ELDERLY, { minScore: 0.3 }).map((h) => h.key)).toEqual(['elderly']);
    expect(index.similar(ELDERLY, { minScore: 0.3, exclude: (k) => k === 'elderly' })).toEqual([]);
  });
  it('searches by substring through punctuation, and forgets removed texts', () => {
    expect(index.search('错时共享')).toEqual(['parking', 'edited', 'paraphrase']);
    expect(index.search('助餐')).toEqual(['elderly']);
    expect(index.search('停')).toHaveLength(4);
    const copy = new TextIndex<string>();
    copy.set('a', PARKING);
    copy.set('b', ELDERLY);
    copy.remove('a');
    expect(copy.search('停车')).toEqual([]);
    copy.set('b', PARKING);
    expect(copy.search('助餐')).toEqual([]);
    expect(copy.search('停车')).toEqual(['b']);
    expect(copy.size).toBe(1);
  });
  it('search agrees with a linear scan of the folded texts', () => {
    const pool = ['停车', '共享', '老人', '助餐', '小区', '，', '建议', 'ＡＢ', 'ab'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 8 }).map((p) => p.join('')), { maxLength: 12 }), fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }), (docs, q) => {
        const idx = new TextIndex<number>();
        docs.forEach((d, i) => idx.set(i, d));
        const query = q.join('');
        const fq = foldText(query);
        const expected = fq ? docs.flatMap((d, i) => (foldText(d).includes(fq) ? [i] : [])) : [];
        expect(idx.search(query)).toEqual(expected);
      }),
    );
  });
  it('search agrees with a linear scan through joins, removals and texts added after a join', () => {
    const pool = ['停车', '共享', '老人', '助餐', '小区', '，', '建议', 'ＡＢ', 'ab', '加装电梯'];
    const text = fc.array(fc.constantFrom(...pool), { maxLength: 6 }).map((p) => p.join(''));
    const op = fc.record({ key: fc.nat(800), text: fc.option(text, { nil: null }) });
    fc.assert(
      fc.property(fc.array(text, { minLength: 600, maxLength: 700 }), fc.array(op, { maxLength: 700 }), fc.array(fc.constantFrom(...pool, '停', '车', '小', 'a'), { minLength: 1, maxLength: 2 }), (first, ops, q) => {
        const idx = new TextIndex<number>();
        // The model: texts in the order they were (last) set.
        let model: Array<[number, string]> = [];
        const set = (k: number, t: string | null) => {
          model = model.filter(([m]) => m !== k);
          if (t === null) idx.remove(k);
          else {
            idx.set(k, t);
            model.push([k, t]);
          }
        };
        const query = q.join('');
        const expected = () => (foldText(query) ? model.filter(([, t]) => foldText(t).includes(foldText(query))).map(([k]) => k) : []);
        first.forEach((t, i) => set(i, t));
        expect(idx.search(query)).toEqual(expected());
        expect(idx.search('停')).toEqual(model.filter(([, t]) => t.includes('停')).map(([k]) => k));
        for (const o of ops) set(o.key, o.text);
        expect(idx.search(query)).toEqual(expected());
        expect(idx.search('车')).toEqual(model.filter(([, t]) => t.includes('车')).map(([k]) => k));
      }),
      { numRuns: 60 },
    );
  });
});
