import {
  numberText, REPLY_CLASSES, SATISFACTION_LABELS, SATISFACTIONS, STATUS_LABELS, PROPOSAL_STATUSES,
  type Proposal, type ProposalStatus, type ReplyClass, type Satisfaction,
} from '../domain/proposal';
import { assignedUnits, deadlineOf, isOverdue } from './workflow';

/** What lists, figures, exports and prints show of a proposal. */

export function proposerText(p: Pick<Proposal, 'kind' | 'leadMemberId' | 'proposerName'>, nameOf: (id: string) => string | undefined): string {
  if (p.kind === 'individual' || p.kind === 'joint') return (p.leadMemberId && nameOf(p.leadMemberId)) || '（未选第一提案人）';
  return p.proposerName || '（未填提案单位）';
}

export function unitsText(p: Pick<Proposal, 'assignment'>): string {
  const a = p.assignment;
  if (!a) return '';
  return a.mode === 'lead' ? `主办：${a.lead}${a.units.length ? `；会办：${a.units.join('、')}` : ''}` : `分办：${a.units.join('、')}`;
}

export function lastReplyClass(p: Pick<Proposal, 'replies'>): ReplyClass | '' {
  return p.replies.at(-1)?.replyClass ?? '';
}

export function lastSatisfaction(p: Pick<Proposal, 'verdicts'>): Satisfaction | '' {
  return p.verdicts.at(-1)?.satisfaction ?? '';
}

export interface ListRow {
  id: string;
  number: string;
  title: string;
  proposer: string;
  category: string;
  status: string;
  units: string;
  deadline: string;
  overdue: boolean;
  replyClass: string;
  satisfaction: string;
  year: number;
  flags: string;
}

export function listRow(p: Proposal, nameOf: (id: string) => string | undefined, today: string): ListRow {
  const s = lastSatisfaction(p);
  return {
    id: p.id,
    number: numberText(p),
    title: p.title || '（未填案由）',
    proposer: proposerText(p, nameOf),
    category: p.category,
    status: STATUS_LABELS[p.status],
    units: unitsText(p),
    deadline: p.status === 'handling' ? deadlineOf(p) : '',
    overdue: isOverdue(p, today),
    replyClass: lastReplyClass(p),
    satisfaction: s ? SATISFACTION_LABELS[s] : '',
    year: p.year,
    flags: [p.flags.key && '重点', p.flags.supervised && '督办', p.flags.excellent && '优秀'].filter(Boolean).join('、'),
  };
}

export interface Figures {
  total: number;
  byStatus: Array<{ key: ProposalStatus; label: string; count: number }>;
  byCategory: Array<{ label: string; count: number }>;
  byUnit: Array<{ label: string; count: number }>;
  byClass: Array<{ label: string; count: number }>;
  bySatisfaction: Array<{ label: string; count: number }>;
  overdue: number;
}

function tally(keys: Iterable<string>): Array<{ label: string; count: number }> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
}

/** Counts by status, category, unit (every assigned unit counts), reply class and satisfaction (the latest of each). */
export function figuresOf(list: readonly Proposal[], today: string): Figures {
  const live = list.filter((p) => p.status !== 'draft');
  return {
    total: live.length,
    byStatus: PROPOSAL_STATUSES.map((key) => ({ key, label: STATUS_LABELS[key], count: list.filter((p) => p.status === key).length })),
    byCategory: tally(live.map((p) => p.category || '未分类')),
    byUnit: tally(live.flatMap((p) => (p.assignment ? assignedUnits(p.assignment) : []))),
    byClass: REPLY_CLASSES.map((c) => ({ label: `${c}类`, count: live.filter((p) => lastReplyClass(p) === c).length })),
    bySatisfaction: SATISFACTIONS.map((s) => ({ label: SATISFACTION_LABELS[s], count: live.filter((p) => lastSatisfaction(p) === s).length })),
    overdue: live.filter((p) => isOverdue(p, today)).length,
  };
}
