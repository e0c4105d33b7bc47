import { z } from 'zod';
import type { DraftFields } from '../domain/proposal';
import { findAll } from '../text/similarity';

/**
 * The drafting checks (domain.md, Proposals): each says which rule it is and
 * what to change. They advise; the person decides. The rules and caps are the
 * office's to edit (stored as a setting, validated by CheckRules).
 */
export const CheckRules = z.object({
  titleMax: z.number().int().min(8, '案由字数上限至少 8 个字').max(100, '案由字数上限不能超过 100 个字'),
  bodyMax: z.number().int().min(200, '正文字数上限至少 200 个字').max(20000, '正文字数上限不能超过 20000 个字'),
  maxMeasures: z.number().int().min(1, '建议条数至少 1 条').max(20, '建议条数不能超过 20 条'),
  vague: z.array(z.string().trim().min(1)).max(200),
  personal: z.array(z.string().trim().min(1)).max(200),
  lawsuit: z.array(z.string().trim().min(1)).max(200),
  secret: z.array(z.string().trim().min(1)).max(200),
  advert: z.array(z.string().trim().min(1)).max(200),
  /** Similarity (0..1) from which a proposal on file is shown as alike. */
  similarMin: z.number().min(0.1, '相似度下限至少 0.1').max(0.95, '相似度下限不能超过 0.95'),
});
export type CheckRules = z.infer<typeof CheckRules>;

export const DEFAULT_RULES: CheckRules = {
  titleMax: 20,
  bodyMax: 1500,
  maxMeasures: 3,
  vague: ['高度重视', '加强宣传', '加大力度', '加强领导', '提高认识', '引起重视', '进一步加强', '切实加强', '大力推进', '积极探索', '认真研究', '统筹考虑'],
  personal: ['我家', '本人家属', '我的孩子', '我父亲', '我母亲', '解决个人', '个人住房', '调动工作', '安排工作', '我的单位'],
  lawsuit: ['起诉', '诉讼', '判决', '法院', '仲裁', '上诉', '官司', '申诉', '被告', '原告'],
  secret: ['机密', '绝密', '秘密', '内部文件', '涉密'],
  advert: ['我公司', '本公司', '产品', '品牌', '优惠', '代理商', '推广使用', '采购我', '独家'],
  similarMin: 0.35,
};

export type CheckField = 'title' | 'situation' | 'analysis' | 'measures';

export interface Finding {
  /** Stable key of the rule (for tests and the screen). */
  rule: 'titleForm' | 'titleLength' | 'vagueMeasures' | 'noMeasures' | 'tooManyMeasures' | 'oneMatter' | 'bodyLength' | 'personal' | 'lawsuit' | 'secret' | 'advert';
  /** The rule, as the committee states it. */
  ruleText: string;
  /** What to change. */
  advice: string;
  /** Where in which field, for marking as typed. */
  marks: Array<{ field: CheckField; start: number; end: number }>;
}

const chars = (s: string) => Array.from(s.replace(/\s/g, '')).length;

/** The 建议 split into its measures: 一是…、（一）…、1. …, or sentences. */
export function measureItems(measures: string): string[] {
  const text = measures.trim();
  if (!text) return [];
  const byMarker = text.split(/(?:^|\n|。|；)\s*(?:[一二三四五六七八九十]+[是、]|（[一二三四五六七八九十]+）|\(?\d+[.、)）])/).map((s) => s.trim()).filter(Boolean);
  if (byMarker.length > 1) return byMarker;
  return text.split(/[。；;\n]/).map((s) => s.trim()).filter((s) => chars(s) >= 4);
}

/** Signs that a measure is concrete: a figure, a time, a body that does it, or an act with an object. */
const CONCRETE = /\d|[一二三四五六七八九十百千万]+(?:个|处|所|条|项|名|人|台|辆|万元|亿元|年|月|天|平方米|公里)|(?:设立|建立|新建|增设|改造|制定|出台|修订|设置|配备|开通|安排|纳入|实行|开展|组织|建设|成立|划定|试点|补贴|拨付|增加|减少|延长|取消|公布|落实|专项)/;

function vagueOnly(item: string, vague: readonly string[]): boolean {
  let rest = item;
  for (const v of vague) rest = rest.split(v).join('');
  const hadVague = rest.length < item.length;
  return (hadVague && chars(rest) < 12) || !CONCRETE.test(item);
}

function wordMarks(d: Pick<DraftFields, CheckField>, words: readonly string[]): Finding['marks'] {
  const out: Finding['marks'] = [];
  for (const field of ['title', 'situation', 'analysis', 'measures'] as const) {
    for (const w of words) for (const m of findAll(d[field], w)) out.push({ field, ...m });
  }
  return out;
}

