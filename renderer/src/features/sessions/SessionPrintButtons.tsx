import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import type { LiveCounts } from '../../../../shared/attendance/figures';
import { agendaJob, periodReportJob, sessionReportJob, signInSheetJob, tentsJob } from '../../../../shared/attendance/printJobs';
import type { FigureReport } from '../../../../shared/attendance/report';
import type { PrintJobInput } from '../../../../shared/print/jobs';
import { useAppStore } from '../../app/store';
import type { SessionView } from './hooks';
import { printToPdf, sectorOrder } from './printing';

type Doc = 'signin' | 'agenda' | 'tents' | 'report';
const LABELS: Record<Doc, string> = { signin: '签到表', agenda: '会议议程', tents: '桌签', report: '出勤报告' };

function usePrint() {
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(label: string, build: () => Promise<PrintJobInput>) {
    setBusy(true);
    try {
      const r = await printToPdf(await build());
      setNote({ text: r.opened ? `已生成${label} PDF（${r.pages} 页），请在打开的窗口中打印` : `已生成${label} PDF（${r.pages} 页）：${r.path}` });
    } catch (e) {
      setNote({ text: (e as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  }
  const snackbar = (
    <Snackbar open={!!note} autoHideDuration={8000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="print-note">{note.text}</Alert> : undefined}
    </Snackbar>
  );
  return { run, busy, snackbar };
}

/** 打印: the session's sign-in sheet, agenda, table tents and attendance report, through the print service. */
export function SessionPrintButtons({ view, counts }: { view: SessionView; counts: LiveCounts }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { run, busy, snackbar } = usePrint();
  const { session, members, required, records } = view;
  if (!session || !members || !records) return null;
  const requiredMembers = members.filter((m) => required.has(m.id));

  function pick(doc: Doc) {
    setAnchor(null);
    const s = session!;
    void run(LABELS[doc], async () => {
      const order = await sectorOrder();
      if (doc === 'signin') return signInSheetJob(s, requiredMembers, order);
      if (doc === 'agenda') return agendaJob(s);
      if (doc === 'tents') return tentsJob(requiredMembers, order);
      return sessionReportJob(s, members!, required, records!, counts, order);
    });
  }

  return (
    <>
      <Button startIcon={<PrintIcon />} disabled={busy} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">打印</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {(Object.keys(LABELS) as Doc[]).map((d) => <MenuItem key={d} onClick={() => pick(d)}>{LABELS[d]}</MenuItem>)}
      </Menu>
      {snackbar}
    </>
  );
}

/** 打印出勤报告 for the figures' period. */
export function PeriodReportButton({ report }: { report: FigureReport }) {
  const office = useAppStore((s) => s.info?.office);
  const { run, busy, snackbar } = usePrint();
  return (
    <>
      <Button startIcon={<PrintIcon />} disabled={busy} onClick={() => void run('出勤报告', async () => periodReportJob(report, office?.name ?? ''))}>打印出勤报告</Button>
      {snackbar}
    </>
  );
}
