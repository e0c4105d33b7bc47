import { afterEach, describe, expect, it } from 'vitest';
import { formatStamp } from '../hlc';
import { opRefusal, ownershipRefusal } from './authority';
import { TABLE_POLICIES } from './policy';
import type { Op } from './record';

const B = { office: 'ZL-B', role: 'office' as const };
const HQ = { office: 'HQ', role: 'hq' as const };
const NODE = 'B0B0B0B0B0B0B0B0';
const nodes = new Set([NODE]);
const op = (table: string, fields: Record<string, unknown>, origin = NODE, stampNode = origin): Op => ({
  stamp: formatStamp({ millis: Date.UTC(2026, 2, 5), counter: 0, node: stampNode }),
  origin,
  seq: 7,
  table,
  id: 'r1',
  fields,
});

afterEach(() => {
  delete TABLE_POLICIES.testReviews;
  delete TABLE_POLICIES.testSteps;
});

describe('authority rules, per declaration', () => {
  it('fields only HQ may write come only from HQ, even on the office\'s own record', () => {
    TABLE_POLICIES.testReviews = { label: '建议', authority: { writers: 'owner', hqOnlyFields: ['hqDecision'] } };
    expect(opRefusal(op('testReviews', { hqDecision: '采纳' }), B, nodes)).toBe('「建议」的「hqDecision」只能由区政协填写');
    expect(opRefusal(op('testReviews', { title: '改' }), B, nodes)).toBeNull();
    expect(opRefusal(op('testReviews', { hqDecision: '采纳' }), HQ, new Set())).toBeNull();
  });
  it('a table only HQ writes takes nothing from an office, whatever record it names', () => {
    TABLE_POLICIES.testSteps = { label: '办理过程', authority: { writers: 'hq', hqOnlyFields: [] } };
    expect(opRefusal(op('testSteps', { note: 'x', office: 'ZL-B' }), B, nodes)).toMatch(/「办理过程」只能由区政协填写/);
    expect(opRefusal(op('testSteps', { note: 'x' }), HQ, new Set())).toBeNull();
  });
  it('the tombstone, the office code and field names are checked for HQ too', () => {
    expect(opRefusal(op('members', { deleted: 2 }), HQ, new Set())).toMatch(/删除标记只能是 0 或 1/);
    expect(opRefusal(op('members', { office: '../x' }), HQ, new Set())).toMatch(/不是有效的办公室代码/);
    expect(opRefusal(op('members', JSON.parse('{"__proto__":1}')), HQ, new Set())).toMatch(/不合法的字段名/);
  });
  it('an op from a computer the office has not enrolled is refused', () => {
    expect(opRefusal(op('members', { name: 'x' }, 'A0A0A0A0A0A0A0A0'), B, nodes)).toMatch(/第 7 号操作.*另一台电脑（A0A0A0A0A0A0A0A0）/);
  });
  it('a stamp names the op\'s origin, from an office or HQ alike', () => {
    const other = 'A0A0A0A0A0A0A0A0';
    expect(opRefusal(op('members', { name: 'x' }, NODE, other), B, nodes)).toBe(`第 7 号操作的时间戳写的是另一台电脑（${other}），不是写下它的电脑（${NODE}）：时间戳不能冒用别的电脑`);
    expect(opRefusal(op('members', { name: 'x' }, NODE, other), HQ, new Set())).toMatch(/时间戳写的是另一台电脑/);
    expect(opRefusal(op('members', { name: 'x' }), B, nodes)).toBeNull();
  });
  it('ownership: the record as held decides, a record not held must be made by the bundle', () => {
    expect(ownershipRefusal(op('members', { name: 'x' }), { office: 'ZL-A' }, false, B)).toMatch(/属于 ZL-A/);
    expect(ownershipRefusal(op('members', { name: 'x' }), { office: 'ZL-B' }, false, B)).toBeNull();
    expect(ownershipRefusal(op('members', { name: 'x' }), undefined, false, B)).toMatch(/本机没有/);
    expect(ownershipRefusal(op('members', { name: 'x' }), undefined, true, B)).toBeNull();
    expect(ownershipRefusal(op('members', { name: 'x' }), { office: 'ZL-A' }, false, HQ)).toBeNull();
  });
  it('consultations: HQ\'s feedback on an office\'s outcome comes only from HQ; the office writes its own feedback and its district topics are HQ\'s', () => {
    expect(opRefusal(op('consultMeetings', { hqFeedback: { text: '区政府已采纳' } }), B, nodes)).toBe('「协商议事会」的「hqFeedback」只能由区政协填写');
    expect(opRefusal(op('supervisions', { hqFeedback: null }), B, nodes)).toBe('「民主监督」的「hqFeedback」只能由区政协填写');
    expect(opRefusal(op('consultMeetings', { feedback: { text: '街道党工委已采纳' } }), B, nodes)).toBeNull();
    expect(opRefusal(op('consultMeetings', { hqFeedback: { text: '区政府已采纳' } }), HQ, new Set())).toBeNull();
    expect(ownershipRefusal(op('consultTopics', { planned: true }), { office: 'HQ' }, false, B)).toMatch(/不属于 ZL-B 的「协商议题」/);
  });
});
