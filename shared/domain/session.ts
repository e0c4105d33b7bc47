import { z } from 'zod';
import type { SyncMeta } from '../sync/record';
import { parseLocalDate, parseLocalTime } from '../attendance/time';

/** Default kinds of 学习活动; the field is free text, so an office can add its own. */
export const SESSION_KINDS = ['学习会', '集中培训', '专题研讨', '视察', '调研', '协商议事'] as const;

/**
 * Who must attend: the union of all active members, some committees, some
 * sectors and a hand-picked list. Resolved against the roster as it is when
 * asked (shared/attendance/required.ts); closing a session freezes it.
 */
export interface AttendeeRule {
  all: boolean;
  committees: string[];
  sectors: string[];
  memberIds: string[];
}

/** A file attached to a session, stored by main under attachments/<sessionId>/<name>. */
export interface SessionMaterial {
  name: string;
  /** Path inside the attachments area. */
  path: string;
  size: number;
}

/** 学习活动: a study session, training, seminar, inspection … */
export interface StudySession extends SyncMeta {
  title: string;
  kind: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local start time, HH:MM; arrivals after it are late. */
  startTime: string;
  /** Local end time, HH:MM, or ''. */
  endTime: string;
  place: string;
  /** 组织者: the office or committee that holds it. */
  organiser: string;
  /** 主持人: the person who chairs it, printed on the agenda. Sessions planned before the field lack it. */
  host?: string;
  topic: string;
  agenda: string[];
  required: AttendeeRule;
  materials: SessionMaterial[];
  /** Local date-time (YYYY-MM-DDTHH:MM:SS) when the session was closed, or '' while open. */
  closedAt: string;
  /**
   * The required attendees as they were at closing (member ids). Kept after
   * 撤销关闭 so the list stays what it was, whatever the roster does since;
   * cleared when the person changes who is required (shared/attendance/required.ts).
   */
  requiredAtClose?: string[];
}

/** The fields a person edits on the plan form, checked with messages that say what to fix. */
export const SessionInput = z
  .object({
    title: z.string().trim().min(2, '活动名称至少 2 个字').max(80, '活动名称不能超过 80 个字'),
    kind: z.string().trim().min(1, '请选择或填写活动类型').max(20, '活动类型不能超过 20 个字'),
    date: z.string().trim().transform((s, ctx) => {
      const r = parseLocalDate(s);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.message });
        return z.NEVER;
      }
      return r.value;
    }),
    startTime: z.string().trim().transform((s, ctx) => {
      const r = parseLocalTime(s);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: `开始时间：${r.message}` });
        return z.NEVER;
      }
      return r.value;
    }),
    endTime: z.string().trim().transform((s, ctx) => {
      if (!s) return '';
      const r = parseLocalTime(s);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: `结束时间：${r.message}` });
        return z.NEVER;
      }
      return r.value;
    }),
    place: z.string().trim().max(80, '地点不能超过 80 个字'),
    organiser: z.string().trim().max(40, '组织者不能超过 40 个字'),
    host: z.string().trim().max(20, '主持人不能超过 20 个字').default(''),
    topic: z.string().trim().max(500, '主题不能超过 500 个字'),
    agenda: z.array(z.string().trim().max(200, '每项议程不能超过 200 个字')).transform((a) => a.filter(Boolean)),
    required: z
      .object({
        all: z.boolean(),
        committees: z.array(z.string()),
        sectors: z.array(z.string()),
        memberIds: z.array(z.string()),
      })
      .refine((r) => r.all || r.committees.length > 0 || r.sectors.length > 0 || r.memberIds.length > 0, '请选择应到人员：全体委员、专委会、界别或指定委员'),
  })
  // Checked even when another field is wrong, so every message shows at once; skipped while either time is itself wrong.
  .refine((v) => !(v.endTime && v.startTime && v.endTime <= v.startTime), {
    path: ['endTime'],
    message: '结束时间应晚于开始时间',
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'startTime' || i.path?.[0] === 'endTime'),
  });
export type SessionInput = z.input<typeof SessionInput>;

export const ATTENDANCE_STATUSES = ['present', 'late', 'leave', 'absent', 'walkin'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: '出席',
  late: '迟到',
  leave: '请假',
  absent: '缺席',
  walkin: '列席',
};

/** 请假: asked before the session. */
export interface LeaveInfo {
  reason: string;
  approver: string;
  /** YYYY-MM-DD */
  askedOn: string;
}

/** 补学: recorded later against an absence or leave; the original status stays. */
export interface MakeUpInfo {
  /** YYYY-MM-DD */
  date: string;
  note: string;
}

/**
 * An attendance record's id is its (session, member) pair: one record per
 * pair at every node, so two nodes that mark the same member for the same
 * session write to one record (field by field, last writer wins) instead of
 * making two. The session comes first, so a session's records are one
 * primary-key range and the table needs no secondary index (db/schema.ts v5).
 */
export function attendanceId(sessionId: string, memberId: string): string {
  return `${sessionId}~${memberId}`;
}

/** The start every id of the session's attendance records shares. */
export function attendanceIdPrefix(sessionId: string): string {
  return `${sessionId}~`;
}

/** One record per (session, member); its id is attendanceId(sessionId, memberId). */
export interface Attendance extends SyncMeta {
  sessionId: string;
  memberId: string;
  status: AttendanceStatus;
  /** Local date-time of arrival (YYYY-MM-DDTHH:MM:SS), or ''. */
  arrivedAt: string;
  leave: LeaveInfo | null;
  makeUp: MakeUpInfo | null;
}
