import { describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/member';
import { PrintJob } from '../../../../shared/print/jobs';
import { buildJob, chooseMembers, parseAgendaLine, type DocForm } from './jobs';

let n = 0;
function member(name: string, over: Partial<Member> = {}): Member {
  n++;
  return {
    id: `m${n}`, office: 'T', deleted: 0, _stamps: {}, _rev: '', name, gender: '男', ethnicity: '汉族', party: '中共', sector: '中共',
    committees: [], unitAndPost: '单位', phone: '', memberNo: String(100 + n), term: '十届', status: '在任', notes: '', ...over,
  } as Member;
}

const all = [
  member('张三', { committees: ['提案委员会'], sector: '民革' }),
  member('李四', { sector: '民革' }),
  member('王五', { status: '离任', committees: ['提案委员会'] }),
  member('赵六', { deleted: 1 }),
  member('钱七', { committees: ['提案委员会'] }),
];

const form: DocForm = {
  kind: 'signin', title: '签到表', time: '', place: '', host: '', itemsText: '', notes: '', sort: 'pinyin', blankRows: 2, barcode: false, tentSubtitle: 'sector', showPhone: true,
};

describe('print center jobs', () => {
  it('chooses serving members by scope; hand-picked in the order picked', () => {
    const names = (c: Parameters<typeof chooseMembers>[1]) => chooseMembers(all, c).map((m) => m.name);
    const base = { scope: 'all' as const, committee: '', sector: '', picked: [] };
    expect(names(base)).toEqual(['张三', '李四', '钱七']);
    expect(names({ ...base, scope: 'committee', committee: '提案委员会' })).toEqual(['张三', '钱七']);
    expect(names({ ...base, scope: 'sector', sector: '民革' })).toEqual(['张三', '李四']);
    expect(names({ ...base, scope: 'picked', picked: [all[4].id, all[0].id, all[3].id] })).toEqual(['钱七', '张三']);
  });

  it('reads agenda lines: optional leading time, optional trailing speaker', () => {
    expect(parseAgendaLine('14:30 传达会议精神——李主任')).toEqual({ time: '14:30', text: '传达会议精神', speaker: '李主任' });
    expect(parseAgendaLine('交流发言')).toEqual({ time: '', text: '交流发言', speaker: '' });
    expect(parseAgendaLine('15：00-15：40 分组讨论')).toEqual({ time: '15:00-15:40', text: '分组讨论', speaker: '' });
  });

  it('builds a valid job for every document the center composes', () => {
    const members = chooseMembers(all, { scope: 'all', committee: '', sector: '', picked: [] });
    for (const kind of ['signin', 'agenda', 'tents', 'roster', 'formal'] as const) {
      const job = buildJob({ ...form, kind, itemsText: '14:30 学习\n\n讨论' }, members, ['中共', '民革']);
      expect(PrintJob.safeParse(job).success, kind).toBe(true);
    }
    const signin = PrintJob.parse(buildJob(form, members, []));
    expect(signin.kind === 'signin' && signin.data.rows.map((r) => r.name)).toEqual(['李四', '钱七', '张三']);
    const tents = PrintJob.parse(buildJob({ ...form, kind: 'tents' }, members, []));
    expect(tents.kind === 'tents' && tents.data.names[0]).toEqual({ name: '李四', subtitle: '民革' });
    const agenda = PrintJob.parse(buildJob({ ...form, kind: 'agenda', itemsText: '14:30 学习\n\n讨论' }, [], []));
    expect(agenda.kind === 'agenda' && agenda.data.items.length).toBe(2);
  });
});
