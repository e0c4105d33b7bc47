import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HandlingState, Reply } from '../domain/proposal';
import { addMonths } from './dates';
import { deadlineOf, initialState, isOverdue, move, movesFrom, nextNumber, type Move, type MoveContext } from './workflow';

const HQ = { name: '提案委 王敏', role: 'hq' as const };
const OFFICE = { name: '工委 李静', role: 'office' as const };
const NOW = '2026-01-10T09:30:00';
const PROPOSAL = { kind: 'individual' as const, leadMemberId: 'm1', proposerName: '', title: '关于加强老旧小区电梯加装的建议', body: '情况……建议……' };
const REPLY: Reply = { replyClass: 'B', unit: '区住房和城乡建设局', date: '2026-03-01', summary: '已列入明年计划', contact: '张科长 1234', fileName: '', path: '', size: 0 };

function ctx(o: Partial<MoveContext> = {}): MoveContext {
  return { actor: HQ, now: NOW, proposal: PROPOSAL, coSigners: [], issued: new Set(), ...o };
}

/** Apply moves in order, failing the test on a refusal. */
function run(moves: Array<[Move, Partial<MoveContext>?]>, start: HandlingState = initialState('十届四次会议')): HandlingState {
  return moves.reduce((s, [m, c]) => {
    const r = move(s, m, ctx(c));
    if (!r.ok) throw new Error(`${m.type}: ${r.message}`);
    return { ...s, ...r.changes };
  }, start);
}

const submit: [Move, Partial<MoveContext>] = [{ type: 'submit' }, { actor: OFFICE }];
const accept: [Move] = [{ type: 'accept', opinion: '同意立案' }];
const assign: [Move] = [{ type: 'assign', mode: 'lead', lead: '区住房和城乡建设局', units: ['区财政局'] }];
const reply: [Move] = [{ type: 'reply', reply: REPLY }];

