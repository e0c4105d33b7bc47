import { DEFAULT_REF_LISTS } from '../domain/reflist';
import {
  childId, seqKeyOf, type CoSignature, type DraftFields, type HandlingState, type Proposal, type ProposalRevision, type ProposalStep, type Reply,
} from '../domain/proposal';
import { newId } from '../ids';
import { addMonths } from '../proposals/dates';
import { initialState, move, type Actor, type Move } from '../proposals/workflow';
import type { Fields } from '../sync/record';
import { Rng } from './random';
import { demoTexts } from './texts';

/**
 * Four years of proposals (a plenary each year and between-session ones) in
 * every state of the workflow, walked through the real state machine
 * (shared/proposals/workflow.ts) so every record is one the app could have
 * made: revisions of each draft, co-signers, steps, replies of every class,
 * some 不满意 and handled again, some past their deadline.
 */

export interface DemoProposalMember {
  id: string;
  office: string;
}

export interface DemoProposals {
  proposals: Array<{ id: string; fields: Fields<Proposal> }>;
  revisions: Array<{ id: string; fields: Fields<ProposalRevision> }>;
  coSigners: Array<{ id: string; fields: Fields<CoSignature> }>;
  steps: Array<{ id: string; fields: Fields<ProposalStep> }>;
}

const PLENARIES: Record<number, string> = { 2023: '十届一次会议', 2024: '十届二次会议', 2025: '十届三次会议', 2026: '十届四次会议' };
const HQ: Actor = { name: '区政协提案委员会', role: 'hq' };
const UNITS = DEFAULT_REF_LISTS.unit;
const CATEGORIES = DEFAULT_REF_LISTS.proposalCategory;
const SUMMARIES = [
  '已会同相关部门制定实施方案，年内完成', '已列入明年工作计划，分步推进', '受资金和用地条件限制，暂作参考，将在规划修编时统筹考虑',
  '已完成试点，正在全区推广', '已出台专项文件予以落实',
];

const pad = (n: number) => String(n).padStart(2, '0');

function splitBody(body: string): Pick<DraftFields, 'situation' | 'analysis' | 'measures'> {
  const parts = body.split('。').filter(Boolean).map((s) => `${s}。`);
  return { situation: parts[0] ?? '', analysis: parts[1] ?? '', measures: parts.slice(2).join('') };
}

/** The path a proposal takes; its last state is what the demo shows. */
type Ending = 'draft' | 'submitted' | 'rejected' | 'merged' | 'withdrawn' | 'returned' | 'accepted' | 'handling' | 'overdue' | 'replied' | 'satisfied' | 'closed' | 'rehandled';
const ENDINGS: Array<[Ending, number]> = [
  ['draft', 4], ['submitted', 5], ['rejected', 6], ['merged', 3], ['withdrawn', 2], ['returned', 2], ['accepted', 3],
  ['handling', 8], ['overdue', 5], ['replied', 8], ['satisfied', 4], ['closed', 40], ['rehandled', 10],
];

function pickEnding(rng: Rng, year: number, lastYear: number): Ending {
  // Older years are mostly finished.
  if (year < lastYear && rng.chance(0.8)) return rng.chance(0.2) ? 'rehandled' : rng.chance(0.1) ? 'rejected' : 'closed';
  const total = ENDINGS.reduce((n, [, w]) => n + w, 0);
  let r = rng.next() * total;
  for (const [e, w] of ENDINGS) if ((r -= w) < 0) return e;
  return 'closed';
}

