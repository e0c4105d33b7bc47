import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random';
import { demoTexts } from '../demo/texts';
import { campaign, citizen, memberSub, suggestion } from './fixtures';
import { buildCompilation, chineseOrdinal } from './compilation';
import { computeFigures } from './figures';
import { PHONE_LIKE, publicSubmitter } from './privacy';
import { matchesFilter, SuggestionIndex } from './search';

const adopted = { outcome: '采纳' as const, reason: '', forwardUnit: '', forwardDate: '', by: '', at: '' };

describe('the compilation', () => {
  const c = campaign({ categories: ['工业升级', '停车难', '养老服务', '其他'] });
  const list = [
    suggestion({ category: '养老服务', title: '养老B', receivedOn: '2026-02-03' }),
    suggestion({ category: '停车难', title: '停车A', submitter: memberSub('m1', '张伟') }),
    suggestion({ category: '养老服务', title: '养老A', receivedOn: '2026-02-01', review: adopted }),
    suggestion({ category: '新类别', title: '新的' }),
  ];
  const dup = suggestion({ category: '养老服务', title: '养老A的重复', mergedInto: list[2].id, submitter: citizen('赵敏', '13800001111') });

  it('groups by the campaign\'s categories in order, numbers across groups, credits merged submitters and leaves them out', () => {
    const comp = buildCompilation(c, [...list, dup], { compiler: '西林街道政协工委', date: '2026-07-01' });
    expect(comp.groups.map((g) => `${g.ordinal}${g.category}`)).toEqual(['一停车难', '二养老服务', '三新类别']);
    expect(comp.groups.flatMap((g) => g.items.map((i) => `${i.no}${i.title}`))).toEqual(['1停车A', '2养老A', '3养老B', '4新的']);
    expect(comp.total).toBe(4);
    expect(comp.groups[1].items[0].submitters).toBe('王秀英（勤业新村）、赵敏（勤业新村）');
    expect(comp.groups[0].items[0].submitters).toBe('张伟（经济）');
    expect(comp.period).toBe('2026年1月1日至2026年6月30日');
  });

  it('never carries a phone number', () => {
    const comp = buildCompilation(c, [...list, dup], { compiler: 'x', date: '2026-07-01' });
    expect(PHONE_LIKE.test(JSON.stringify(comp))).toBe(false);
    expect(PHONE_LIKE.test(JSON.stringify([...list, dup]))).toBe(true);
    expect(publicSubmitter(citizen('李四', '13912345678'))).toBe('李四（勤业新村）');
  });

  it('can hold only the adopted ones', () => {
    const comp = buildCompilation(c, [...list, dup], { compiler: 'x', date: '2026-07-01', scope: 'adopted' });
    expect(comp.groups.flatMap((g) => g.items.map((i) => i.title))).toEqual(['养老A']);
  });

  it('writes ordinals as Chinese numerals', () => {
    expect([1, 9, 10, 12, 20, 35].map(chineseOrdinal)).toEqual(['一', '九', '十', '十二', '二十', '三十五']);
  });
});

describe('figures', () => {
  it('counts by category in the campaign\'s order, sector (citizens as 群众), channel, status', () => {
    const list = [
      suggestion({ category: '停车难', channel: '电话' }),
      suggestion({ category: '工业升级', submitter: memberSub(), review: adopted }),
      suggestion({ category: '停车难', mergedInto: 'x' }),
    ];
    const f = computeFigures(list, ['工业升级', '停车难']);
    expect(f.by.category).toEqual([{ key: '工业升级', count: 1 }, { key: '停车难', count: 2 }]);
    expect(f.by.sector).toEqual([{ key: '群众', count: 2 }, { key: '经济', count: 1 }]);
    expect(f.by.channel).toEqual([{ key: '书面', count: 2 }, { key: '电话', count: 1 }]);
    expect(f.by.status.map((r) => r.key)).toEqual(['待审', '采纳', '并入']);
    expect([f.total, f.distinct, f.awaitingReview, f.awaitingFeedback]).toEqual([3, 2, 1, 2]);
  });
});

describe('search and the similar check', () => {
  const texts = demoTexts(new Rng(7), 400, 0.08);
  const list = texts.map((t, i) => suggestion({ id: `t${i}`, title: t.title, content: t.body, submitter: i === 5 ? citizen('欧阳修') : citizen() }));
  const index = new SuggestionIndex();
  for (const s of list) index.set(s);

  it('offers the text a near-duplicate repeats as the most similar', () => {
    const dups = texts.map((t, i) => [t, i] as const).filter(([t]) => t.nearDuplicateOf >= 0);
    expect(dups.length).toBeGreaterThan(10);
    let first = 0;
    for (const [t, i] of dups) {
      const hits = index.similar({ title: t.title, content: t.body }, { exclude: (id) => id === `t${i}` });
      const target = `t${t.nearDuplicateOf}`;
      // The original, or an identical text of the same family, comes first.
      if (hits[0] && (hits[0].key === target || list.find((s) => s.id === hits[0].key)!.content === texts[t.nearDuplicateOf].body || hits[0].score > 0.9)) first++;
    }
    expect(first / dups.length).toBeGreaterThan(0.9);
  });

  it('finds title, content and submitter, through punctuation and width, as a scan would', () => {
    const q = '加装电梯';
    const scan = list.filter((s) => `${s.title}${s.content}`.includes(q)).map((s) => s.id);
    expect([...index.search(q)].sort()).toEqual(scan.sort());
    expect([...index.search('加装，电梯')].sort()).toEqual(scan.sort());
    expect([...index.search('欧阳修')]).toEqual(['t5']);
    expect([...index.search('欧')]).toEqual(['t5']);
    index.remove('t5');
    expect([...index.search('欧阳修')]).toEqual([]);
  });

  it('filters by status including 待反馈, kind, sector', () => {
    const s = suggestion({ submitter: memberSub(), review: adopted });
    expect(matchesFilter(s, { status: '待反馈' })).toBe(true);
    expect(matchesFilter(s, { status: '采纳', submitterKind: 'member', sector: '经济' })).toBe(true);
    expect(matchesFilter(s, { submitterKind: 'citizen' })).toBe(false);
    expect(matchesFilter({ ...s, deleted: 1 }, {})).toBe(false);
  });
});
