import { useEffect } from 'react';
import { db } from '../../db';
import { backupIfDue } from '../../sync/backup';

/** At start-up: an automatic backup when the newest is older than a day. Failures never block the app. */
export function useAutoBackup(office: string): void {
  useEffect(() => {
    const timer = setTimeout(() => void backupIfDue(db, office).catch(() => undefined), 3000);
    return () => clearTimeout(timer);
  }, [office]);
}
