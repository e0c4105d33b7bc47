import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Campaign, Suggestion, SuggestionChange } from '../../../shared/domain/suggestion';
import { historyId } from '../../../shared/domain/suggestion';
import { newId } from '../../../shared/ids';
import { checkReview, planReview, statusOf } from '../../../shared/suggestions/review';
import { newSuggestionFields } from '../../../shared/suggestions/validate';
import { setIdentity } from '../../../renderer/src/db/identity';
import { Repo } from '../../../renderer/src/db/repo';
import { carry, TestNode } from './harness';

afterEach(() => vi.restoreAllMocks());

/** The node's repositories, writing as that node with its role (an office's writes are held to its authority). */
function reposOf(n: TestNode) {
  setIdentity({ nodeId: n.node, office: n.office, role: n.role });
  return {
    campaigns: new Repo<Campaign>(n.db, 'campaigns'),
    suggestions: new Repo<Suggestion>(n.db, 'suggestions'),
    history: new Repo<SuggestionChange>(n.db, 'suggestionHistory', (f) => historyId(f.suggestionId, newId())),
  };
}

const campaignFields = {
  title: "我为'十四五'规划献一计", startDate: '2026-01-01', endDate: '2026-12-31', description: '', categories: ['停车难', '其他'], contentCap: 2000,
  awards: { 特别奖: 1, 一等奖: 3, 二等奖: 5, 三等奖: 10, 优秀奖: 20 },
};

describe('献一计 across offices', () => {
  it('HQ\'s campaign reaches the office, the office\'s suggestion reaches HQ, and HQ\'s review comes back with its history', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const office = await TestNode.create('ZL-A');
    await carry(office, hq);
    const campaign = await reposOf(hq).campaigns.create(campaignFields as never);
    expect(await carry(hq, office)).toMatchObject({ status: 'imported' });
    expect((await office.db.table('campaigns').get(campaign.id))?.title).toBe(campaignFields.title);

    // The office takes a citizen's suggestion in for HQ's campaign.
    const taken = await reposOf(office).suggestions.create(newSuggestionFields({
      campaignId: campaign.id, title: '关于解决勤业新村停车难问题的建议', content: '建议利用周边空地建设立体停车库。', category: '停车难',
      submitter: { kind: 'citizen', name: '王秀英', unit: '勤业新村', phone: '13912345678' }, channel: '来信', receivedOn: '2026-03-05',
    }) as never);
    expect(taken.office).toBe('ZL-A');
    expect(taken).not.toHaveProperty('hqReview');
    expect(await carry(office, hq)).toMatchObject({ status: 'imported' });
    const atHq = (await hq.db.table('suggestions').get(taken.id)) as Suggestion;
    expect(atHq.title).toBe(taken.title);

    // HQ reviews it: HQ's own field, with a history entry owned by the office.
    const review = checkReview({ outcome: '转交', reason: '', forwardUnit: '区城市管理局', forwardDate: '2026-03-10' }, { by: '区政协提案委', at: '2026-03-10T09:00:00' });
    if (!review.ok) throw new Error('review refused');
    const plan = planReview([atHq], review.value, 'hq');
    const r = reposOf(hq);
    await r.suggestions.bulkUpdate(plan.writes.map((w) => ({ id: w.id, changes: w.changes })));
    await r.history.bulkCreate(plan.writes.map((w) => ({ office: atHq.office, suggestionId: w.id, ...w.history, by: '区政协提案委', at: review.value.at })) as never);
    expect(await carry(hq, office)).toMatchObject({ status: 'imported' });

    const back = (await office.db.table('suggestions').get(taken.id)) as Suggestion;
    expect(back.hqReview).toMatchObject({ outcome: '转交', forwardUnit: '区城市管理局' });
    expect(statusOf(back)).toBe('转交');
    const history = await office.db.table('suggestionHistory').where(':id').startsWith(`${taken.id}~`).toArray();
    expect(history.map((h) => [h.kind, h.before, h.by])).toEqual([['hqReview', null, '区政协提案委']]);
  });

  it('an office cannot write HQ\'s review, even on its own suggestion', async () => {
    const office = await TestNode.create('ZL-A');
    const r = reposOf(office);
    const s = await r.suggestions.create(newSuggestionFields({
      campaignId: 'c', title: '标题', content: '内容', category: '其他', submitter: { kind: 'citizen', name: '王', unit: '', phone: '' }, channel: '书面', receivedOn: '2026-03-05',
    }) as never);
    const review = { outcome: '采纳', reason: '', forwardUnit: '', forwardDate: '', by: 'x', at: '2026-03-10T09:00:00' };
    await expect(r.suggestions.update(s.id, { hqReview: review } as never)).rejects.toThrow(/hqReview/);
    await r.suggestions.update(s.id, { review } as never);
    expect(((await office.db.table('suggestions').get(s.id)) as Suggestion).hqReview).toBeUndefined();
  });
});
