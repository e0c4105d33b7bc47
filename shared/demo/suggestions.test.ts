import { describe, expect, it } from 'vitest';
import { CHANNELS, OUTCOMES, type Suggestion } from '../domain/suggestion';
import { awardsGiven } from '../suggestions/awards';
import { PHONE_LIKE } from '../suggestions/privacy';
import { statusOf } from '../suggestions/review';
import { checkSuggestion } from '../suggestions/validate';
import { demoMembers } from './generator';
import { demoDrive } from './suggestions';

const members = demoMembers(300).map((m, i) => ({ ...m, id: `m${i}` }));

describe('the demo drive', () => {
  const today = '2026-06-01';
  const drive = demoDrive(members, { count: 2000, today });
  const list = drive.suggestions.map((s, i) => ({ ...s.fields, id: `s${i}`, campaignId: 'c', office: 'X', deleted: 0, _stamps: {}, _rev: '', mergedInto: s.mergeInto >= 0 ? `s${s.mergeInto}` : '' }) as Suggestion);

  it('is the same from the same seed', () => {
    expect(demoDrive(members, { count: 50, today })).toEqual(demoDrive(members, { count: 50, today }));
  });

  it('has every channel and status, members and citizens, feedback given and pending, some merged', () => {
    expect(new Set(list.map((s) => s.channel))).toEqual(new Set(CHANNELS));
    const statuses = new Set(list.map(statusOf));
    for (const st of ['待审', ...OUTCOMES, '并入']) expect(statuses).toContain(st);
    const kinds = list.map((s) => s.submitter.kind);
    expect(kinds.filter((k) => k === 'member').length).toBeGreaterThan(600);
    expect(kinds.filter((k) => k === 'citizen').length).toBeGreaterThan(600);
    const decided = list.filter((s) => s.review);
    expect(decided.filter((s) => s.feedback).length).toBeGreaterThan(300);
    expect(decided.filter((s) => !s.feedback).length).toBeGreaterThan(100);
    const dups = drive.suggestions.filter((s, i) => s.mergeInto >= 0 && i > s.mergeInto).length;
    expect(dups).toBeGreaterThan(20);
    // A merged one points at one not merged itself.
    for (const s of list) if (s.mergedInto) expect(list[Number(s.mergedInto.slice(1))].mergedInto).toBe('');
    expect(new Set(list.map((s) => s.category)).size).toBeGreaterThan(10);
  });

  it('passes the intake checks and gives awards within the campaign\'s numbers', () => {
    const c = { ...drive.campaign, id: 'c', office: 'X', deleted: 0 as const, _stamps: {}, _rev: '' };
    for (const s of list.slice(0, 200)) {
      const sub = s.submitter;
      const r = checkSuggestion({
        campaignId: 'c', title: s.title, content: s.content, category: s.category, submitterKind: sub.kind,
        member: sub.kind === 'member' ? { id: sub.memberId, name: sub.name, sector: sub.sector, unitAndPost: sub.unit } : null,
        citizenName: sub.name, citizenUnit: sub.unit, citizenPhone: sub.kind === 'citizen' ? sub.phone : '', channel: s.channel, receivedOn: s.receivedOn,
      }, c, today);
      expect(r.ok ? '' : JSON.stringify(r.errors)).toBe('');
    }
    const given = awardsGiven(list);
    for (const [level, n] of Object.entries(given)) expect(n).toBeLessThanOrEqual(c.awards[level as keyof typeof given]);
    expect(Object.values(given).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    expect(list.some((s) => s.submitter.kind === 'citizen' && PHONE_LIKE.test(s.submitter.phone))).toBe(true);
  });
});
