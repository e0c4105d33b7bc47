import { parseLocalDate } from '../attendance/time';
import {
  AWARD_LEVELS, CHANNELS, type AwardLevel, type Campaign, type Channel, type Submitter, type Suggestion,
} from '../domain/suggestion';
import type { Fields } from '../sync/record';

/**
 * Checks of what a person types, with Chinese messages naming the field. A
 * refused input changes nothing: callers write only a `value` that passed.
 */

export type Checked<V, F extends string> =
  | { ok: true; value: V; warnings: string[] }
  | { ok: false; errors: Partial<Record<F, string>> };

/** Characters as a person counts them (a surrogate pair is one). */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export interface SuggestionInput {
  campaignId: string;
  title: string;
  content: string;
  category: string;
  submitterKind: 'member' | 'citizen';
  /** For a member: the roster record picked. */
  member: { id: string; name: string; sector: string; unitAndPost: string } | null;
  citizenName: string;
  citizenUnit: string;
  citizenPhone: string;
  channel: string;
  receivedOn: string;
}

export type SuggestionField = 'campaignId' | 'title' | 'content' | 'category' | 'submitter' | 'citizenName' | 'citizenPhone' | 'channel' | 'receivedOn';

export type SuggestionValue = Pick<Suggestion, 'campaignId' | 'title' | 'content' | 'category' | 'submitter' | 'channel' | 'receivedOn'>;

export const TITLE_MAX = 80;

