import type { Member } from '../../../../shared/domain/member';
import { buildRosterWorkbook } from '../../../../shared/members/export';
import { call } from '../../app/api';
import { ms } from './strings';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

/** Write the members to 委员名册-YYYYMMDD.xlsx (never over an earlier file) in a folder the person picks; null when they cancel. */
export async function exportRoster(members: readonly Member[], officeName: string): Promise<string | null> {
  const data = await buildRosterWorkbook(members, `${officeName}委员名册`);
  const folder = await call('dialog.pickFolder', { title: ms.exportPick });
  if (!folder) return null;
  const written = await call('files.write', { ref: { picked: folder.picked, path: `委员名册-${today()}.xlsx` }, data, keepExisting: true });
  return written.path;
}
