import { describe, expect, it } from 'vitest';
import { checkDraft, CheckRules, DEFAULT_RULES, measureItems } from './checks';
import { ProposalIndex } from './similar';

const GOOD = {
  title: '关于老旧小区加装电梯的建议',
  situation: '我区现有2000年以前建成的老旧小区146个，多层住宅无电梯，60岁以上居民占比超过三成，上下楼困难。',
  analysis: '加装电梯需同一单元住户意见一致，低层住户顾虑采光和噪音；审批涉及规划、住建、市场监管多个部门，流程长；资金筹措渠道单一。',
  measures: '一是由区住建局牵头设立加装电梯“一站式”审批窗口，审批时限压缩到30个工作日以内。二是对每台加装电梯给予15万元财政补贴，允许提取住房公积金。三是组织街道和社区开展协商议事，建立低层住户补偿机制。',
};

const rules = (r: ReturnType<typeof checkDraft>) => r.map((f) => f.rule);

describe('drafting checks on real-looking texts', () => {
  it('a well-formed proposal passes every check', () => {
    expect(checkDraft(GOOD)).toEqual([]);
  });

  it('title form: 关于……的建议, with the rewrite it suggests', () => {
    const r = checkDraft({ ...GOOD, title: '老旧小区加装电梯' });
    expect(r[0]).toMatchObject({ rule: 'titleForm', ruleText: '案由写成“关于……的建议”', advice: '把案由改成“关于老旧小区加装电梯的建议”' });
  });

  it('the rewrite keeps the matter and drops a stray ending', () => {
    expect(checkDraft({ ...GOOD, title: '关于优化社区养老服务的几点建议' })[0].advice).toBe('把案由改成“关于优化社区养老服务的建议”');
    expect(checkDraft({ ...GOOD, title: '进一步做好垃圾分类工作的建议' })[0].advice).toBe('把案由改成“关于进一步做好垃圾分类工作的建议”');
  });

  it('title length over the cap says how many characters to cut; the cap is the office\'s', () => {
    const title = '关于进一步加快推进我区老旧小区多层住宅加装电梯工作的建议';
    const r = checkDraft({ ...GOOD, title });
    expect(r.find((f) => f.rule === 'titleLength')).toMatchObject({ ruleText: '案由不超过 20 个字', advice: `现在 ${title.length} 个字，请删去 ${title.length - 20} 个字，只留提案要解决的一件事` });
    expect(rules(checkDraft({ ...GOOD, title }, { ...DEFAULT_RULES, titleMax: 40 }))).not.toContain('titleLength');
  });

  it('建议 with only 高度重视/加强宣传 is flagged, the words marked', () => {
    const measures = '一是有关部门要高度重视。二是加强宣传，提高认识。';
    const r = checkDraft({ ...GOOD, measures });
    const f = r.find((x) => x.rule === 'vagueMeasures')!;
    expect(f.advice).toContain('“高度重视”');
    expect(f.marks.map((m) => measures.slice(m.start, m.end))).toEqual(expect.arrayContaining(['高度重视', '加强宣传', '提高认识']));
    expect(rules(checkDraft({ ...GOOD, measures: '' }))).toContain('noMeasures');
  });

  it('more than three measures advises merging', () => {
    const measures = '一是设立审批窗口。二是给予补贴20万元。三是建立补偿机制。四是开展试点5个。';
    expect(measureItems(measures)).toHaveLength(4);
    expect(checkDraft({ ...GOOD, measures }).find((f) => f.rule === 'tooManyMeasures')?.advice).toBe('现在 4 条：请合并相近的，留下最要紧的 3 条');
  });

  it('一事一案: a title joining several matters', () => {
    expect(rules(checkDraft({ ...GOOD, title: '关于加装电梯以及停车难的建议' }))).toContain('oneMatter');
    expect(rules(checkDraft({ ...GOOD, title: '关于电梯、停车和养老的建议' }))).toContain('oneMatter');
  });

  it('a body over the cap', () => {
    const long = { ...GOOD, situation: GOOD.situation.repeat(30) };
    expect(checkDraft(long).find((f) => f.rule === 'bodyLength')?.ruleText).toBe('正文不超过 1500 字');
  });

  it('personal affairs, lawsuits, secrets and advertising, each with its rule and marks', () => {
    const d = { ...GOOD, situation: `${GOOD.situation}我家所在小区的开发商已被起诉，法院尚未判决。`, analysis: `${GOOD.analysis}可参照内部文件。`, measures: `${GOOD.measures}推广使用我公司的电梯产品。` };
    const r = checkDraft(d);
    expect(rules(r)).toEqual(expect.arrayContaining(['personal', 'lawsuit', 'secret', 'advert']));
    const lawsuit = r.find((f) => f.rule === 'lawsuit')!;
    expect(lawsuit.marks.map((m) => d[m.field].slice(m.start, m.end))).toEqual(expect.arrayContaining(['起诉', '法院', '判决']));
  });

  it('the rules themselves are checked with messages', () => {
    const r = CheckRules.safeParse({ ...DEFAULT_RULES, titleMax: 3 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe('案由字数上限至少 8 个字');
  });
});

describe('similar proposals on file', () => {
  const index = new ProposalIndex();
  index.set({ id: 'a', ...GOOD, year: 2024, status: 'closed', numberText: '十届三次会议第5号' });
  index.set({ id: 'b', title: '关于社区老年助餐点建设的建议', situation: '社区老年人吃饭难。', analysis: '助餐点少。', measures: '在每个社区设立老年助餐点，对八十岁以上老人给予补贴。', year: 2026, status: 'handling', numberText: '十届四次会议第2号' });
  index.set({ id: 'draft', ...GOOD, year: 2026, status: 'draft', numberText: '' });

  it('finds an earlier year\'s proposal on the same matter, not itself, not another draft', () => {
    const draft = { ...GOOD, title: '关于加快老旧小区加装电梯的建议', measures: GOOD.measures.replace('15万元', '20万元') };
    const hits = index.similar(draft, { selfId: 'x', year: 2026, minScore: DEFAULT_RULES.similarMin });
    expect(hits.map((h) => h.id)).toEqual(['a']);
    expect(hits[0]).toMatchObject({ thisYear: false, numberText: '十届三次会议第5号' });
    expect(hits[0].score).toBeGreaterThan(0.8);
    expect(index.similar(GOOD, { selfId: 'a', year: 2026, minScore: 0.35 })).toEqual([]);
  });

  it('a proposal on another matter is not alike', () => {
    expect(index.similar({ title: '关于城区道路停车收费的建议', situation: '停车泊位周转率低', analysis: '', measures: '实行差别化收费' }, { selfId: 'x', year: 2026, minScore: 0.35 })).toEqual([]);
  });
});
