import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdfOutlined';
import PreviewIcon from '@mui/icons-material/VisibilityOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PrinterInfo } from '../../../../shared/contract/print';
import { FIXED_SETUP, type PrintJobInput, type PrintKind } from '../../../../shared/print/jobs';
import { PageRangeText } from '../../../../shared/print/page';
import { call } from '../../app/api';
import { repos } from '../../db';
import { DocumentFields } from './DocumentFields';
import { buildJob, CENTER_KINDS, chooseMembers, NEEDS_MEMBERS, type CenterKind, type DocForm, type MemberChoice } from './jobs';
import { MemberChooser } from './MemberChooser';
import { PdfPreview } from './PdfPreview';
import { usePendingPrint } from './pending';
import { PrintSettings, type Settings } from './PrintSettings';
import { ps } from './strings';
import { usePrintProgress } from './useProgress';

const TITLES: Record<CenterKind, string> = {
  signin: ps.defaults.signinTitle,
  agenda: ps.defaults.agendaTitle,
  tents: '',
  roster: ps.defaults.rosterTitle,
  formal: '',
};

const INITIAL_FORM: DocForm = {
  kind: 'signin', title: ps.defaults.signinTitle, time: '', place: '', host: '', itemsText: ps.defaults.agendaItems, notes: '',
  sort: 'sector', blankRows: 5, barcode: false, tentSubtitle: 'none', showPhone: true,
};

type Status = { severity: 'success' | 'error' | 'info'; text: string } | null;

