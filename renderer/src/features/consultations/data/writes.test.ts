import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../../../shared/attendance/time';
import { repos } from '../../../db';
import { setIdentity } from '../../../db/identity';
import { dropDutySnapshot, loadDutySnapshot } from '../../duty/data/load';
import { addMeasure, closeLoop, editMeeting, markHeld, measuresOf, planMeeting, planTopic, recordFeedback, recordProgress, saveTopic, sendOutcome, takeUpDistrictTopic } from './writes';

const today = localDate(new Date());
const year = Number(today.slice(0, 4));
const topicInput = { year, title: '老旧小区加装电梯', category: '老小区整治', weight: '实事' as const, source: { kind: '群众反映' as const, refId: '', refText: '' }, reason: '居民上下楼困难，反映强烈', raisedBy: '' };

beforeAll(() => setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01', role: 'office' }));

describe('consultation writes through the repositories', () => {
  it('a topic planned, a meeting with its 协商议事 session, held, sent, answered, measures followed, the loop closed; the speakers are duty items', async () => {
    const m1 = await repos.members.create({ name: '王喆', status: '在任', committees: [] } as never);
    const t = await saveTopic(topicInput);
    await expect(planTopic(t.id, `${year + 1}-03`)).rejects.toThrow(`计划月份应在 ${year} 年内`);
    await planTopic(t.id, `${year}-01`);
    await expect(planMeeting({ topicId: t.id, date: today, startTime: '09:30', place: '议事厅', host: '王', memberIds: [], sessionId: '' }, '工委')).rejects.toThrow('请选择参加协商的委员');
    const m = await planMeeting({ topicId: t.id, date: today, startTime: '09:30', place: '议事厅', host: '王', memberIds: [m1.id], sessionId: '' }, '工委');
    const session = await repos.sessions.get(m.sessionId);
    expect(session).toMatchObject({ kind: '协商议事', date: today, required: { memberIds: [m1.id] } });
    await expect(markHeld(m.id)).rejects.toThrow('请先填写共识意见');
    await editMeeting(m.id, { consensus: '分批推进加装电梯', speeches: [{ memberId: m1.id, name: '王喆', unit: '', points: '先易后难' }] });
    await expect(sendOutcome('consultMeetings', m.id, { recipient: '街道党工委', date: today, docNo: '', text: '分批推进加装电梯，设立服务专班' })).rejects.toThrow('还没有记为已召开');
    await markHeld(m.id);
    await sendOutcome('consultMeetings', m.id, { recipient: '街道党工委', date: today, docNo: '', text: '分批推进加装电梯，设立服务专班' });
    await expect(recordFeedback('consultMeetings', m.id, { date: today, adoption: '采纳', text: '', by: '' }, 'office', 'ZL-01')).rejects.toThrow('请写明反馈的内容');
    await recordFeedback('consultMeetings', m.id, { date: today, adoption: '采纳', text: '同意，交城建办落实', by: '' }, 'office', 'ZL-01');
    expect((await repos.consultMeetings.get(m.id))?.feedback?.text).toBe('同意，交城建办落实');
    await expect(closeLoop('consultMeetings', m.id)).rejects.toThrow('还没有任何措施');
    const a = await addMeasure('consultMeetings', m.id, { text: '设立服务专班', owner: '街道城建办', due: today });
    const b = await addMeasure('consultMeetings', m.id, { text: '完成首批加装', owner: '街道城建办', due: today });
    expect((await measuresOf(m.id)).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    await recordProgress('consultMeetings', a.id, { date: today, state: '已落实', note: '已成立', reason: '' }, '工委');
    await expect(closeLoop('consultMeetings', m.id)).rejects.toThrow('还有 1 项措施没有落实');
    await expect(recordProgress('consultMeetings', b.id, { date: today, state: '无法落实', note: '', reason: '' }, '工委')).rejects.toThrow('必须写明原因');
    await recordProgress('consultMeetings', b.id, { date: today, state: '无法落实', note: '', reason: '规划调整' }, '工委');
    await closeLoop('consultMeetings', m.id);
    expect((await repos.consultMeetings.get(m.id))?.closedAt).not.toBe('');
    await expect(editMeeting(m.id, { consensus: '改' })).rejects.toThrow('已经闭环');
    // Counted in the duty record through its one loader (shared/duty/producers PRODUCERS).
    dropDutySnapshot();
    expect((await loadDutySnapshot()).items.filter((i) => i.source.id === m.id)).toEqual([
      { memberId: m1.id, rule: 'consultation.speak', role: 'self', date: today, source: { table: 'consultMeetings', id: m.id }, label: '协商议事会《老旧小区加装电梯》发言' },
    ]);
  });

  it('HQ\'s feedback on an office\'s outcome goes in HQ\'s own field; an office takes up a district topic once', async () => {
    const t = await saveTopic(topicInput);
    const m1 = await repos.members.create({ name: '李堃', status: '在任', committees: [] } as never);
    const m = await planMeeting({ topicId: t.id, date: today, startTime: '09:30', place: '', host: '', memberIds: [m1.id], sessionId: '' }, '工委');
    await editMeeting(m.id, { consensus: '共识' });
    await markHeld(m.id);
    await sendOutcome('consultMeetings', m.id, { recipient: '区政府', date: today, docNo: '', text: '建议区政府统筹加装电梯补贴' });
    setIdentity({ nodeId: 'FEDCBA9876543210', office: 'HQ', role: 'hq' });
    await recordFeedback('consultMeetings', m.id, { date: today, adoption: '部分采纳', text: '区政府来函部分采纳', by: '区政协' }, 'hq', 'HQ');
    const district = await saveTopic({ ...topicInput, title: '全区电动自行车充电安全' }, { district: true });
    setIdentity({ nodeId: '0123456789ABCDEF', office: 'ZL-01', role: 'office' });
    const rec = await repos.consultMeetings.get(m.id);
    expect(rec?.hqFeedback?.text).toBe('区政府来函部分采纳');
    expect(rec?.feedback).toBeNull();
    expect(district).toMatchObject({ office: 'HQ', district: true });
    const mine = await takeUpDistrictTopic(district.id);
    expect(mine).toMatchObject({ office: 'ZL-01', district: false, fromDistrict: district.id, title: '全区电动自行车充电安全' });
    await expect(takeUpDistrictTopic(district.id)).rejects.toThrow('本办公室已采用');
  });
});
