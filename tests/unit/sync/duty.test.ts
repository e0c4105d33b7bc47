import { afterEach, describe, expect, it, vi } from 'vitest';
import { ruleRecordId, type DutyRuleRow } from '../../../shared/domain/duty';
import type { Report } from '../../../shared/domain/report';
import { reportItems } from '../../../shared/duty/producers/reports';
import { scoreMember } from '../../../shared/duty/engine';
import { ruleTableOf } from '../../../shared/duty/rules';
import { setIdentity } from '../../../renderer/src/db/identity';
import { Repo } from '../../../renderer/src/db/repo';
import { carry, TestNode } from './harness';

afterEach(() => vi.restoreAllMocks());

function reposOf(n: TestNode) {
  setIdentity({ nodeId: n.node, office: n.office, role: n.role });
  return {
    reports: new Repo<Report>(n.db, 'reports'),
    rules: new Repo<DutyRuleRow>(n.db, 'dutyRules', (f) => ((f as { kind: string }).kind === 'rule' ? ruleRecordId((f as unknown as { key: string }).key) : 'settings')),
  };
}

const report = {
  title: '关于停车难的情况反映', reporters: [{ kind: 'member', memberId: 'm1', name: '张三' }], date: '2026-03-05',
  situation: '车位不足。', cause: '规划早。', advice: '建停车库。', category: '城市管理', attachments: [], origin: null,
};

async function pointsAt(n: TestNode, id: string): Promise<number> {
  const [r] = (await n.db.table('reports').bulkGet([id])) as Report[];
  const table = ruleTableOf((await n.db.table('dutyRules').toArray()) as DutyRuleRow[]);
  return scoreMember('m1', reportItems([r]), table, { kind: 'year', year: 2026 }).total;
}

describe('社情民意 and the rule table across offices', () => {
  it('the office\'s report reaches HQ, HQ\'s adoption and 批示 come back, and both nodes count the same points', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const office = await TestNode.create('ZL-A');
    const r = await reposOf(office).reports.create(report as never);
    expect(r.office).toBe('ZL-A');
    expect(await carry(office, hq)).toMatchObject({ status: 'imported' });
    await reposOf(hq).reports.update(r.id, {
      adoptions: [{ level: '市政协', mode: '单篇采用', issue: '2026年第9期', date: '2026-03-20', by: '区政协' }],
      instructions: [{ leader: '副市长', level: '市级', date: '2026-03-25', text: '', by: '区政协' }],
    } as never);
    expect(await carry(hq, office)).toMatchObject({ status: 'imported' });
    const back = (await office.db.table('reports').get(r.id)) as Report;
    expect(back.adoptions?.[0]).toMatchObject({ level: '市政协', issue: '2026年第9期' });
    expect(await pointsAt(office, r.id)).toBe(2 + 10 + 10);
    expect(await pointsAt(hq, r.id)).toBe(2 + 10 + 10);
  });

  it('an office cannot write HQ\'s fields of its own report, nor the rule table; HQ\'s rule reaches it and recomputes', async () => {
    const hq = await TestNode.create('HQ', 'hq');
    const office = await TestNode.create('ZL-A');
    await carry(office, hq);
    const o = reposOf(office);
    const r = await o.reports.create(report as never);
    await expect(o.reports.update(r.id, { adoptions: [] } as never)).rejects.toThrow(/adoptions/);
    await expect(o.rules.create({ kind: 'rule', key: 'report.given', lead: 50, co: 0, cap: 0 } as never)).rejects.toThrow(/履职积分规则.*只能由区政协填写/);
    expect(o.rules.whyReadOnly({ id: 'settings', office: 'HQ' })).toBe('履职积分规则由区政协填写，本办公室只能查看');
    expect(await pointsAt(office, r.id)).toBe(2);

    await reposOf(hq).rules.create({ kind: 'rule', key: 'report.given', lead: 6, co: 1, cap: 0, office: 'HQ' } as never);
    expect(await carry(hq, office)).toMatchObject({ status: 'imported' });
    expect(await pointsAt(office, r.id)).toBe(6);
  });
});
