import { ATTENDANCE_LABELS, type AttendanceStatus } from '../../../../shared/domain/session';
import { MEMBER_FIELD_LABELS } from '../../../../shared/domain/member';

/**
 * The field and the two values of a kept conflict, as a person reads them:
 * Chinese field names, attendance statuses as 出席/请假/…, a tombstone as
 * 已删除/未删除. A field or value not known here is shown as stored.
 */
const FIELD_LABELS: Record<string, Record<string, string>> = {
  members: MEMBER_FIELD_LABELS,
  attendance: { status: '出勤状态', arrivedAt: '签到时间', leave: '请假', makeUp: '补学' },
  sessions: { title: '活动名称', date: '日期', closedAt: '关闭时间' },
  refLists: { name: '名称' },
};
const COMMON_FIELDS: Record<string, string> = { deleted: '是否删除', status: '状态', replyClass: '答复类别', decision: '审查意见', office: '所属办公室' };

export function conflictFieldLabel(table: string, field: string): string {
  return FIELD_LABELS[table]?.[field] ?? COMMON_FIELDS[field] ?? field;
}

export function conflictValueText(table: string, field: string, value: unknown): string {
  if (field === 'deleted') return value === 1 ? '已删除' : value === 0 ? '未删除' : String(value);
  if (table === 'attendance' && field === 'status' && typeof value === 'string' && value in ATTENDANCE_LABELS) {
    return ATTENDANCE_LABELS[value as AttendanceStatus];
  }
  if (value === null || value === undefined || value === '') return '（空）';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
