import { describe, expect, it } from 'vitest';
import { addDays, chineseDate, parseLocalDate, parseLocalTime, weekday } from './time';
import { SessionInput } from '../domain/session';

describe('local dates and times', () => {
  it('normalises the ways people write a date', () => {
    for (const s of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日']) expect(parseLocalDate(s)).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('refuses impossible dates with a message that says why', () => {
    expect(parseLocalDate('2026-02-29')).toEqual({ ok: false, message: '日期不存在：2026 年 2 月只有 28 天' });
    expect(parseLocalDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseLocalDate('2026-04-31').ok).toBe(false);
    expect(parseLocalDate('2026-00-10')).toMatchObject({ ok: false, message: expect.stringContaining('没有 0 月') });
    expect(parseLocalDate('三月五日')).toMatchObject({ ok: false, message: expect.stringContaining('请写成 2026-03-05') });
    expect(parseLocalDate('')).toMatchObject({ ok: false, message: expect.stringContaining('请填写日期') });
  });

  it('normalises times and refuses impossible ones', () => {
    expect(parseLocalTime('9:00')).toEqual({ ok: true, value: '09:00' });
    expect(parseLocalTime('14：30')).toEqual({ ok: true, value: '14:30' });
    expect(parseLocalTime('0830')).toEqual({ ok: true, value: '08:30' });
    expect(parseLocalTime('24:00').ok).toBe(false);
    expect(parseLocalTime('9:60').ok).toBe(false);
  });

  it('does day arithmetic across months and names the weekday', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(weekday('2026-11-25')).toBe('星期三');
  });
});

describe('session input', () => {
  const base = {
    title: '“凝聚新共识、开启新征程”专题学习', kind: '学习会', date: '2026/3/5', startTime: '9:00', endTime: '11:30', place: '工委会议室',
    organiser: '工委办公室', topic: '', agenda: ['传达会议精神', ''], required: { all: false, committees: ['提案委员会'], sectors: [], memberIds: [] },
  };

  it('normalises a good plan', () => {
    expect(SessionInput.parse(base)).toMatchObject({ date: '2026-03-05', startTime: '09:00', agenda: ['传达会议精神'] });
  });

  it('refuses an impossible date, an end before the start and no attendees, each with a message', () => {
    const r = SessionInput.safeParse({ ...base, date: '2026-02-30', endTime: '08:00', required: { all: false, committees: [], sectors: [], memberIds: [] } });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('日期不存在：2026 年 2 月只有 28 天');
    // All three at once, not one round after another.
    expect(messages).toContain('结束时间应晚于开始时间');
    expect(messages).toContain('请选择应到人员：全体委员、专委会、界别或指定委员');
    expect(r.error!.issues.find((i) => i.message === '结束时间应晚于开始时间')?.path).toEqual(['endTime']);
    expect(r.error!.issues.find((i) => i.message.startsWith('请选择应到人员'))?.path).toEqual(['required']);
  });

  it('does not compare the times while one of them is itself wrong', () => {
    const r = SessionInput.safeParse({ ...base, startTime: '25:00', endTime: '08:00' });
    expect(r.error!.issues.map((i) => i.message)).toEqual(['开始时间：时间不存在：25:00，应在 00:00 到 23:59 之间']);
  });

  it('refuses an end before the start', () => {
    const r = SessionInput.safeParse({ ...base, endTime: '08:00' });
    expect(r.error!.issues.map((i) => i.message)).toEqual(['结束时间应晚于开始时间']);
  });

  it('refuses a plan with nobody required', () => {
    const r = SessionInput.safeParse({ ...base, required: { all: false, committees: [], sectors: [], memberIds: [] } });
    expect(r.error!.issues[0].message).toContain('请选择应到人员');
  });
});
