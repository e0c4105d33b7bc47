import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../../shared/domain/member';
import type { Report } from '../../../../shared/domain/report';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { repos } from '../../db';
import { listed } from '../../db/repo';

/** Every report on file (HQ: of the office its filter shows), newest first. */
export function useReports(): Report[] | undefined {
  const office = useOfficeFilter();
  return useLiveQuery(async () => {
    const all = await repos.reports.all();
    return all.filter((r) => matchesOffice(office, r)).sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  }, [office]);
}

/** Active members for the reporter picker, in 拼音 order. */
export function useActiveMembers(): Member[] | undefined {
  return useLiveQuery(() => repos.members.read.orderBy('sortKey').filter((m) => listed(m) && m.status === '在任').toArray(), []);
}
