import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useNavigate } from 'react-router';
import type { LiveCounts } from '../../../../shared/attendance/figures';
import { agendaJob, onLeave, periodReportJob, sessionReportJob, signInSheetJob, tentsJob } from '../../../../shared/attendance/printJobs';
import type { FigureReport } from '../../../../shared/attendance/report';
import type { PrintJobInput } from '../../../../shared/print/jobs';
import { useAppStore } from '../../app/store';
import { openInPrintCenter } from '../printing/pending';
import type { SessionView } from './hooks';
import { sectorOrder } from './printing';

type Doc = 'signin' | 'agenda' | 'tents' | 'tentsWithLeave' | 'report';
const LABELS: Record<Doc, string> = { signin: '签到表', agenda: '会议议程', tents: '桌签', tentsWithLeave: '桌签（含请假委员）', report: '出勤报告' };

/** Hand a ready job to the print center (preview, printer, copies, save as PDF). */
function usePrint() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  async function run(label: string, build: () => Promise<PrintJobInput>) {
    try {
      openInPrintCenter(await build(), label, navigate);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const snackbar = (
    <Snackbar open={!!error} autoHideDuration={8000} onClose={() => setError(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {error ? <Alert severity="error" onClose={() => setError(null)}>{error}</Alert> : undefined}
    </Snackbar>
  );
  return { run, snackbar };
}

/** 打印: the session's sign-in sheet (its required members), agenda, table tents and attendance report. */
export function SessionPrintButtons({ view, counts }: { view: SessionView; counts: LiveCounts }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { run, snackbar } = usePrint();
  const { session, members, required, records } = view;
  if (!session || !members || !records) return null;
  const requiredMembers = members.filter((m) => required.has(m.id));
  const leave = onLeave(records.filter((r) => required.has(r.memberId)));
  // Tents leave out members on approved leave; the second entry brings them back.
  const docs = (Object.keys(LABELS) as Doc[]).filter((d) => d !== 'tentsWithLeave' || leave.size > 0);
  const label = (d: Doc) => (d === 'tents' && leave.size ? `桌签（不含请假的 ${leave.size} 人）` : LABELS[d]);

  function pick(doc: Doc) {
    setAnchor(null);
    const s = session!;
    void run(`${LABELS[doc]}：${s.title}`, async () => {
      const order = await sectorOrder();
      if (doc === 'signin') return signInSheetJob(s, requiredMembers, order, leave);
      if (doc === 'agenda') return agendaJob(s);
      if (doc === 'tents' || doc === 'tentsWithLeave') return tentsJob(requiredMembers, order, leave, doc === 'tentsWithLeave');
      return sessionReportJob(s, members!, required, records!, counts, order);
    });
  }

  return (
    <>
      <Button startIcon={<PrintIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">打印</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {docs.map((d) => <MenuItem key={d} onClick={() => pick(d)}>{label(d)}</MenuItem>)}
      </Menu>
      {snackbar}
    </>
  );
}

/** 打印出勤报告 for the figures' period. */
export function PeriodReportButton({ report }: { report: FigureReport }) {
  const office = useAppStore((s) => s.info?.office);
  const { run, snackbar } = usePrint();
  return (
    <>
      <Button startIcon={<PrintIcon />} onClick={() => void run(`出勤报告：${report.from} 至 ${report.to}`, async () => periodReportJob(report, office?.name ?? ''))}>打印出勤报告</Button>
      {snackbar}
    </>
  );
}
