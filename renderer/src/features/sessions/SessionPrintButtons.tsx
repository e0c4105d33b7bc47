import type { FigureReport } from '../../../../shared/attendance/report';
import type { StudySession } from '../../../../shared/domain/session';

/** Printing of a session's papers; filled in once the print service is there. */
export function SessionPrintButtons(_: { session: StudySession }) {
  return null;
}

export function PeriodReportButton(_: { report: FigureReport }) {
  return null;
}