export function demoProposals(o: { count: number; revisions: number; members: readonly DemoProposalMember[]; today: string; seed: number }): DemoProposals {
  const rng = new Rng(o.seed + 14);
  const texts = demoTexts(rng, o.count, 0.1);
  const out: DemoProposals = { proposals: [], revisions: [], coSigners: [], steps: [] };
  const issued = new Map<string, Set<number>>();
  const lastYear = Number(o.today.slice(0, 4));
  const years = [lastYear - 3, lastYear - 2, lastYear - 1, lastYear];
  const revsPer = Math.max(1, Math.round(o.revisions / Math.max(1, o.count)));
  const live: Array<{ id: string; state: HandlingState; title: string }> = [];

  for (let i = 0; i < o.count; i++) {
    const year = years[Math.min(3, Math.floor((i * 4) / o.count))];
    const between = rng.chance(0.2);
    const plenary = between ? '' : PLENARIES[year] ?? `${year}年会议`;
    const lead = o.members[rng.int(0, o.members.length - 1)];
    const office = lead.office;
    const joint = rng.chance(0.3);
    const sector = !joint && rng.chance(0.08);
    const t = texts[i];
    const id = newId();
    const draft: DraftFields = {
      title: t.title, plenary, kind: joint ? 'joint' : sector ? 'sector' : 'individual', leadMemberId: sector ? '' : lead.id,
      proposerName: sector ? rng.pick(DEFAULT_REF_LISTS.sector) : '', category: rng.pick(CATEGORIES), ...splitBody(t.body), contact: '',
    };
    const month = between ? rng.int(3, 10) : rng.int(1, 2);
    const start = `${year}-${pad(month)}-${pad(rng.int(1, 25))}`;
    const clock = { d: start, n: 0 };
    const at = () => `${clock.d}T${pad(9 + (clock.n % 8))}:${pad((clock.n++ * 7) % 60)}:00`;
    const later = (days: number) => {
      const [y, m, d] = clock.d.split('-').map(Number);
      const next = new Date(Date.UTC(y, m - 1, d + days));
      const s = next.toISOString().slice(0, 10);
      clock.d = s > o.today ? o.today : s;
    };

    // Revisions of the draft: the text growing to its final form.
    const nRev = Math.max(1, revsPer + rng.int(-2, 2));
    for (let r = 0; r < nRev; r++) {
      const f = (r + 1) / nRev;
      const cut = (s: string) => s.slice(0, Math.max(1, Math.round(s.length * f)));
      out.revisions.push({
        id: childId(id, newId()),
        fields: { ...draft, situation: cut(draft.situation), analysis: r >= nRev / 2 ? draft.analysis : '', measures: r === nRev - 1 ? draft.measures : cut(draft.measures), proposalId: id, at: at(), by: '工委', reason: r === 0 ? 'create' : 'save', restoredFrom: '', office },
      });
    }
    if (joint) {
      for (const m of rng.sample(o.members.filter((x) => x.office === office && x.id !== lead.id), rng.int(1, 3))) {
        const state = rng.chance(0.8) ? 'signed' : 'declined';
        out.coSigners.push({ id: childId(id, m.id), fields: { proposalId: id, memberId: m.id, state, invitedOn: start, answeredOn: start, office } });
      }
    }

    let state = initialState(seqKeyOf(plenary, year));
    const officeActor: Actor = { name: '工委', role: 'office' };
    const step = (m: Move, actor: Actor = HQ): boolean => {
      const seq = state.seqKey;
      if (!issued.has(seq)) issued.set(seq, new Set());
      const r = move(state, m, {
        actor, now: at(), coSigners: ['signed'], issued: issued.get(seq),
        proposal: { kind: draft.kind, leadMemberId: draft.leadMemberId || 'x', proposerName: draft.proposerName || 'x', title: draft.title, body: draft.measures || 'x' },
      });
      if (!r.ok) return false;
      state = { ...state, ...r.changes };
      if (r.step.number) issued.get(seq)!.add(r.step.number);
      out.steps.push({ id: childId(id, newId()), fields: { ...r.step, proposalId: id, office } });
      return true;
    };
    const reply = (cls: Reply['replyClass']) => {
      later(rng.int(30, 80));
      const unit = state.assignment?.lead || state.assignment?.units[0] || rng.pick(UNITS);
      step({ type: 'reply', reply: { replyClass: cls, unit, date: clock.d, summary: rng.pick(SUMMARIES), contact: `${unit}办公室 8${rng.int(1000000, 9999999)}`, fileName: '', path: '', size: 0 } });
    };
    const ending = pickEnding(rng, year, lastYear);
    if (ending !== 'draft') {
      step({ type: 'submit' }, officeActor);
      later(rng.int(3, 15));
      if (ending === 'returned') {
        step({ type: 'returnForRevision', why: '建议部分请补充具体措施' });
      } else if (ending === 'rejected') {
        step({ type: 'reject', reason: rng.pick(['属于个人或家庭事务', '建议内容空泛、缺乏具体措施', '一案多事'] as const), transfer: rng.pick(['opinion', 'publicOpinion', 'none'] as const), note: '' });
      } else if (ending === 'withdrawn') {
        step({ type: 'withdraw', why: '提案人申请撤回' }, officeActor);
      } else if (ending === 'merged' && live.length) {
        const host = live[rng.int(Math.max(0, live.length - 30), live.length - 1)];
        step({ type: 'merge', into: host.id, intoStatus: 'handling', intoTitle: host.title, why: '内容相近，并案办理' });
      } else if (ending !== 'submitted') {
        step({ type: 'accept', opinion: '同意立案' });
        if (ending !== 'accepted') {
          later(rng.int(3, 10));
          const overdue = ending === 'overdue';
          const deadline = overdue ? addMonths(clock.d, 1) : addMonths(clock.d, 3);
          const lead = rng.pick(UNITS);
          const separate = rng.chance(0.15);
          step(separate
            ? { type: 'assign', mode: 'separate', lead: '', units: rng.sample(UNITS, 2), deadline }
            : { type: 'assign', mode: 'lead', lead, units: rng.sample(UNITS.filter((u) => u !== lead), rng.int(0, 2)), deadline });
          if (overdue) {
            // Assigned long enough ago that the deadline has passed.
            clock.d = addMonths(clock.d, 2) > o.today ? o.today : addMonths(clock.d, 2);
          } else if (ending !== 'handling') {
            if (ending === 'rehandled') {
              reply(rng.pick(['B', 'C'] as const));
              step({ type: 'verdict', satisfaction: rng.chance(0.5) ? 'unsatisfied' : 'basic', note: '办理措施不够具体，希望进一步落实' }, officeActor);
            }
            reply(rng.pick(['A', 'A', 'B', 'C'] as const));
            if (ending !== 'replied') {
              step({ type: 'verdict', satisfaction: 'satisfied', note: '' }, officeActor);
              if (ending === 'closed' || ending === 'rehandled') {
                step({ type: 'close', why: '' });
                if (rng.chance(0.1)) step({ type: 'flags', flags: { key: rng.chance(0.5), supervised: false, superviseNote: '', excellent: true } });
              }
            }
          }
          if (rng.chance(0.08) && (state.status === 'handling')) step({ type: 'flags', flags: { key: true, supervised: true, superviseNote: '区政协主席会议督办', excellent: false } });
        }
      }
    }
    if (state.status === 'handling' || state.status === 'accepted' || state.status === 'submitted') live.push({ id, state, title: draft.title });
    out.proposals.push({ id, fields: { ...draft, ...state, year, savedAt: out.revisions[out.revisions.length - 1].fields.at, office } });
  }
  return out;
}
