import { db } from './index';

/**
 * Small facts about this installation kept in the local `meta` table (never
 * synced): that the person has looked at the 名录, or put the getting-started
 * list away. A backup carries them like the rest of meta.
 */
export type LocalFlag = 'refListsChecked' | 'gettingStartedDismissed';

const key = (flag: LocalFlag) => `flag:${flag}`;

export async function getLocalFlag(flag: LocalFlag): Promise<boolean> {
  return !!(await db.meta.get(key(flag)))?.on;
}

export async function setLocalFlag(flag: LocalFlag, on = true): Promise<void> {
  await db.meta.put({ key: key(flag), on, at: new Date().toISOString() });
}
