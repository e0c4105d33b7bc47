import { localDate } from '../../../../../shared/attendance/time';
import type { Campaign, Suggestion } from '../../../../../shared/domain/suggestion';
import type { PrintJobInput } from '../../../../../shared/print/jobs';
import type { CompilationData } from '../../../../../shared/print/suggestions';
import { awardList } from '../../../../../shared/suggestions/awards';
import { buildCompilation, chineseDate, type Compilation, type CompilationScope } from '../../../../../shared/suggestions/compilation';
import { computeFigures, FIGURE_LABELS, type FigureKey } from '../../../../../shared/suggestions/figures';
import { credits, mergedChildren } from '../../../../../shared/suggestions/merge';
import { publicSubmitters } from '../../../../../shared/suggestions/privacy';
import type { SuggestionData } from '../store';

/** The print jobs of a campaign, built from the shared rules (no phone ever goes in: shared/suggestions/privacy.ts). */

export function campaignSuggestions(data: SuggestionData, campaignId: string, office: string | null): Suggestion[] {
  return [...data.suggestions.values()].filter((s) => s.campaignId === campaignId && !s.deleted && (!office || s.office === office));
}

export interface CompilationChoice {
  scope: CompilationScope;
  /** Categories to include; empty = all. */
  categories: string[];
}

export function compilationOf(campaign: Campaign, list: readonly Suggestion[], choice: CompilationChoice, compiler: string, today = localDate(new Date())): Compilation {
  const picked = choice.categories.length ? list.filter((s) => choice.categories.includes(s.category) || s.mergedInto) : list;
  return buildCompilation(campaign, picked, { scope: choice.scope, compiler, date: chineseDate(today) });
}

export function compilationJob(c: CompilationData): PrintJobInput {
  return { kind: 'compilation', data: c };
}

const FIGURE_TABLES: FigureKey[] = ['category', 'sector', 'channel', 'status', 'office'];

export function figuresJob(campaign: Campaign, list: readonly Suggestion[], compiler: string, officeNames: ReadonlyMap<string, string>, today = localDate(new Date())): PrintJobInput {
  const f = computeFigures(list, campaign.categories, officeNames);
  const tables = FIGURE_TABLES.filter((k) => k !== 'office' || f.by.office.length > 1).map((k) => ({ label: FIGURE_LABELS[k], rows: f.by[k].slice(0, 30) }));
  return {
    kind: 'suggestionFigures',
    data: {
      title: `${campaign.title}建议统计`, compiler, date: chineseDate(today), period: `征集时间：${chineseDate(campaign.startDate)}至${chineseDate(campaign.endDate)}`,
      totals: [
        { label: '建议总数', value: f.total }, { label: '并入后', value: f.distinct }, { label: '委员提交', value: f.fromMembers }, { label: '群众提交', value: f.fromCitizens },
        { label: '待审', value: f.awaitingReview }, { label: '已反馈', value: f.feedbackGiven }, { label: '待反馈', value: f.awaitingFeedback },
      ],
      tables,
    },
  };
}

export function awardJob(campaign: Campaign, list: readonly Suggestion[], compiler: string, today = localDate(new Date())): PrintJobInput {
  const merged = mergedChildren(list);
  const byId = new Map(list.map((s) => [s.id, s]));
  return {
    kind: 'awardList',
    data: {
      title: `${campaign.title}获奖建议名单`, compiler, date: chineseDate(today),
      groups: awardList(list).map((g) => ({
        level: g.level,
        items: g.items.map((s) => ({ title: s.title, category: s.category, submitters: publicSubmitters(credits(s, (merged.get(s.id) ?? []).map((id) => byId.get(id)!))) })),
      })),
    },
  };
}
