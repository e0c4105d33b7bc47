import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_RULE, type AttendanceRule } from '../../../../shared/attendance/figures';
import { db } from '../../db';

/**
 * The office's attendance rule (shared/attendance/figures.ts), a setting of
 * this computer kept in the local meta table: figures are worked out where
 * they are shown, so each office keeps its own rule and HQ its own.
 */
const KEY = 'attendance-rule';

export async function readAttendanceRule(): Promise<AttendanceRule> {
  const row = (await db.meta.get(KEY)) as Partial<AttendanceRule> | undefined;
  return {
    leaveInRequired: typeof row?.leaveInRequired === 'boolean' ? row.leaveInRequired : DEFAULT_RULE.leaveInRequired,
    makeUpAttends: typeof row?.makeUpAttends === 'boolean' ? row.makeUpAttends : DEFAULT_RULE.makeUpAttends,
  };
}

export async function saveAttendanceRule(rule: AttendanceRule): Promise<void> {
  await db.meta.put({ key: KEY, leaveInRequired: rule.leaveInRequired, makeUpAttends: rule.makeUpAttends });
}

/** The rule, live; undefined while it loads. */
export function useAttendanceRule(): AttendanceRule | undefined {
  return useLiveQuery(() => readAttendanceRule(), []);
}
