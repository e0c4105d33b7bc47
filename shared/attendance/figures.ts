import type { AttendanceStatus } from '../domain/session';

/**
 * Attendance figures, computed in one pass over the rows (150,000 rows in a
 * few milliseconds). rate = (present + late) / required; walk-ins are not
 * required and do not count towards it; make-up study keeps the original
 * status and is counted beside it.
 */
export interface FigureSession {
  id: string;
  date: string;
  closedAt: string;
  deleted: 0 | 1;
}

export interface FigureRow {
  sessionId: string;
  memberId: string;
  status: AttendanceStatus;
  makeUp: unknown;
  deleted: 0 | 1;
  /** Newest write; decides between two records of one (session, member) that two nodes made apart. */
  _rev?: string;
}

export interface Counts {
  required: number;
  present: number;
  late: number;
  leave: number;
  absent: number;
  walkin: number;
  /** Required members with no record yet (open sessions only). */
  pending: number;
  madeUp: number;
  /** (present + late) / required, or null when nobody is required. */
  rate: number | null;
}

export interface SessionFigures extends Counts {
  sessionId: string;
}
export interface MemberFigures extends Counts {
  memberId: string;
}

export interface FigureOptions {
  /** Period, inclusive, YYYY-MM-DD; open ends when omitted. */
  from?: string;
  to?: string;
  /** For open sessions: how many required members have no record yet. */
  pending?: ReadonlyMap<string, number>;
}

export interface AttendanceFigures {
  sessions: SessionFigures[];
  members: MemberFigures[];
  total: Counts;
}

const STATUS_SLOT: Record<AttendanceStatus, number> = { present: 0, late: 1, leave: 2, absent: 3, walkin: 4 };
const SLOTS = 6; // five statuses + made up

export function rateOf(present: number, late: number, required: number): number | null {
  return required > 0 ? (present + late) / required : null;
}

/** "87.5%", or "—" when nobody was required. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

function counts(a: Int32Array | number[], o: number, pending: number): Counts {
  const [present, late, leave, absent, walkin, madeUp] = [a[o], a[o + 1], a[o + 2], a[o + 3], a[o + 4], a[o + 5]];
  const required = present + late + leave + absent + pending;
  return { required, present, late, leave, absent, walkin, pending, madeUp, rate: rateOf(present, late, required) };
}

/** Figures per session and per member for the sessions in a period. */
export function computeAttendanceFigures(
  sessions: readonly FigureSession[],
  rows: readonly FigureRow[],
  opts: FigureOptions = {},
): AttendanceFigures {
  const from = opts.from ?? '';
  const to = opts.to ?? '\uffff';
  const inPeriod = sessions.filter((s) => !s.deleted && s.date >= from && s.date <= to);
  const sessionIndex = new Map<string, number>();
  inPeriod.forEach((s, i) => sessionIndex.set(s.id, i));
  const bySession = new Int32Array(inPeriod.length * SLOTS);
  const memberIndex = new Map<string, number>();
  const memberIds: string[] = [];
  let byMember = new Int32Array(1024 * SLOTS);
  const counted = new Map<number, number>();
  const add = (si: number, mi: number, slot: number, makeUp: unknown, d: number) => {
    bySession[si * SLOTS + slot] += d;
    byMember[mi * SLOTS + slot] += d;
    if (makeUp) {
      bySession[si * SLOTS + 5] += d;
      byMember[mi * SLOTS + 5] += d;
    }
  };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.deleted) continue;
    const si = sessionIndex.get(row.sessionId);
    if (si === undefined) continue;
    const slot = STATUS_SLOT[row.status];
    if (slot === undefined) continue;
    let mi = memberIndex.get(row.memberId);
    if (mi === undefined) {
      mi = memberIds.length;
      memberIndex.set(row.memberId, mi);
      memberIds.push(row.memberId);
      if ((mi + 1) * SLOTS > byMember.length) {
        const grown = new Int32Array(byMember.length * 2);
        grown.set(byMember);
        byMember = grown;
      }
    }
    // One record per (session, member) counts: when sync brought two, the newer wins.
    const key = si * 4_194_304 + mi;
    const seen = counted.get(key);
    if (seen !== undefined) {
      const prev = rows[seen];
      if ((prev._rev ?? '') >= (row._rev ?? '')) continue;
      add(si, mi, STATUS_SLOT[prev.status], prev.makeUp, -1);
    }
    counted.set(key, r);
    add(si, mi, slot, row.makeUp, 1);
  }

  const total = [0, 0, 0, 0, 0, 0];
  let totalPending = 0;
  const sessionFigures = inPeriod.map((s, i) => {
    const pending = s.closedAt ? 0 : (opts.pending?.get(s.id) ?? 0);
    totalPending += pending;
    for (let k = 0; k < SLOTS; k++) total[k] += bySession[i * SLOTS + k];
    return { sessionId: s.id, ...counts(bySession, i * SLOTS, pending) };
  });
  const memberFigures = memberIds.map((memberId, i) => ({ memberId, ...counts(byMember, i * SLOTS, 0) }));
  return { sessions: sessionFigures, members: memberFigures, total: counts(total, 0, totalPending) };
}

/** Members whose rate is below `threshold` (0..1), lowest first; members never required are left out. */
export function belowRate(members: readonly MemberFigures[], threshold: number): MemberFigures[] {
  return members.filter((m) => m.rate !== null && m.rate < threshold).sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0));
}

/** The live counts at the door: 应到, 实到, 请假, 未到 (缺席 once closed), plus walk-ins (列席). */
export interface LiveCounts {
  required: number;
  arrived: number;
  late: number;
  leave: number;
  /** Marked absent on closing. */
  absent: number;
  /** Required, with no record yet. */
  missing: number;
  walkin: number;
}

export function liveCounts(required: ReadonlySet<string>, records: Iterable<{ memberId: string; status: AttendanceStatus }>): LiveCounts {
  const c: LiveCounts = { required: required.size, arrived: 0, late: 0, leave: 0, absent: 0, missing: 0, walkin: 0 };
  for (const r of records) {
    if (!required.has(r.memberId)) {
      if (r.status === 'walkin' || r.status === 'present' || r.status === 'late') c.walkin++;
      continue;
    }
    if (r.status === 'present' || r.status === 'late' || r.status === 'walkin') c.arrived++;
    if (r.status === 'late') c.late++;
    if (r.status === 'leave') c.leave++;
    if (r.status === 'absent') c.absent++;
  }
  c.missing = c.required - c.arrived - c.leave - c.absent;
  return c;
}
