import { useState } from 'react';
import { Alert, Button, Snackbar } from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import type { Proposal } from '../../../../../shared/domain/proposal';
import { figuresOf, type ListRow } from '../../../../../shared/proposals/summary';
import { buildProposalWorkbook } from '../../../../../shared/proposals/xlsx';
import { useAppStore } from '../../../app/store';
import { openInPrintCenter } from '../../printing/pending';
import { openExport, writeExport } from './exportFile';

/** The list as shown: to .xlsx (with a sheet of figures), or printed as 提案目录. */
export function ListOutputs({ rows, proposals }: { rows: ListRow[]; proposals: Proposal[] }) {
  const navigate = useNavigate();
  const office = useAppStore((s) => s.info?.office);
  const [note, setNote] = useState<{ text: string; open?: string; error?: boolean } | null>(null);
  const title = `${office?.name ?? ''}提案目录`;

  async function exportXlsx() {
    try {
      const shownIds = new Set(rows.map((r) => r.id));
      const data = await buildProposalWorkbook(rows, figuresOf(proposals.filter((p) => shownIds.has(p.id)), localDate(new Date())), title);
      const out = await writeExport(`提案目录_${localDate(new Date())}.xlsx`, data);
      setNote({ text: `已导出 ${rows.length} 件提案：${out.shown}`, open: out.path });
    } catch (e) {
      setNote({ text: `导出失败：${(e as Error).message}`, error: true });
    }
  }

  const print = () => openInPrintCenter({ kind: 'proposalList', data: { title, rows: rows.map(({ number, title: t, proposer, category, status, units, replyClass, satisfaction }) => ({ number, title: t, proposer, category, status, units, replyClass, satisfaction })) } }, title, navigate);

  return (
    <>
      <Button startIcon={<DownloadIcon />} disabled={!rows.length} onClick={() => void exportXlsx()}>导出 Excel</Button>
      <Button startIcon={<PrintIcon />} disabled={!rows.length} onClick={print}>打印目录</Button>
      <Snackbar open={!!note} autoHideDuration={10000} onClose={() => setNote(null)}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} action={note.open ? <Button color="inherit" size="small" onClick={() => void openExport(note.open!)}>打开</Button> : undefined}>{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
