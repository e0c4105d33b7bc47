import { CHANNELS, STATUSES, type Suggestion } from '../domain/suggestion';
import { statusOf } from './review';

/** Figures of a drive: counts by category, sector, channel, status and office. */

export type FigureKey = 'category' | 'sector' | 'channel' | 'status' | 'office';

export const FIGURE_LABELS: Record<FigureKey, string> = { category: '类别', sector: '界别', channel: '来源渠道', status: '办理状态', office: '办公室' };

export interface FigureRow {
  key: string;
  count: number;
}

export interface SuggestionFigures {
  total: number;
  /** Counted once each: merged ones are not a new idea. */
  distinct: number;
  fromMembers: number;
  fromCitizens: number;
  feedbackGiven: number;
  awaitingReview: number;
  awaitingFeedback: number;
  by: Record<FigureKey, FigureRow[]>;
}

type Counted = Pick<Suggestion, 'category' | 'submitter' | 'channel' | 'office' | 'review' | 'hqReview' | 'mergedInto' | 'feedback' | 'deleted'>;

/** A citizen has no sector: they count under 群众. */
export function sectorOf(s: Pick<Suggestion, 'submitter'>): string {
  return s.submitter.kind === 'member' ? s.submitter.sector || '（未填界别）' : '群众';
}

/** Counts in a stable order: the given order first (categories of the campaign, the channels), then the rest by count. */
function rows(counts: Map<string, number>, order: readonly string[] = []): FigureRow[] {
  const known = order.filter((k) => counts.has(k)).map((key) => ({ key, count: counts.get(key)! }));
  const rest = [...counts].filter(([k]) => !order.includes(k)).map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'zh'));
  return [...known, ...rest];
}

export function computeFigures(list: readonly Counted[], categories: readonly string[] = [], officeNames: ReadonlyMap<string, string> = new Map()): SuggestionFigures {
  const maps: Record<FigureKey, Map<string, number>> = { category: new Map(), sector: new Map(), channel: new Map(), status: new Map(), office: new Map() };
  const add = (k: FigureKey, v: string) => maps[k].set(v, (maps[k].get(v) ?? 0) + 1);
  const f: SuggestionFigures = { total: 0, distinct: 0, fromMembers: 0, fromCitizens: 0, feedbackGiven: 0, awaitingReview: 0, awaitingFeedback: 0, by: {} as SuggestionFigures['by'] };
  for (const s of list) {
    if (s.deleted) continue;
    const status = statusOf(s);
    f.total++;
    if (status !== '并入') f.distinct++;
    if (s.submitter.kind === 'member') f.fromMembers++;
    else f.fromCitizens++;
    if (s.feedback) f.feedbackGiven++;
    if (status === '待审') f.awaitingReview++;
    else if (!s.feedback) f.awaitingFeedback++;
    add('category', s.category);
    add('sector', sectorOf(s));
    add('channel', s.channel);
    add('status', status);
    add('office', officeNames.get(s.office) ?? s.office);
  }
  f.by = {
    category: rows(maps.category, categories),
    sector: rows(maps.sector),
    channel: rows(maps.channel, CHANNELS),
    status: rows(maps.status, STATUSES),
    office: rows(maps.office),
  };
  return f;
}
