import type { MemberDuty, Period } from './engine';
import type { DutyItem } from './items';
import type { DutyTerm } from './rules';

export interface SessionCount {
  kind: string;
  attended: number;
  leave: number;
  absent: number;
  makeUp: number;
}

const ATTEND_RULES = /^session\.(?!makeup$|leave$|absent)/;

/** Sessions by kind from a record's attendance items: attended, on leave, absent, made up. */
export function sessionCounts(items: readonly DutyItem[]): SessionCount[] {
  const by = new Map<string, SessionCount>();
  for (const it of items) {
    if (it.source.table !== 'attendance' || !it.kind) continue;
    let c = by.get(it.kind);
    if (!c) by.set(it.kind, (c = { kind: it.kind, attended: 0, leave: 0, absent: 0, makeUp: 0 }));
    if (it.rule === 'session.leave') c.leave++;
    else if (it.rule.startsWith('session.absent')) c.absent++;
    else if (it.rule === 'session.makeup') c.makeUp++;
    else if (ATTEND_RULES.test(it.rule)) c.attended++;
  }
  return [...by.values()].sort((a, b) => b.attended + b.leave + b.absent - (a.attended + a.leave + a.absent) || a.kind.localeCompare(b.kind));
}

export function periodLabel(p: Period): string {
  return p.kind === 'year' ? `${p.year}年度` : `${p.term.name}（${p.term.from.slice(0, 4)}—${p.term.to.slice(0, 4)}年）`;
}

/** Period choices as keys: `year:2026`, `term:十届`. */
export function periodOf(key: string, terms: readonly DutyTerm[]): Period | null {
  const [kind, v] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'year' && /^\d{4}$/.test(v)) return { kind: 'year', year: Number(v) };
  const term = kind === 'term' ? terms.find((t) => t.name === v) : undefined;
  return term ? { kind: 'term', term } : null;
}

/** The minimums a record falls short of, as a line: 出席全体会议（0/1）、… ('' when none). */
export function missingText(d: Pick<MemberDuty, 'minimums'>): string {
  return d.minimums.filter((m) => !m.met).map((m) => `${m.label}（${m.count}/${m.need}）`).join('、');
}
