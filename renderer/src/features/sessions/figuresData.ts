import { computeAttendanceFigures, type AttendanceRule } from '../../../../shared/attendance/figures';
import { sessionRequired } from '../../../../shared/attendance/required';
import { buildReport, type FigureReport } from '../../../../shared/attendance/report';
import { figureSnapshot } from './figureCache';

/**
 * A period's figures: the records come from the in-memory snapshot (brought
 * up to date from the op log), then one pass of the shared
 * computeAttendanceFigures. Open sessions count their unmarked required
 * members as pending. HQ may look at one office's sessions.
 */
export async function loadFigureReport(from: string, to: string, threshold: number, office: string | null = null, rule?: AttendanceRule): Promise<FigureReport> {
  const snap = await figureSnapshot();
  const sessions = [...snap.sessions.values()].filter((x) => x.deleted === 0 && x.date >= from && x.date <= to && (!office || x.office === office));
  const rows = [...snap.attendance.values()];
  const members = [...snap.members.values()].filter((m) => m.deleted === 0);
  const pending = new Map<string, number>();
  const open = sessions.filter((x) => !x.closedAt);
  if (open.length) {
    const marked = new Map<string, Set<string>>(open.map((x) => [x.id, new Set()]));
    for (const r of rows) if (!r.deleted) marked.get(r.sessionId)?.add(r.memberId);
    for (const x of open) {
      let n = 0;
      for (const id of sessionRequired(x, members, [])) if (!marked.get(x.id)!.has(id)) n++;
      pending.set(x.id, n);
    }
  }
  const figures = computeAttendanceFigures(sessions, rows, { from, to, pending, rule });
  return buildReport(figures, sessions, members, { from, to, threshold, rule });
}
