import { addDays } from '../attendance/time';
import { DEFAULT_REF_LISTS } from '../domain/reflist';
import {
  AWARD_LEVELS, type AwardLevel, type Campaign, type Channel, type Feedback, type Outcome, type Review, type Submitter, type Suggestion,
} from '../domain/suggestion';
import type { Fields } from '../sync/record';
import { DEMO_SEED } from './generator';
import { mobilePhone, personName } from './names';
import { Rng } from './random';
import { demoTexts } from './texts';

/**
 * The demo drive "我为'十四五'规划献一计": a campaign running today, and
 * suggestions from members and the public over its first months, in the
 * seed's categories and every channel and status; about 5% nearly repeat
 * another, most of those merged into it; feedback given to most decided ones.
 * Deterministic from the seed, the roster and `today`.
 */

export const DEMO_CAMPAIGN_TITLE = "我为'十四五'规划献一计";

export interface DemoSubmitterMember {
  id: string;
  name: string;
  sector: string;
  unitAndPost: string;
  office?: string;
}

export interface DemoSuggestionOptions {
  count: number;
  today: string;
  seed?: number;
  /** Spread the suggestions over these offices (HQ's data set); default: the loader's own office. */
  offices?: readonly string[];
}

export interface DemoSuggestion {
  fields: Omit<Fields<Suggestion>, 'campaignId'>;
  /** Index of the suggestion this one is merged into, or -1 (the loader sets mergedInto once ids exist). */
  mergeInto: number;
}

export interface DemoDrive {
  campaign: Fields<Campaign>;
  suggestions: DemoSuggestion[];
}

/** Which of the seed's categories a demo text belongs to, by its topic's words. */
const CATEGORY_WORDS: Array<[RegExp, string]> = [
  [/停车|停放/, '停车难'], [/养老|适老|社区食堂/, '养老服务'], [/电梯|物业|雨污|老旧小区|消防通道/, '老小区整治'], [/交通安全|充电桩/, '交通安全'],
  [/课后服务|托育|学校/, '教育优质均衡'], [/农贸市场|菜市场/, '食品安全'], [/垃圾分类|口袋公园|运河/, '生态文明'],
  [/网格化|背街小巷|占道/, '城市治理'], [/融资|营商环境/, '工业升级'], [/夜间经济/, '商圈振兴'], [/就业|劳动者/, '居民就业'],
  [/卫生服务/, '服务增效'], [/历史文化/, '管理示范'],
];

export function demoCategory(title: string): string {
  for (const [re, c] of CATEGORY_WORDS) if (re.test(title)) return c;
  return '其他';
}

const CITIZEN_PLACES = ['勤业新村', '清潭社区', '怀德苑', '西新桥二村', '广化街', '荷花池新村', '五星社区', '北港花园', '永红新村', '新闸小区'];
const CITIZEN_WORK = ['退休职工', '个体工商户', '社区志愿者', '小学教师', '外卖骑手', '物业管理员', '企业职工'];
const CHANNEL_WEIGHTS: Channel[] = ['书面', '书面', '书面', '来信', '来信', '电话', '电话', '座谈会', '座谈会', '委员转交', '其他'];
const OUTCOME_WEIGHTS: Outcome[] = ['采纳', '采纳', '采纳', '采纳', '部分采纳', '部分采纳', '留作参考', '留作参考', '留作参考', '不予采纳', '转交'];
const REJECT_REASONS = ['相关工作已在推进，建议内容已纳入现有方案', '涉及事项不属于本区职权范围', '建议缺乏可操作性，暂不具备实施条件'];
const FEEDBACK_TEXTS: Record<Outcome, string> = {
  采纳: '您的建议已被采纳，并转有关部门落实，感谢您的参与。',
  部分采纳: '您的建议部分内容已被采纳，相关部门将结合实际推进。',
  留作参考: '您的建议已留作参考，供有关部门决策时研究。',
  不予采纳: '经研究，您的建议暂不采纳，已说明理由，感谢您的关心。',
  转交: '您的建议已转交承办单位办理，办理结果将另行告知。',
};
const HANDLERS = ['李明', '周晓燕', '陈建国'];

function submitterOf(rng: Rng, members: readonly DemoSubmitterMember[]): Submitter {
  if (members.length && rng.chance(0.55)) {
    const m = rng.pick(members);
    return { kind: 'member', memberId: m.id, name: m.name, sector: m.sector, unit: m.unitAndPost };
  }
  const unit = rng.chance(0.6) ? `${rng.pick(CITIZEN_PLACES)}${rng.int(1, 40)}幢居民` : rng.pick(CITIZEN_WORK);
  return { kind: 'citizen', name: personName(rng), unit, phone: rng.chance(0.85) ? mobilePhone(rng) : '' };
}

