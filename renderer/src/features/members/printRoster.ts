import type { Member } from '../../../../shared/domain/member';
import type { PrintJobInput } from '../../../../shared/print/jobs';
import type { Orientation } from '../../../../shared/print/page';
import { call } from '../../app/api';

export interface RosterPrintSetup {
  title: string;
  showPhone: boolean;
  orientation: Orientation;
}

/** The members 打印名册 prints from the list shown: those in office, unless the person asks for the retired too. */
export function membersToPrint<M extends Pick<Member, 'status'>>(shown: readonly M[], withRetired: boolean): M[] {
  return withRetired ? [...shown] : shown.filter((m) => m.status === '在任');
}

/** The roster as a print job for the print service's 委员名单 template (A4, the head repeated on every page). */
export function rosterPrintJob(members: readonly Member[], setup: RosterPrintSetup): PrintJobInput {
  return {
    kind: 'roster',
    data: {
      title: setup.title,
      showPhone: setup.showPhone,
      rows: members.map(({ name, gender, sector, party, committees, unitAndPost, phone, memberNo }) => ({ name, gender, sector, party, committees, unitAndPost, phone, memberNo })),
    },
  };
}

/** Make the A4 PDF in the app's pdf folder and open it in the system viewer to print. */
export async function openRosterPdf(members: readonly Member[], setup: RosterPrintSetup): Promise<{ pages: number; opened: boolean; path: string }> {
  const pdf = await call('print.toPdf', { job: rosterPrintJob(members, setup), options: { paper: 'A4', orientation: setup.orientation, range: '' } });
  const { opened } = await call('files.open', { ref: pdf.ref });
  return { pages: pdf.pages, opened, path: pdf.ref.path };
}

/** Save the A4 PDF into a folder the person picks; null when they cancel. */
export async function saveRosterPdf(members: readonly Member[], setup: RosterPrintSetup): Promise<{ pages: number; path: string } | null> {
  const folder = await call('dialog.pickFolder', { title: '选择保存名册 PDF 的文件夹' });
  if (!folder) return null;
  const saved = await call('print.savePdf', {
    job: rosterPrintJob(members, setup),
    options: { paper: 'A4', orientation: setup.orientation, range: '' },
    picked: folder.picked,
    fileName: `${setup.title}.pdf`,
  });
  return { pages: saved.pages, path: saved.path };
}
