import { describe, expect, it } from 'vitest';
import { dutyItems } from '../duty/producers';
import { rankMembers } from '../duty/ranking';
import { DEFAULT_TABLE } from '../duty/rules';
import { demoDuty } from './duty';

const members = Array.from({ length: 300 }, (_, i) => ({ id: `m${i}`, office: i % 2 ? 'ZL-01' : 'ZL-02', name: `委员${i}`, status: '在任', sector: '', committees: [] }));

describe('demo duty data', () => {
  const d = demoDuty(members, { today: '2026-11-20', seed: 1 });

  it('is the same for the same seed', () => {
    expect(demoDuty(members, { today: '2026-11-20', seed: 1 })).toEqual(d);
  });

  it('has five years of reports, adopted at every level, a few with 批示, none dated after today', () => {
    const years = new Set(d.reports.map((r) => r.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025', '2026']);
    const levels = new Set(d.reports.flatMap((r) => (r.adoptions ?? []).map((a) => a.level)));
    expect(levels).toEqual(new Set(['区政协', '市政协', '省政协', '全国政协']));
    expect(d.reports.filter((r) => r.instructions?.length).length).toBeGreaterThan(0);
    for (const r of d.reports) for (const a of r.adoptions ?? []) expect(a.date <= '2026-11-20').toBe(true);
    expect(d.reports.every((r) => !('adoptions' in r) || (r.adoptions ?? []).length > 0)).toBe(true);
  });

  it('makes a ranking with a head and a tail, some members below the minimums', () => {
    const sessions = d.plenaries.map((s, i) => ({ ...s, id: `s${i}`, office: 'x', deleted: 0 as const, _stamps: {}, _rev: '' }));
    const attendance = d.attendance.map((a, i) => ({ ...a.fields, sessionId: `s${a.sessionIndex}`, id: `a${i}`, office: 'x', deleted: 0 as const, _stamps: {}, _rev: '' }));
    const reports = d.reports.map((r, i) => ({ ...r, id: `r${i}`, office: r.office ?? 'x', deleted: 0 as const, _stamps: {}, _rev: '' }));
    const activities = d.activities.map((r, i) => ({ ...r, id: `d${i}`, office: r.office ?? 'x', deleted: 0 as const, _stamps: {}, _rev: '' }));
    const items = dutyItems({ sessions, attendance, reports, dutyActivities: activities });
    const rows = rankMembers(members, items, DEFAULT_TABLE, { kind: 'year', year: 2025 });
    expect(rows[0].duty.total).toBeGreaterThan(rows[rows.length - 1].duty.total + 20);
    const short = rows.filter((r) => r.duty.belowMinimum).length;
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThan(rows.length);
  });
});