/** 打印中心: choose a document, see its real pages, print it or save it as PDF. */
export function PrintingPage() {
  const members = useLiveQuery(() => repos.members.all(), []) ?? [];
  const refs = useLiveQuery(() => repos.refLists.all(), []) ?? [];
  const listOf = (kind: string) => refs.filter((r) => r.kind === kind).sort((a, b) => a.order - b.order).map((r) => r.name);
  const sectors = listOf('sector');
  const committees = listOf('committee');
  // A job handed over by another page (openInPrintCenter): taken once, then cleared so the next visit starts afresh.
  const [pending, setPending] = useState(() => usePendingPrint.getState().pending);
  useEffect(() => usePendingPrint.getState().set(null), []);

  const [form, setForm] = useState<DocForm>(INITIAL_FORM);
  const [choice, setChoice] = useState<MemberChoice>({ scope: 'all', committee: '', sector: '', picked: [] });
  const [settings, setSettings] = useState<Settings>({ printer: '', copies: 1, range: '', paper: 'A4', orientation: 'portrait', duplex: 'simplex' });
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [printerNote, setPrinterNote] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ data: Uint8Array; key: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const progress = usePrintProgress(!!busy);

  useEffect(() => {
    call('print.printers', {})
      .then((r) => {
        setPrinters(r.printers);
        setPrinterNote(r.note);
        const def = r.printers.find((p) => p.isDefault) ?? r.printers[0];
        if (def) setSettings((s) => (s.printer ? s : { ...s, printer: def.name }));
      })
      .catch((e: Error) => setPrinterNote(e.message));
  }, []);

  const chosen = useMemo(() => chooseMembers(members, choice), [members, choice]);
  const kind: PrintKind = pending ? (pending.job.kind as PrintKind) : form.kind;
  const fixedPage = !!FIXED_SETUP[kind];
  const job: PrintJobInput = useMemo(() => pending?.job ?? buildJob(form, chosen, sectors), [pending, form, chosen, sectors]);
  const pageOptions = { paper: fixedPage ? 'A4' : settings.paper, orientation: fixedPage ? 'portrait' : settings.orientation } as const;
  const jobKey = JSON.stringify([job, pageOptions]);
  const stale = preview !== null && preview.key !== jobKey;
  const rangeCheck = PageRangeText.safeParse(settings.range);
  const rangeError = rangeCheck.success ? null : rangeCheck.error.issues[0].message;

  const missingMembers = !pending && NEEDS_MEMBERS[form.kind] && chosen.length === 0;

  async function run(label: string, fn: () => Promise<void>) {
    if (missingMembers) return setStatus({ severity: 'error', text: ps.noMembers });
    setBusy(label);
    setStatus(null);
    try {
      await fn();
    } catch (e) {
      setStatus({ severity: 'error', text: (e as Error).message });
    } finally {
      setBusy(null);
    }
  }

  const autoPreviewed = useRef(false);
  useEffect(() => {
    if (pending && !autoPreviewed.current) {
      autoPreviewed.current = true;
      void doPreview();
    }
  });

  const doPreview = () =>
    run(ps.previewing, async () => {
      const made = await call('print.toPdf', { job, options: { ...pageOptions, range: '' } });
      const { data } = await call('files.read', { ref: made.ref });
      setPreview({ data, key: jobKey });
    });

  const doSave = () =>
    run(ps.savePdf, async () => {
      const folder = await call('dialog.pickFolder', { title: ps.pickFolder });
      if (!folder) return setStatus({ severity: 'info', text: ps.cancelled });
      const saved = await call('print.savePdf', { job, options: { ...pageOptions, range: settings.range }, picked: folder.picked });
      setStatus({ severity: 'success', text: ps.saved(saved.path, saved.pages) });
    });

  const doPrint = () =>
    run(ps.print, async () => {
      const res = await call('print.print', { job, options: { ...pageOptions, range: settings.range, printer: settings.printer, copies: settings.copies, duplex: settings.duplex } });
      setStatus({ severity: 'success', text: res.message });
    });

  const changeKind = (k: CenterKind) => {
    setForm((f) => ({ ...f, kind: k, title: TITLES[k] || f.title }));
    if (k === 'roster') setSettings((s) => ({ ...s, orientation: 'landscape' }));
    else if (k !== 'tents' && k !== 'formal') setSettings((s) => ({ ...s, orientation: 'portrait' }));
  };

  return (
    <>
      <Typography variant="h5" gutterBottom>{ps.title}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '380px 1fr' }, gap: 2, alignItems: 'start' }}>
        <Stack spacing={2}>
          <Card variant="outlined">
            <CardContent>
              <Stack spacing={1.5}>
                {pending ? (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Chip label={pending.label} data-testid="pending-job" sx={{ minWidth: 0, flexShrink: 1 }} title={pending.label} />
                    <Button size="small" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }} onClick={() => { setPending(null); setPreview(null); }}>改选其他文档</Button>
                  </Stack>
                ) : (
                  <>
                    <TextField select size="small" label={ps.document} value={form.kind} onChange={(e) => changeKind(e.target.value as CenterKind)}>
                      {CENTER_KINDS.map((k) => <MenuItem key={k} value={k}>{ps.kinds[k]}</MenuItem>)}
                    </TextField>
                    {NEEDS_MEMBERS[form.kind] && (
                      <MemberChooser members={members} committees={committees} sectors={sectors} value={choice} chosen={chosen.length} onChange={setChoice} />
                    )}
                    <DocumentFields form={form} onChange={(f) => setForm((cur) => ({ ...cur, ...f }))} />
                  </>
                )}
              </Stack>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle1" gutterBottom>{ps.options}</Typography>
              <PrintSettings value={settings} printers={printers} printerNote={printerNote} fixedPage={fixedPage} rangeError={rangeError}
                onChange={(s) => setSettings((cur) => ({ ...cur, ...s }))} />
              <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }} useFlexGap>
                <Button variant="outlined" startIcon={<PreviewIcon />} disabled={!!busy} onClick={doPreview}>{ps.preview}</Button>
                <Button variant="contained" startIcon={<PrintIcon />} disabled={!!busy || !settings.printer || !!rangeError} onClick={doPrint}>{ps.print}</Button>
                <Button variant="outlined" startIcon={<PictureAsPdfIcon />} disabled={!!busy || !!rangeError} onClick={doSave}>{ps.savePdf}</Button>
              </Stack>
            </CardContent>
          </Card>
          {busy && (
            <Box data-testid="print-progress">
              <Typography variant="body2">{progress?.label ?? busy}</Typography>
              <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={progress ? (100 * progress.done) / Math.max(1, progress.total) : 0} />
            </Box>
          )}
          {status && <Alert severity={status.severity} data-testid="print-status">{status.text}</Alert>}
        </Stack>
        <Box>
          {stale && <Alert severity="warning" sx={{ mb: 1 }}>{ps.previewStale}</Alert>}
          {preview ? <PdfPreview data={preview.data} /> : <Alert severity="info">{ps.previewHint}</Alert>}
        </Box>
      </Box>
    </>
  );
}
