import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { computeAttendanceFigures, type FigureRow } from './figures';
import { buildReport, monthlyCounts } from './report';
import { buildFiguresWorkbook } from './xlsx';

const sessions = [
  { id: 's1', date: '2026-01-10', closedAt: 'x', deleted: 0 as const, title: '一月学习会', kind: '学习会' },
  { id: 's2', date: '2026-02-10', closedAt: 'x', deleted: 0 as const, title: '二月研讨', kind: '专题研讨' },
];
const rows: FigureRow[] = [
  { sessionId: 's1', memberId: 'a', status: 'present', makeUp: null, deleted: 0 },
  { sessionId: 's1', memberId: 'b', status: 'absent', makeUp: null, deleted: 0 },
  { sessionId: 's2', memberId: 'a', status: 'late', makeUp: null, deleted: 0 },
  { sessionId: 's2', memberId: 'b', status: 'leave', makeUp: { date: '2026-02-12', note: '' }, deleted: 0 },
];
const members = [
  { id: 'a', name: '王伟', memberNo: '100001', sector: '经济', sortKey: 'wang wei' },
  { id: 'b', name: '曾丽', memberNo: '100002', sector: '教育', sortKey: 'zeng li' },
];

describe('figure report', () => {
  const report = buildReport(computeAttendanceFigures(sessions, rows), sessions, members, { from: '2026-01-01', to: '2026-12-31', threshold: 0.6 });

  it('names the lines, sorts them, and marks members below the rate', () => {
    expect(report.sessions.map((l) => l.title)).toEqual(['一月学习会', '二月研讨']);
    expect(report.members.map((l) => [l.name, l.rate, l.low])).toEqual([['王伟', 1, false], ['曾丽', 0, true]]);
  });

  it('groups people by month for the chart', () => {
    expect(monthlyCounts(report.sessions)).toEqual([
      { month: '2026-01', present: 1, late: 0, leave: 0, absent: 1 },
      { month: '2026-02', present: 0, late: 1, leave: 1, absent: 0 },
    ]);
  });

  it('writes a workbook that reads back with both sheets and the rates', async () => {
    const data = await buildFiguresWorkbook(report, '示例工委');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data.buffer as ArrayBuffer);
    const a = wb.getWorksheet('按活动')!;
    expect(a.getRow(3).getCell(2).value).toBe('一月学习会');
    // Rates are numbers in a percent format, not the text "50.0%": Excel sorts and sums them.
    expect(a.getRow(5).getCell(11).value).toBe(0.5);
    expect(a.getRow(5).getCell(11).numFmt).toBe('0.0%');
    expect(a.getRow(3).getCell(11).numFmt).toBe('0.0%');
    const b = wb.getWorksheet('按委员')!;
    expect(b.getRow(4).values).toContain('曾丽');
    expect(b.getRow(4).getCell(10).value).toBe(0);
    expect(b.getRow(3).getCell(10).value).toBe(1);
    expect(b.getRow(3).getCell(10).numFmt).toBe('0.0%');
    expect(b.getRow(4).getCell(11).value).toBe('是');
    // Under each sheet, the rule the rates follow.
    for (const ws of [a, b]) expect(ws.getRow(ws.rowCount).getCell(1).value).toBe('计算口径：出席率 =（出席 + 迟到）÷ 应到：请假计入应到，补学不计为出席，单独统计。补学不改变原出勤状态。');
  });

  it('names the office\'s own rule under its sheets', async () => {
    const own = buildReport(computeAttendanceFigures(sessions, rows, { rule: { leaveInRequired: false, makeUpAttends: true } }), sessions, members, { from: '2026-01-01', to: '2026-12-31', threshold: 0.6, rule: { leaveInRequired: false, makeUpAttends: true } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildFiguresWorkbook(own, '示例工委')).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('按委员')!;
    expect(String(ws.getRow(ws.rowCount).getCell(1).value)).toContain('请假不计入应到，补学计为出席');
  });
});
