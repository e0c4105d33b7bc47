import { computeAttendanceFigures } from '../../../../shared/attendance/figures';
import { resolveRequired } from '../../../../shared/attendance/required';
import { buildReport, type FigureReport } from '../../../../shared/attendance/report';
import { repos } from '../../db';
import { activeMembers } from './data';

/**
 * Load a period's sessions (date index) and their attendance (sessionId
 * index), then compute the figures in one pass (shared computeAttendanceFigures).
 * Open sessions count their unmarked required members as pending.
 */
export async function loadFigureReport(from: string, to: string, threshold: number): Promise<FigureReport> {
  const sessions = await repos.sessions.read.where('date').between(from, to, true, true).filter((x) => x.deleted === 0).toArray();
  const ids = sessions.map((x) => x.id);
  const [rows, members] = await Promise.all([
    ids.length ? repos.attendance.read.where('sessionId').anyOf(ids).toArray() : Promise.resolve([]),
    activeMembers(),
  ]);
  const pending = new Map<string, number>();
  const open = sessions.filter((x) => !x.closedAt);
  if (open.length) {
    const marked = new Map<string, Set<string>>(open.map((x) => [x.id, new Set()]));
    for (const r of rows) if (!r.deleted) marked.get(r.sessionId)?.add(r.memberId);
    for (const x of open) {
      let n = 0;
      for (const id of resolveRequired(x.required, members)) if (!marked.get(x.id)!.has(id)) n++;
      pending.set(x.id, n);
    }
  }
  const figures = computeAttendanceFigures(sessions, rows, { from, to, pending });
  return buildReport(figures, sessions, members, { from, to, threshold });
}
