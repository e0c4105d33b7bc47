import { useEffect } from 'react';
import { db } from '../../db';
import { holdsOps } from '../../db/oplog-store';
import { backupIfDue } from '../../sync/backup';

/** How long after start-up the automatic backup waits, so it does not compete with the first screens. */
const START_DELAY_MS = 10_000;

/**
 * At start-up: an automatic backup when the newest is older than a day. A
 * database that was empty when the app started (a new installation) has
 * nothing to lose and is not backed up then. Failures never block the app.
 */
export function useAutoBackup(office: string): void {
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void holdsOps(db).then((heldAtStart) => {
      if (cancelled || !heldAtStart) return;
      timer = setTimeout(() => void backupIfDue(db, office).catch(() => undefined), START_DELAY_MS);
    }, () => undefined);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [office]);
}
