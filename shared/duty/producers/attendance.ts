import type { Attendance, StudySession } from '../../domain/session';
import type { DutyItem } from '../items';

/** The rule of attending a session of a kind (free text: an office's own kinds are 其他活动). */
const KIND_RULES: Record<string, string> = {
  全体会议: 'session.plenary',
  全会: 'session.plenary',
  学习会: 'session.study',
  集中培训: 'session.training',
  专题研讨: 'session.seminar',
  视察: 'session.inspection',
  调研: 'session.research',
  协商议事: 'session.consultation',
};

export function attendRuleOf(kind: string): string {
  return KIND_RULES[kind.trim()] ?? 'session.other';
}

export function isPlenary(kind: string): boolean {
  return attendRuleOf(kind) === 'session.plenary';
}

/**
 * Attendance: attending (出席, 迟到, 列席) earns the kind's points; 请假 is listed
 * (0 by default); 缺席 is an unexcused absence (a deduction, heavier for the
 * plenary); a 补学 after leave or absence is its own item, the absence stays.
 * Only sessions on file count (an attendance record of a deleted session does not).
 */
export function attendanceItems(sessions: readonly StudySession[], attendance: readonly Attendance[]): DutyItem[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const out: DutyItem[] = [];
  for (const a of attendance) {
    const s = byId.get(a.sessionId);
    if (!s) continue;
    const source = { table: 'attendance', id: a.id, opens: s.id };
    const base = { memberId: a.memberId, role: 'self' as const, date: s.date, source, kind: s.kind };
    const title = `${s.kind}「${s.title}」`;
    switch (a.status) {
      case 'present':
      case 'late':
      case 'walkin':
        out.push({ ...base, rule: attendRuleOf(s.kind), label: `${a.status === 'walkin' ? '列席' : a.status === 'late' ? '出席（迟到）' : '出席'}${title}` });
        break;
      case 'leave':
        out.push({ ...base, rule: 'session.leave', label: `请假：${title}` });
        break;
      case 'absent':
        out.push({ ...base, rule: isPlenary(s.kind) ? 'session.absent.plenary' : 'session.absent', label: `无故缺席：${title}` });
        break;
    }
    if (a.makeUp && (a.status === 'leave' || a.status === 'absent')) {
      out.push({ ...base, rule: 'session.makeup', date: a.makeUp.date || s.date, label: `补学：${title}` });
    }
  }
  return out;
}