/** A phone as offices write it: a mobile (11 digits from 1), or a landline with or without area code and extension. */
const PHONE = /^(1\d{10}|(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?)$/;

export function checkSuggestion(input: SuggestionInput, campaign: Campaign | undefined, today: string): Checked<SuggestionValue, SuggestionField> {
  const errors: Partial<Record<SuggestionField, string>> = {};
  const warnings: string[] = [];
  if (!campaign || campaign.deleted) errors.campaignId = '征集活动：请选择一个征集活动';
  const title = input.title.trim();
  if (!title) errors.title = '标题：请填写建议的标题';
  else if (charCount(title) > TITLE_MAX) errors.title = `标题：不能超过 ${TITLE_MAX} 个字（现在 ${charCount(title)} 个字）`;
  const content = input.content.trim();
  const cap = campaign?.contentCap ?? 0;
  if (!content) errors.content = '内容：请填写建议的内容';
  else if (cap > 0 && charCount(content) > cap) errors.content = `内容：本次征集限 ${cap} 字，现在 ${charCount(content)} 字，请删去 ${charCount(content) - cap} 字`;
  const category = input.category.trim();
  if (!category) errors.category = '类别：请选择类别';
  else if (campaign && !campaign.categories.includes(category)) errors.category = `类别：“${category}”不是本次征集的类别`;
  if (!(CHANNELS as readonly string[]).includes(input.channel)) errors.channel = `来源渠道：请选择 ${CHANNELS.join('、')} 之一`;

  let submitter: Submitter | null = null;
  if (input.submitterKind === 'member') {
    if (!input.member) errors.submitter = '提交人：请从名册中选择委员（可输入姓名或拼音查找）';
    else submitter = { kind: 'member', memberId: input.member.id, name: input.member.name, sector: input.member.sector, unit: input.member.unitAndPost };
  } else {
    const name = input.citizenName.trim();
    const phone = input.citizenPhone.replace(/[\s（）()]/g, '').replace(/^\+?86-?/, '');
    if (!name) errors.citizenName = '提交人姓名：请填写群众的姓名';
    else if (charCount(name) > 20) errors.citizenName = '提交人姓名：不能超过 20 个字';
    if (phone && !PHONE.test(phone)) errors.citizenPhone = `联系电话：“${input.citizenPhone.trim()}”不像电话号码，请写手机号（11 位）或座机号（如 0519-88001234）`;
    submitter = { kind: 'citizen', name, unit: input.citizenUnit.trim(), phone };
  }

  const date = parseLocalDate(input.receivedOn);
  let receivedOn = '';
  if (!date.ok) errors.receivedOn = `收到日期：${date.message}`;
  else if (date.value > today) errors.receivedOn = `收到日期：${date.value} 还没到，不能晚于今天（${today}）`;
  else receivedOn = date.value;

  if (Object.keys(errors).length) return { ok: false, errors };
  if (campaign && receivedOn > campaign.endDate) warnings.push(`收到日期 ${receivedOn} 已过征集截止日期 ${campaign.endDate}`);
  if (campaign && receivedOn < campaign.startDate) warnings.push(`收到日期 ${receivedOn} 早于征集开始日期 ${campaign.startDate}`);
  return {
    ok: true,
    warnings,
    value: { campaignId: campaign!.id, title, content, category, submitter: submitter!, channel: input.channel as Channel, receivedOn },
  };
}

/** Fields of a new suggestion: the checked value and no review yet (no hqReview: only HQ writes that field). */
export function newSuggestionFields(value: SuggestionValue): Fields<Suggestion> {
  return { ...value, review: null, mergedInto: '', feedback: null, award: '' };
}

export interface CampaignInput {
  title: string;
  startDate: string;
  endDate: string;
  description: string;
  categories: string[];
  contentCap: string;
  awards: Record<AwardLevel, string>;
}

export type CampaignField = 'title' | 'startDate' | 'endDate' | 'description' | 'categories' | 'contentCap' | 'awards';
export type CampaignValue = Omit<Fields<Campaign>, 'office'>;

export const CAP_MAX = 20_000;

export function checkCampaign(input: CampaignInput): Checked<CampaignValue, CampaignField> {
  const errors: Partial<Record<CampaignField, string>> = {};
  const title = input.title.trim();
  if (charCount(title) < 4) errors.title = '活动名称：至少 4 个字';
  else if (charCount(title) > 60) errors.title = '活动名称：不能超过 60 个字';
  const start = parseLocalDate(input.startDate);
  const end = parseLocalDate(input.endDate);
  if (!start.ok) errors.startDate = `开始日期：${start.message}`;
  if (!end.ok) errors.endDate = `截止日期：${end.message}`;
  if (start.ok && end.ok && end.value < start.value) errors.endDate = `截止日期：${end.value} 早于开始日期 ${start.value}`;
  const categories = [...new Set(input.categories.map((c) => c.trim()).filter(Boolean))];
  if (!categories.length) errors.categories = '类别：至少要有一个类别';
  else if (categories.some((c) => charCount(c) > 20)) errors.categories = '类别：每个类别不能超过 20 个字';
  const capText = input.contentCap.trim();
  const cap = capText === '' ? 0 : Number(capText);
  if (!Number.isInteger(cap) || cap < 0 || cap > CAP_MAX) errors.contentCap = `字数上限：请填 0（不限）到 ${CAP_MAX} 之间的整数`;
  else if (cap > 0 && cap < 50) errors.contentCap = '字数上限：至少 50 字，或填 0 表示不限';
  const awards = {} as Record<AwardLevel, number>;
  for (const level of AWARD_LEVELS) {
    const t = (input.awards[level] ?? '').trim();
    const n = t === '' ? 0 : Number(t);
    if (!Number.isInteger(n) || n < 0 || n > 999) errors.awards ??= `奖项名额：${level}的名额应为 0 到 999 之间的整数`;
    awards[level] = n;
  }
  const description = input.description.trim();
  if (charCount(description) > 2000) errors.description = '说明：不能超过 2000 字';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    warnings: [],
    value: { title, startDate: (start as { value: string }).value, endDate: (end as { value: string }).value, description, categories, contentCap: cap, awards },
  };
}

/** The campaign shown by default: the one running today (latest started), else the latest started. */
export function currentCampaign<C extends Pick<Campaign, 'id' | 'startDate' | 'endDate' | 'deleted'>>(campaigns: readonly C[], today: string, chosen?: string | null): C | undefined {
  const live = campaigns.filter((c) => !c.deleted);
  const picked = chosen ? live.find((c) => c.id === chosen) : undefined;
  if (picked) return picked;
  const byStart = [...live].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return byStart.find((c) => c.startDate <= today && today <= c.endDate) ?? byStart[0];
}
