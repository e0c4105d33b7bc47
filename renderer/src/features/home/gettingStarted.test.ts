import { describe, expect, it } from 'vitest';
import { gettingStartedSteps, showGettingStarted, type StartFacts } from './gettingStarted';

const fresh: StartFacts = { role: 'office', members: 0, sessions: 0, refListsChecked: false, exportedTo: [], peers: 0 };

describe('getting started', () => {
  it('a fresh office sees four steps, none done', () => {
    const steps = gettingStartedSteps(fresh);
    expect(steps.map((s) => s.label)).toEqual(['导入名册', '核对名录', '安排第一次学习活动', '向区政协报送第一个数据包']);
    expect(steps.every((s) => !s.done)).toBe(true);
    expect(showGettingStarted(steps, false)).toBe(true);
  });
  it('ticks each step from the data', () => {
    const done = (f: Partial<StartFacts>) => gettingStartedSteps({ ...fresh, ...f }).filter((s) => s.done).map((s) => s.id);
    expect(done({ members: 1 })).toEqual(['roster']);
    expect(done({ refListsChecked: true })).toEqual(['refLists']);
    expect(done({ sessions: 2 })).toEqual(['session']);
    expect(done({ exportedTo: ['hq'] })).toEqual(['firstBundle']);
  });
  it('is hidden once all is done, or when put away', () => {
    const all = gettingStartedSteps({ ...fresh, members: 5, sessions: 1, refListsChecked: true, exportedTo: ['hq'] });
    expect(showGettingStarted(all, false)).toBe(false);
    expect(showGettingStarted(gettingStartedSteps(fresh), true)).toBe(false);
  });
  it('at HQ: enrol the offices, check the 名录, send a bundle back to an office', () => {
    const hq = { ...fresh, role: 'hq' as const };
    expect(gettingStartedSteps(hq).map((s) => s.id)).toEqual(['enrol', 'refLists', 'sendBack']);
    const after = gettingStartedSteps({ ...hq, peers: 1, exportedTo: ['ZL-NDJ'] });
    expect(after.filter((s) => s.done).map((s) => s.id)).toEqual(['enrol', 'sendBack']);
  });
});
