import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../../shared/domain/member';
import { dutyBulletinDocx, dutyRecordDocx } from '../../../../../shared/duty/docx';
import { scoreMember, type Period } from '../../../../../shared/duty/engine';
import { bulletinData, recordOne, recordTitle } from '../../../../../shared/duty/output';
import type { RankingRow } from '../../../../../shared/duty/ranking';
import { periodLabel, periodOf } from '../../../../../shared/duty/summary';
import { buildDutyWorkbook } from '../../../../../shared/duty/xlsx';
import type { DutyRecordData } from '../../../../../shared/print/duty';
import { call } from '../../../app/api';
import { openInPrintCenter } from '../../printing/pending';
import type { DutySnapshot } from '../data/load';
import { useMe, useOfficeNames } from '../data/offices';
import { useDutyUi } from '../store';

/** A batch prints at most this many records at once (a print job's bound, shared/print/duty.ts). */
const BATCH = 5000;

async function save(name: string, data: Uint8Array): Promise<string | null> {
  const folder = await call('dialog.pickFolder', { title: '选择保存文件的文件夹' });
  if (!folder) return null;
  return (await call('files.write', { ref: { picked: folder.picked, path: name }, data, keepExisting: true })).path;
}

function useNote() {
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const bar = (
    <Snackbar open={!!note} autoHideDuration={8000} onClose={() => setNote(null)}>
      {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="duty-note">{note.text}</Alert> : undefined}
    </Snackbar>
  );
  const guard = (fn: () => Promise<string | null | void>) => () => {
    fn().then((path) => { if (path) setNote({ text: `已保存：${path}` }); }).catch((e: unknown) => setNote({ text: (e as Error).message, error: true }));
  };
  return { bar, guard };
}

function recordsData(rows: ReadonlyArray<{ member: Member; duty: RankingRow['duty'] }>, period: Period, officeName: (c: string) => string): DutyRecordData {
  return { title: recordTitle(period), period: periodLabel(period), records: rows.slice(0, BATCH).map((r) => recordOne(r.member, r.duty, officeName(r.member.office))) };
}

/** The ranking's outputs: the 通报 and every shown member's 履职档案 printed, .xlsx and .docx. */
export function DutyOutputs({ rows, period, snap, officeNames }: { rows: RankingRow<Member>[]; period: Period; snap: DutySnapshot; officeNames: ReadonlyMap<string, string> }) {
  const navigate = useNavigate();
  const me = useMe();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { bar, guard } = useNote();
  const officeName = (c: string) => officeNames.get(c) ?? c;
  const title = `${me.name}委员履职情况通报`;
  const close = (fn: () => void) => () => { setAnchor(null); fn(); };
  return (
    <>
      <Button variant="contained" onClick={(e) => setAnchor(e.currentTarget)} disabled={!rows.length}>打印和导出</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={close(() => openInPrintCenter({ kind: 'dutyBulletin', data: bulletinData(rows, period, snap.table, officeName, title) }, `履职情况通报（${periodLabel(period)}）`, navigate))}>打印履职情况通报</MenuItem>
        <MenuItem onClick={close(() => openInPrintCenter({ kind: 'dutyRecord', data: recordsData(rows, period, officeName) }, `履职档案：${rows.length} 名委员（${periodLabel(period)}）`, navigate))}>打印当前 {Math.min(rows.length, BATCH)} 名委员的履职档案</MenuItem>
        <MenuItem onClick={close(guard(async () => save(`履职排名-${periodLabel(period)}.xlsx`, await buildDutyWorkbook(rows, period, snap.table, { title, officeName }))))}>导出 Excel（排名和履职事项）</MenuItem>
        <MenuItem onClick={close(guard(async () => save(`履职情况通报-${periodLabel(period)}.docx`, await dutyBulletinDocx(bulletinData(rows, period, snap.table, officeName, title)))))}>导出 Word：履职情况通报</MenuItem>
        <MenuItem onClick={close(guard(async () => save(`履职档案-${periodLabel(period)}.docx`, await dutyRecordDocx(recordsData(rows, period, officeName)))))}>导出 Word：当前委员的履职档案</MenuItem>
      </Menu>
      {bar}
    </>
  );
}

/** One member's 履职档案 for the period on screen: print, or save as .docx. */
export function PrintRecordButton({ snap, member }: { snap: DutySnapshot; member: Member }) {
  const navigate = useNavigate();
  const names = useOfficeNames();
  const periodKey = useDutyUi((s) => s.period);
  const { bar, guard } = useNote();
  const period = periodOf(periodKey, snap.table.terms);
  if (!period) return null;
  const data = () => recordsData([{ member, duty: scoreMember(member.id, snap.byMember.get(member.id) ?? [], snap.table, period, { uptoYear: new Date().getFullYear() }) }], period, (c) => names.get(c) ?? c);
  return (
    <>
      <Button onClick={guard(async () => save(`${member.name}履职档案-${periodLabel(period)}.docx`, await dutyRecordDocx(data())))}>导出 Word</Button>
      <Button variant="contained" onClick={() => openInPrintCenter({ kind: 'dutyRecord', data: data() }, `${member.name}的履职档案（${periodLabel(period)}）`, navigate)}>打印履职档案</Button>
      {bar}
    </>
  );
}