export function demoDrive(members: readonly DemoSubmitterMember[], o: DemoSuggestionOptions): DemoDrive {
  const rng = new Rng((o.seed ?? DEMO_SEED) + 11);
  const start = addDays(o.today, -150);
  const scale = Math.max(1, Math.round(o.count / 2000));
  const awards: Record<AwardLevel, number> = { 特别奖: 1 * scale, 一等奖: 3 * scale, 二等奖: 5 * scale, 三等奖: 10 * scale, 优秀奖: 20 * scale };
  const campaign: Fields<Campaign> = {
    title: DEMO_CAMPAIGN_TITLE,
    startDate: start,
    endDate: addDays(o.today, 30),
    description: '围绕“十四五”规划编制，面向全体委员和社会各界征集意见建议。',
    categories: [...DEFAULT_REF_LISTS.suggestionCategory],
    contentCap: 2000,
    awards,
  };
  const texts = demoTexts(rng, o.count, 0.05);
  const given: Record<AwardLevel, number> = { 特别奖: 0, 一等奖: 0, 二等奖: 0, 三等奖: 0, 优秀奖: 0 };
  const out: DemoSuggestion[] = [];
  const root = (i: number): number => (out[i].mergeInto >= 0 ? root(out[i].mergeInto) : i);
  texts.forEach((t, i) => {
    // Received in order over the campaign so far; the older, the likelier decided and answered.
    const age = 150 - Math.floor((i * 150) / Math.max(1, o.count));
    const receivedOn = addDays(o.today, -age);
    const office = o.offices?.length ? o.offices[i % o.offices.length] : undefined;
    const sameOffice = office ? members.filter((m) => !m.office || m.office === office) : members;
    const submitter = submitterOf(rng, sameOffice.length ? sameOffice : members);
    let mergeInto = -1;
    // Most near-duplicates of an earlier one of the same office are merged into it.
    if (t.nearDuplicateOf >= 0 && rng.chance(0.6) && out[t.nearDuplicateOf].fields.office === office) mergeInto = root(t.nearDuplicateOf);
    const decided = mergeInto < 0 && rng.chance(age > 30 ? 0.85 : age > 10 ? 0.5 : 0.15);
    let review: Review | null = null;
    let feedback: Feedback | null = null;
    if (decided) {
      const outcome = rng.pick(OUTCOME_WEIGHTS);
      const on = addDays(receivedOn, rng.int(3, Math.max(3, Math.min(25, age))));
      const at = `${on <= o.today ? on : o.today}T${String(rng.int(9, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00`;
      review = {
        outcome,
        reason: outcome === '不予采纳' ? rng.pick(REJECT_REASONS) : '',
        forwardUnit: outcome === '转交' ? rng.pick(DEFAULT_REF_LISTS.unit) : '',
        forwardDate: outcome === '转交' ? at.slice(0, 10) : '',
        by: rng.pick(HANDLERS),
        at,
      };
      if (rng.chance(0.7)) {
        const fbOn = addDays(at.slice(0, 10), rng.int(1, 10));
        const date = fbOn <= o.today ? fbOn : o.today;
        const way = submitter.kind === 'citizen' && submitter.phone ? rng.pick(['电话', '短信'] as const) : rng.pick(['书面', '当面'] as const);
        feedback = { date, way, text: FEEDBACK_TEXTS[outcome], by: review.by, at: `${date}T10:00:00` };
      }
    }
    let award: AwardLevel | '' = '';
    if (review && (review.outcome === '采纳' || review.outcome === '部分采纳') && rng.chance(0.08)) {
      const level = AWARD_LEVELS.find((l) => given[l] < Math.ceil(awards[l] / 2));
      if (level) {
        given[level]++;
        award = level;
      }
    }
    out.push({
      mergeInto,
      fields: {
        ...(office ? { office } : {}),
        title: t.title, content: t.body, category: demoCategory(t.title), submitter,
        channel: submitter.kind === 'member' && rng.chance(0.3) ? '委员转交' : rng.pick(CHANNEL_WEIGHTS),
        receivedOn, review, mergedInto: '', feedback, award,
      },
    });
  });
  return { campaign, suggestions: out };
}
