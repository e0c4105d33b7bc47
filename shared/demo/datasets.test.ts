import { describe, expect, it } from 'vitest';
import { datasetAttendance, datasetMembers, datasetOffices, datasetRevisions, datasetSessions, datasetSuggestions, DATASET_SIZES } from './datasets';
import { benchRecords } from './records';

describe('bench data sets', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(datasetSuggestions('tiny', 7)).toEqual(datasetSuggestions('tiny', 7));
    expect(datasetSuggestions('tiny', 7)).not.toEqual(datasetSuggestions('tiny', 8));
    expect(benchRecords('tiny', 200, 7)).toEqual(benchRecords('tiny', 200, 7));
  });

  it('have the sizes docs/performance.md sets for hq', () => {
    expect(datasetOffices('hq')).toHaveLength(10);
    expect(datasetMembers('hq')).toHaveLength(3_000);
    expect(datasetSessions('hq')).toHaveLength(2_000);
    expect(datasetAttendance('hq')).toHaveLength(150_000);
    expect(DATASET_SIZES.hq).toMatchObject({ suggestions: 50_000, proposals: 8_000, revisions: 40_000 });
  });

  it('spread five years of sessions and keep attendance inside the session office', () => {
    const sessions = datasetSessions('office');
    expect(new Set(sessions.map((s) => s.date.slice(0, 4))).size).toBe(5);
    const members = datasetMembers('hq');
    const hqSessions = datasetSessions('hq');
    for (const a of datasetAttendance('hq').slice(0, 5_000)) expect(members[a.member].office).toBe(hqSessions[a.session].office);
  });

  it('include near-duplicate suggestions that share most of their text with the one they repeat', () => {
    const texts = datasetSuggestions('office');
    const dups = texts.filter((t) => t.nearDuplicateOf >= 0);
    expect(dups.length).toBeGreaterThan(texts.length * 0.04);
    for (const d of dups.slice(0, 50)) {
      const of = texts[d.nearDuplicateOf];
      expect(d.body).not.toBe(of.body);
      const shared = [...of.body].filter((_ch, i) => d.body.includes(of.body.slice(i, i + 4))).length;
      expect(shared / of.body.length).toBeGreaterThan(0.6);
    }
    expect(texts.every((t) => /[\u4e00-\u9fa5]/.test(t.title) && t.body.length > 40)).toBe(true);
  });

  it('revise each proposal in numbered drafts', () => {
    const revs = datasetRevisions('tiny');
    expect(revs).toHaveLength(DATASET_SIZES.tiny.revisions);
    expect(revs.filter((r) => r.proposal === 0).map((r) => r.rev)).toEqual([1, 2, 3]);
  });

  it('make bundle records with unique ids and sync metadata', () => {
    const recs = benchRecords('office', 5_000);
    expect(recs).toHaveLength(5_000);
    expect(new Set(recs.map((r) => r.id)).size).toBe(5_000);
    expect(new Set(recs.map((r) => r.table))).toEqual(new Set(['members', 'sessions', 'attendance', 'suggestions']));
    for (const r of recs.slice(0, 100)) expect(Object.keys(r._stamps)).toEqual(expect.arrayContaining(['office', 'deleted']));
  });
});