describe('the workflow, legal moves', () => {
  it('runs the whole loop: submit, accept with a number, assign with a three-month deadline, reply, 基本满意 reopens, reply, 满意, 办结', () => {
    let s = run([submit, accept]);
    expect(s).toMatchObject({ status: 'accepted', number: 1, review: { opinion: '同意立案', by: HQ.name, date: '2026-01-10' } });
    s = run([assign], s);
    expect(s.assignment).toEqual({ mode: 'lead', lead: '区住房和城乡建设局', units: ['区财政局'], deadline: '2026-04-10', at: '2026-01-10' });
    s = run([reply, [{ type: 'verdict', satisfaction: 'basic', note: '希望加快进度' }, { actor: OFFICE }]], s);
    expect(s.status).toBe('handling');
    s = run([reply, [{ type: 'verdict', satisfaction: 'satisfied', note: '' }, { actor: OFFICE }], [{ type: 'close', why: '' }]], s);
    expect(s).toMatchObject({ status: 'closed', replies: [REPLY, REPLY] });
    expect(s.verdicts.map((v) => v.satisfaction)).toEqual(['basic', 'satisfied']);
  });

  it('records who, when and why on each step', () => {
    const r = move({ ...initialState('十届四次会议'), status: 'submitted' }, { type: 'returnForRevision', why: '建议部分过于笼统' }, ctx());
    expect(r).toMatchObject({ ok: true, changes: { status: 'draft' }, step: { move: 'returnForRevision', from: 'submitted', to: 'draft', at: NOW, by: HQ.name, role: 'hq', why: '建议部分过于笼统' } });
  });

  it('numbers one past the highest ever issued in the sequence, and a proposal keeps its number', () => {
    const s = run([submit]);
    const r = move(s, { type: 'accept', opinion: '' }, ctx({ issued: new Set([1, 2, 7]) }));
    expect(r).toMatchObject({ ok: true, changes: { number: 8 }, step: { number: 8, seqKey: '十届四次会议' } });
    expect(nextNumber(new Set())).toBe(1);
  });

  it('rejects with a reason from the list and a transfer', () => {
    const s = run([submit, [{ type: 'reject', reason: '属于个人或家庭事务', transfer: 'publicOpinion', note: '' }]]);
    expect(s).toMatchObject({ status: 'rejected', rejection: { reason: '属于个人或家庭事务', transfer: 'publicOpinion' } });
  });

  it('merges into a proposal under review or handling; the merged one is still replied to', () => {
    let s = run([submit, [{ type: 'merge', into: 'p2', intoStatus: 'handling', intoTitle: '关于电梯的建议', why: '' }]]);
    expect(s).toMatchObject({ status: 'merged', mergedInto: 'p2' });
    s = run([reply], s);
    expect(s.status).toBe('replied');
  });

  it('a unit hands it back for reassignment; it can be reassigned', () => {
    let s = run([submit, accept, assign, [{ type: 'unitReturn', unit: '区住房和城乡建设局', why: '不属本单位职责' }]]);
    expect(s).toMatchObject({ status: 'accepted', assignment: null });
    s = run([[{ type: 'assign', mode: 'separate', lead: '', units: ['区民政局', '区财政局'], deadline: '2026-05-01' }]], s);
    expect(s.assignment).toMatchObject({ mode: 'separate', units: ['区民政局', '区财政局'], deadline: '2026-05-01' });
  });

  it('withdraws before handling; returned for revision it is a draft again and can be resubmitted', () => {
    expect(run([submit, [{ type: 'withdraw', why: '委员撤回' }, { actor: OFFICE }]]).status).toBe('withdrawn');
    const s = run([submit, [{ type: 'returnForRevision', why: '请补充具体措施' }], submit]);
    expect(s.status).toBe('submitted');
  });

  it('overdue once the deadline is past; a reopening verdict gives three months from its date', () => {
    const s = run([submit, accept, assign]);
    expect(isOverdue(s, '2026-04-10')).toBe(false);
    expect(isOverdue(s, '2026-04-11')).toBe(true);
    const reopened = run([reply, [{ type: 'verdict', satisfaction: 'unsatisfied', note: '没有解决' }, { actor: OFFICE, now: '2026-05-02T10:00:00' }]], s);
    expect(deadlineOf(reopened)).toBe('2026-08-02');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('lists the moves a role may make from a state', () => {
    expect(movesFrom('submitted', 'office')).toEqual(['withdraw']);
    expect(movesFrom('submitted', 'hq')).toEqual(['accept', 'reject', 'merge', 'withdraw', 'returnForRevision']);
    expect(movesFrom('replied', 'office')).toEqual(['verdict']);
  });
});

describe('the workflow, illegal moves are refused with a reason', () => {
  it('an office cannot accept, assign, reply or close', () => {
    const s = run([submit]);
    for (const m of [accept[0], assign[0], reply[0], { type: 'close', why: '' } as Move]) {
      const r = move(s, m, ctx({ actor: OFFICE }));
      expect(r).toMatchObject({ ok: false });
      expect((r as { message: string }).message).toMatch(/区政协提案委员会办理，工委不能操作/);
    }
  });

  it('out of turn: assign before accept, close before a verdict, a verdict before a reply', () => {
    const s = run([submit]);
    expect(move(s, assign[0], ctx())).toEqual({ ok: false, message: '提案现在是“已提交（待审查）”，不能交办（只能在“已立案（待交办）、办理中”时交办）' });
    const handling = run([accept, assign], s);
    expect(move(handling, { type: 'close', why: '' }, ctx())).toMatchObject({ ok: false, message: expect.stringContaining('不能办结') });
    expect(move(handling, { type: 'verdict', satisfaction: 'satisfied', note: '' }, ctx())).toMatchObject({ ok: false, message: expect.stringContaining('不能满意度') });
  });

  it('a joint proposal cannot be submitted while no co-signer has signed', () => {
    const joint = { ...PROPOSAL, kind: 'joint' as const };
    expect(move(initialState('x'), { type: 'submit' }, ctx({ proposal: joint, coSigners: ['invited', 'declined'] }))).toEqual({
      ok: false, message: '联名提案还没有联名人签名：至少一位联名人签名后才能提交',
    });
    expect(move(initialState('x'), { type: 'submit' }, ctx({ proposal: joint, coSigners: ['declined', 'signed'] }))).toMatchObject({ ok: true });
  });

  it('submit needs a title, a body and a proposer', () => {
    expect(move(initialState('x'), { type: 'submit' }, ctx({ proposal: { ...PROPOSAL, title: ' ' } }))).toMatchObject({ ok: false, message: '请先填写案由（标题），再提交' });
    expect(move(initialState('x'), { type: 'submit' }, ctx({ proposal: { ...PROPOSAL, body: '' } }))).toMatchObject({ ok: false, message: expect.stringContaining('正文是空的') });
    expect(move(initialState('x'), { type: 'submit' }, ctx({ proposal: { ...PROPOSAL, kind: 'sector', proposerName: '' } }))).toMatchObject({ ok: false, message: expect.stringContaining('提案单位') });
  });

  it('a dissatisfied verdict needs the member\'s words; a unit return needs one of the assigned units', () => {
    const s = run([submit, accept, assign, reply]);
    expect(move(s, { type: 'verdict', satisfaction: 'unsatisfied', note: '' }, ctx({ actor: OFFICE }))).toMatchObject({ ok: false, message: expect.stringContaining('写明委员的意见') });
    const h = run([submit, accept, assign]);
    expect(move(h, { type: 'unitReturn', unit: '区教育局', why: '不属职责' }, ctx())).toMatchObject({ ok: false, message: '“区教育局”不是本提案的承办单位' });
  });

  it('a reply needs its class, date, summary and unit; merging needs a live target', () => {
    const h = run([submit, accept, assign]);
    expect(move(h, { type: 'reply', reply: { ...REPLY, summary: '' } }, ctx())).toMatchObject({ ok: false, message: '请填写答复内容摘要' });
    expect(move(h, { type: 'reply', reply: { ...REPLY, date: '3月1日' } }, ctx())).toMatchObject({ ok: false });
    const s = run([submit]);
    expect(move(s, { type: 'merge', into: 'p9', intoStatus: 'closed', intoTitle: 'x', why: '' }, ctx())).toMatchObject({ ok: false, message: expect.stringContaining('办结') });
  });
});

const ACTORS = [HQ, OFFICE];
const arbMove: fc.Arbitrary<Move> = fc.oneof(
  fc.constant<Move>({ type: 'submit' }),
  fc.constant<Move>({ type: 'accept', opinion: '' }),
  fc.constant<Move>({ type: 'reject', reason: '一案多事', transfer: 'opinion', note: '' }),
  fc.constant<Move>({ type: 'merge', into: 'host', intoStatus: 'handling', intoTitle: '另一件', why: '' }),
  fc.constant<Move>({ type: 'withdraw', why: '撤回' }),
  fc.constant<Move>({ type: 'returnForRevision', why: '修改' }),
  fc.constant<Move>({ type: 'assign', mode: 'lead', lead: '区教育局', units: [] }),
  fc.constant<Move>({ type: 'unitReturn', unit: '区教育局', why: '不属职责' }),
  fc.constant<Move>({ type: 'reply', reply: REPLY }),
  fc.constantFrom<Move>(...(['satisfied', 'basic', 'unsatisfied'] as const).map((s) => ({ type: 'verdict' as const, satisfaction: s, note: '意见' }))),
  fc.constant<Move>({ type: 'close', why: '' }),
);

describe('the workflow, properties', () => {
  it('no sequence of moves reaches 办结 without a reply and a verdict; numbers in a sequence are never given twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), arbMove, fc.nat(1)), { maxLength: 80 }), (script) => {
        // Four proposals in one plenary's sequence; `issued` is every number any step ever gave.
        const states = Array.from({ length: 4 }, () => initialState('十届四次会议'));
        const issued = new Set<number>();
        const given: number[] = [];
        for (const [i, m, who] of script) {
          const r = move(states[i], m, ctx({ actor: ACTORS[who], issued, coSigners: [] }));
          if (!r.ok) {
            expect(r.message.length).toBeGreaterThan(4);
            continue;
          }
          if (r.step.number) {
            if (!issued.has(r.step.number)) given.push(r.step.number);
            issued.add(r.step.number);
          }
          states[i] = { ...states[i], ...r.changes };
          if (states[i].status === 'closed') {
            expect(states[i].replies.length).toBeGreaterThan(0);
            expect(states[i].verdicts.at(-1)?.satisfaction).toBe('satisfied');
          }
        }
        const numbers = states.map((s) => s.number).filter(Boolean);
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(new Set(given).size).toBe(given.length);
      }),
      { numRuns: 300 },
    );
  });
});
