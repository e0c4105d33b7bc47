import { beforeAll, describe, expect, it } from 'vitest';
import type { DutyItem } from '../../../../../shared/duty/items';
import { DUTY_SOURCE_TABLES, dutyItems, type DutyTables } from '../../../../../shared/duty/producers';
import type { SyncMeta } from '../../../../../shared/sync/record';
import { db, repos } from '../../../db';
import { setIdentity } from '../../../db/identity';
import { dropDutySnapshot, loadDutySnapshot } from './load';

/**
 * The loader keeps items, not records, and after a change makes again only
 * the items of the records the op log names: whatever was changed, its items
 * must be the ones made from every table read afresh.
 */
async function fromScratch(): Promise<string[]> {
  const tables: Record<string, SyncMeta[]> = {};
  for (const t of DUTY_SOURCE_TABLES) tables[t] = ((await db.table(t).toArray()) as SyncMeta[]).filter((r) => r.deleted === 0);
  return dutyItems(tables as DutyTables).map(key).sort();
}

const key = (i: DutyItem) => [i.source.table, i.source.id, i.source.opens ?? '', i.memberId, i.rule, i.role, i.date, i.kind ?? '', i.label].join('|');

async function expectSameAsFromScratch(): Promise<DutyItem[]> {
  const snap = await loadDutySnapshot();
  expect(snap.items.map(key).sort()).toEqual(await fromScratch());
  expect([...snap.byMember.values()].reduce((n, l) => n + l.length, 0)).toBe(snap.items.length);
  return [...snap.items];
}

// As HQ: it may write every field (a proposal's number among them).
beforeAll(() => setIdentity({ nodeId: 'FEDCBA9876543210', office: 'HQ', role: 'hq' }));

describe('the duty loader', () => {
  it('after each kind of change, holds the items the records give when read afresh', async () => {
    dropDutySnapshot();
    const [m1, m2] = await repos.members.bulkCreate([{ name: '王喆', status: '在任', committees: [] }, { name: '李堃', status: '在任', committees: [] }] as never);
    const [s1, s2] = await repos.sessions.bulkCreate([
      { kind: '学习会', title: '理论学习', date: '2026-03-01' }, { kind: '全体会议', title: '全体委员会议', date: '2026-01-10' },
    ] as never);
    const [a1] = await repos.attendance.bulkCreate([
      { sessionId: s1.id, memberId: m1.id, status: 'present', makeUp: null }, { sessionId: s1.id, memberId: m2.id, status: 'absent', makeUp: null },
      { sessionId: s2.id, memberId: m1.id, status: 'late', makeUp: null },
    ] as never);
    const review = { outcome: '采纳', reason: '', forwardUnit: '', forwardDate: '', by: '', at: '2026-04-01T09:00:00' };
    const [g1] = await repos.suggestions.bulkCreate([
      { title: '建议一', receivedOn: '2026-03-05', review, mergedInto: '', award: '', submitter: { kind: 'member', memberId: m1.id, name: '王喆' } },
      { title: '建议二', receivedOn: '2026-03-06', review: null, mergedInto: '', award: '', submitter: { kind: 'member', memberId: m2.id, name: '李堃' } },
    ] as never);
    const p1 = await repos.proposals.create({
      title: '关于加装电梯的建议', status: 'accepted', submittedAt: '2026-01-08T10:00:00', leadMemberId: m1.id, number: 3, year: 2026, verdicts: [], replies: [],
      flags: { key: false, supervised: false, superviseNote: '', excellent: false },
    } as never);
    const first = await expectSameAsFromScratch();
    expect(first.length).toBeGreaterThan(6);

    // A record of a rows table, by id: an attendance row changed, a suggestion deleted.
    await repos.attendance.update(a1.id, { status: 'leave' } as never);
    await repos.suggestions.remove(g1.id);
    const second = await expectSameAsFromScratch();
    expect(second.some((i) => i.source.id === g1.id)).toBe(false);

    // Another table of the producer: the session's kind and date change every item of its attendance.
    await repos.sessions.update(s1.id, { kind: '视察', date: '2026-05-02' } as never);
    // A co-signature: the proposal's items gain the co-signer's.
    await repos.proposalCoSigners.create({ proposalId: p1.id, memberId: m2.id, state: 'signed', invitedOn: '', answeredOn: '' } as never);
    const third = await expectSameAsFromScratch();
    expect(third.filter((i) => i.source.table === 'attendance' && i.source.opens === s1.id).every((i) => i.date === '2026-05-02' && i.kind === '视察')).toBe(true);
    expect(third.some((i) => i.memberId === m2.id && i.rule === 'proposal.accepted' && i.role === 'co')).toBe(true);

    // A new record of a table that had none, and a deleted session (its attendance counts no more).
    await repos.reports.create({ title: '关于停车难', date: '2026-02-01', reporters: [{ kind: 'member', memberId: m2.id, name: '李堃' }], attachments: [], origin: null } as never);
    await repos.sessions.remove(s2.id);
    const fourth = await expectSameAsFromScratch();
    expect(fourth.some((i) => i.source.opens === s2.id)).toBe(false);
    expect(fourth.some((i) => i.source.table === 'reports')).toBe(true);

    // The roster alone: the same items, the new names.
    const before = await loadDutySnapshot();
    await repos.members.update(m2.id, { name: '李坤' } as never);
    const after = await loadDutySnapshot();
    expect(after.items).toBe(before.items);
    expect(after.members.find((m) => m.id === m2.id)?.name).toBe('李坤');
  });

  it('a caller after a write sees it, even while a load begun before the write is under way', async () => {
    const [m] = await repos.members.bulkCreate([{ name: '赵敏', status: '在任', committees: [] }] as never);
    dropDutySnapshot();
    const before = loadDutySnapshot();
    const r = await repos.reports.create({ title: '关于夜市噪声', date: '2026-06-01', reporters: [{ kind: 'member', memberId: m.id, name: '赵敏' }], attachments: [], origin: null } as never);
    const after = await loadDutySnapshot();
    expect(after.items.some((i) => i.source.id === r.id)).toBe(true);
    await before;
    // A call while a load is under way is not handed that load (it may have read before the call's writes),
    // but the one that follows it, shared by every such caller.
    const first = loadDutySnapshot();
    const second = loadDutySnapshot();
    const third = loadDutySnapshot();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect((await second).rev).toBeGreaterThanOrEqual((await first).rev);
  });
});
