import { AWARD_LEVELS, type Campaign, type Submitter, type Suggestion } from '../domain/suggestion';

/** Records for the tests beside this file (not used by the app). */

export function campaign(extra: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1', office: 'HQ', deleted: 0, _stamps: {}, _rev: '',
    title: "我为'十四五'规划献一计", startDate: '2026-01-01', endDate: '2026-06-30', description: '',
    categories: ['工业升级', '停车难', '养老服务', '其他'], contentCap: 200,
    awards: { ...(Object.fromEntries(AWARD_LEVELS.map((l) => [l, 0])) as Campaign['awards']), 一等奖: 1, 优秀奖: 2 },
    ...extra,
  };
}

export const citizen = (name = '王秀英', phone = '13912345678'): Submitter => ({ kind: 'citizen', name, unit: '勤业新村', phone });
export const memberSub = (id = 'm1', name = '张伟'): Submitter => ({ kind: 'member', memberId: id, name, sector: '经济', unit: '常州恒达科技有限公司总经理' });

let n = 0;
export function suggestion(extra: Partial<Suggestion> = {}): Suggestion {
  n++;
  return {
    id: `s${n}`, office: 'ZL-01', deleted: 0, _stamps: {}, _rev: '',
    campaignId: 'c1', title: `建议${n}`, content: '关于推进老旧小区加装电梯的建议。', category: '其他', submitter: citizen(), channel: '书面',
    receivedOn: '2026-02-01', review: null, mergedInto: '', feedback: null, award: '',
    ...extra,
  };
}
