import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES, REPLY_CLASSES } from '../domain/proposal';
import { isOverdue } from '../proposals/workflow';
import { demoProposals } from './proposals';

const members = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, office: i % 2 ? 'ZL-01' : 'ZL-02' }));

describe('demo proposals', () => {
  const d = demoProposals({ count: 400, revisions: 2000, members, today: '2026-12-01', seed: 1 });
  const ps = d.proposals.map((p) => p.fields);

  it('covers every state, reply class, a re-handling loop and overdue ones, over four years', () => {
    for (const s of PROPOSAL_STATUSES) expect(ps.some((p) => p.status === s)).toBe(true);
    for (const c of REPLY_CLASSES) expect(ps.some((p) => p.replies.some((r) => r.replyClass === c))).toBe(true);
    expect(ps.some((p) => p.verdicts.length > 1 && p.verdicts[0].satisfaction !== 'satisfied')).toBe(true);
    expect(ps.some((p) => isOverdue(p, '2026-12-01'))).toBe(true);
    expect(new Set(ps.map((p) => p.year))).toEqual(new Set([2023, 2024, 2025, 2026]));
    expect(ps.some((p) => p.plenary === '')).toBe(true);
    expect(d.coSigners.length).toBeGreaterThan(0);
  });

  it('about the asked number of revisions; numbers unique in each sequence; every closed one replied and satisfied', () => {
    expect(d.revisions.length).toBeGreaterThan(1600);
    expect(d.revisions.length).toBeLessThan(2400);
    const seen = new Set<string>();
    for (const p of ps) {
      if (p.number) {
        const k = `${p.seqKey}#${p.number}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
      if (p.status === 'closed') expect(p.verdicts.at(-1)?.satisfaction).toBe('satisfied');
    }
    expect(d.proposals.every((p) => d.revisions.some((r) => r.fields.proposalId === p.id))).toBe(true);
  });
});