function found(marks: Finding['marks'], d: Pick<DraftFields, CheckField>): string {
  const words = [...new Set(marks.map((m) => d[m.field].slice(m.start, m.end)))];
  return words.slice(0, 5).map((w) => `“${w}”`).join('、');
}

const WORD_RULES: Array<{ rule: 'personal' | 'lawsuit' | 'secret' | 'advert'; ruleText: string; advice: string }> = [
  { rule: 'personal', ruleText: '提案不涉及个人或家庭事务', advice: '个人事务请通过信访或所在单位反映；提案应反映带有普遍性的问题' },
  { rule: 'lawsuit', ruleText: '提案不涉及民事、刑事、行政诉讼或仲裁案件', advice: '已进入诉讼或仲裁程序的事项请依法律程序解决，不作为提案提出' },
  { rule: 'secret', ruleText: '提案不涉及党和国家秘密', advice: '删去涉密内容，或改用公开信息表述' },
  { rule: 'advert', ruleText: '提案不为企业或产品做宣传', advice: '删去具体企业、产品或品牌的推介，写成面向全区的一般措施' },
];

/** Every finding of the draft under the rules, in the order a reader meets them. */
export function checkDraft(d: Pick<DraftFields, CheckField>, rules: CheckRules = DEFAULT_RULES): Finding[] {
  const out: Finding[] = [];
  const title = d.title.trim();
  if (title && !/^关于.+的(?:建议|提案)$/.test(title)) {
    out.push({ rule: 'titleForm', ruleText: '案由写成“关于……的建议”', advice: `把案由改成“关于${title.replace(/^关于/, '').replace(/的?(?:几点|若干)?(?:建议|提案|意见)$/, '').replace(/的$/, '')}的建议”`, marks: [{ field: 'title', start: 0, end: d.title.length }] });
  }
  const tl = chars(title);
  if (tl > rules.titleMax) {
    out.push({ rule: 'titleLength', ruleText: `案由不超过 ${rules.titleMax} 个字`, advice: `现在 ${tl} 个字，请删去 ${tl - rules.titleMax} 个字，只留提案要解决的一件事`, marks: [{ field: 'title', start: 0, end: d.title.length }] });
  }
  if (/以及|、|和.+(?:和|及|与)|(?:及|与).+(?:和|及|与)/.test(title.replace(/^关于/, '').replace(/的建议$/, ''))) {
    out.push({ rule: 'oneMatter', ruleText: '一事一案：一件提案只提一件事', advice: '案由里并列了几件事：请拆成几件提案，每件只写一件事', marks: [{ field: 'title', start: 0, end: d.title.length }] });
  }
  const items = measureItems(d.measures);
  if (!items.length) {
    out.push({ rule: 'noMeasures', ruleText: '建议部分要有具体措施', advice: '在“建议”里写出可操作的措施：谁来做、做什么、做到什么程度', marks: [] });
  } else if (items.every((i) => vagueOnly(i, rules.vague))) {
    const marks = wordMarks({ title: '', situation: '', analysis: '', measures: d.measures }, rules.vague);
    out.push({
      rule: 'vagueMeasures', ruleText: '建议要具体可行，不只是表态',
      advice: `建议里${marks.length ? `只有${found(marks, d)}一类表态` : '没有具体措施'}：请写明由哪个部门、采取什么办法、在什么时间做到什么`, marks,
    });
  }
  if (items.length > rules.maxMeasures) {
    out.push({ rule: 'tooManyMeasures', ruleText: `建议最好不超过 ${rules.maxMeasures} 条`, advice: `现在 ${items.length} 条：请合并相近的，留下最要紧的 ${rules.maxMeasures} 条`, marks: [] });
  }
  const body = chars(d.situation) + chars(d.analysis) + chars(d.measures);
  if (body > rules.bodyMax) {
    out.push({ rule: 'bodyLength', ruleText: `正文不超过 ${rules.bodyMax} 字`, advice: `现在 ${body} 字，请删去约 ${body - rules.bodyMax} 字（情况部分可只留关键数字）`, marks: [] });
  }
  for (const w of WORD_RULES) {
    const marks = wordMarks(d, rules[w.rule]);
    if (marks.length) out.push({ rule: w.rule, ruleText: w.ruleText, advice: `出现了${found(marks, d)}。${w.advice}`, marks });
  }
  return out;
}

/** The text the similarity check compares: title and body. */
export function similarityText(d: Pick<DraftFields, CheckField>): string {
  return `${d.title}\n${d.situation}\n${d.analysis}\n${d.measures}`;
}
