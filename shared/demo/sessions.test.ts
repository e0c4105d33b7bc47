import { describe, expect, it } from 'vitest';
import { demoMembers } from './generator';
import { demoSessions } from './sessions';
import { resolveRequired } from '../attendance/required';

const members = demoMembers(300).map((m, i) => ({ ...m, id: `m${i}`, deleted: 0 as const }));

describe('demo sessions', () => {
  const out = demoSessions(members, { today: '2026-11-25' });

  it('fills five years, about 60 sessions a year, the same on every run', () => {
    const years = new Set(out.sessions.map((s) => s.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(out.sessions.length).toBe(300);
    expect(JSON.stringify(demoSessions(members, { today: '2026-11-25' }))).toBe(JSON.stringify(out));
  });

  it('closes past sessions with a record for every required member, and leaves later ones open', () => {
    out.sessions.forEach((s, i) => {
      const rows = out.attendance.filter((a) => a.sessionIndex === i);
      if (s.date < '2026-11-25') {
        expect(s.closedAt).not.toBe('');
        const marked = new Set(rows.filter((r) => r.fields.status !== 'walkin').map((r) => r.fields.memberId));
        expect(marked).toEqual(resolveRequired(s.required, members));
      } else {
        expect(s.closedAt).toBe('');
        expect(rows.every((r) => r.fields.status === 'leave')).toBe(true);
      }
    });
    expect(out.attendance.length).toBeGreaterThan(10_000);
  });
});
