import type { Campaign, Suggestion, SuggestionStatus } from '../domain/suggestion';
import { credits } from './merge';
import { publicSubmitters } from './privacy';
import { statusOf } from './review';

/**
 * The structure of a compilation (汇编): the campaign's suggestions grouped
 * by category in the campaign's order, numbered 1… across the groups, each
 * with its title, submitters (a member's name and sector, a citizen's name and
 * unit, never a phone: privacy.ts) and text. A merged suggestion is not
 * repeated: the one it was merged into credits its submitter. The same
 * structure feeds the PDF template and the .docx.
 */

export interface CompilationItem {
  no: number;
  title: string;
  submitters: string;
  content: string;
  status: SuggestionStatus;
}

export interface CompilationGroup {
  /** 一、二、… */
  ordinal: string;
  category: string;
  items: CompilationItem[];
}

export interface Compilation {
  title: string;
  /** Who compiled it and when, for the cover. */
  compiler: string;
  date: string;
  period: string;
  total: number;
  groups: CompilationGroup[];
}

/** Which suggestions go in: all of them (merged ones credited on their kept one), or only the adopted ones. */
export type CompilationScope = 'all' | 'adopted';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The date as printed on a cover: 2026年3月5日. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function buildCompilation(
  campaign: Pick<Campaign, 'title' | 'categories' | 'startDate' | 'endDate'>,
  suggestions: readonly Suggestion[],
  o: { scope?: CompilationScope; compiler: string; date: string },
): Compilation {
  const live = suggestions.filter((s) => !s.deleted);
  const kept = live.filter((s) => {
    const st = statusOf(s);
    if (st === '并入') return false;
    return o.scope !== 'adopted' || st === '采纳' || st === '部分采纳';
  });
  // Merged ones credited on their kept one: one pass over the campaign.
  const mergedInto = new Map<string, Suggestion[]>();
  for (const s of live) if (s.mergedInto) mergedInto.set(s.mergedInto, [...(mergedInto.get(s.mergedInto) ?? []), s]);
  const byCategory = new Map<string, Suggestion[]>();
  for (const s of kept) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  // The campaign's categories first, in its order; a category no longer listed follows, by name.
  const order = [...campaign.categories.filter((c) => byCategory.has(c)), ...[...byCategory.keys()].filter((c) => !campaign.categories.includes(c)).sort((a, b) => a.localeCompare(b, 'zh'))];
  let no = 0;
  const groups = order.map((category, i) => ({
    ordinal: chineseOrdinal(i + 1),
    category,
    items: byCategory
      .get(category)!
      .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.title.localeCompare(b.title, 'zh') || a.id.localeCompare(b.id))
      .map((s) => ({
        no: ++no,
        title: s.title,
        submitters: publicSubmitters(credits(s, mergedInto.get(s.id) ?? [])),
        content: s.content,
        status: statusOf(s),
      })),
  }));
  return {
    title: `${campaign.title}建议汇编`,
    compiler: o.compiler,
    date: o.date,
    period: `${chineseDate(campaign.startDate)}至${chineseDate(campaign.endDate)}`,
    total: no,
    groups,
  };
}

/** Paragraphs of a suggestion's text: split at line breaks, blank ones dropped. */
export function paragraphs(content: string): string[] {
  return content.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
}
