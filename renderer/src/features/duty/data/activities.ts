import { localDate } from '../../../../../shared/attendance/time';
import type { DutyActivity } from '../../../../../shared/domain/duty';
import { checkActivity, type ActivityField, type ActivityInput } from '../../../../../shared/duty/activities';
import type { Fields } from '../../../../../shared/sync/record';
import { repos } from '../../../db';

export class ActivityErrors extends Error {
  constructor(readonly errors: Partial<Record<ActivityField, string>>) {
    super(Object.values(errors)[0] as string);
  }
}

/** Record a 大会发言, a one-off activity or a 惠民行动 (refused as a whole with a message per field). */
export async function saveActivity(input: ActivityInput): Promise<DutyActivity> {
  const c = checkActivity(input, localDate(new Date()));
  if (!c.ok) throw new ActivityErrors(c.errors);
  return repos.dutyActivities.create(c.value as Fields<DutyActivity>);
}

export async function deleteActivity(id: string): Promise<void> {
  await repos.dutyActivities.remove(id);
}

/** 撤销 a deletion (the snackbar offers it): the activity and its points come back. */
export async function restoreActivity(id: string): Promise<void> {
  await repos.dutyActivities.restore(id);
}
