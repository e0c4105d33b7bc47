import { useEffect, useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Snackbar, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { localDate } from '../../../../shared/attendance/time';
import type { Member } from '../../../../shared/domain/member';
import { REPORT_ADVISED_CHARS, REPORT_CATEGORIES, type Report } from '../../../../shared/domain/report';
import { reportLength, type ReportField } from '../../../../shared/reports/validate';
import { NewRecordOfficeNote } from '../../app/NewRecordOfficeNote';
import { repos } from '../../db';
import { MembersPicker } from '../duty/MembersPicker';
import { FieldErrors, saveReport } from './data';
import { useActiveMembers } from './hooks';

const DRAFT_KEY = 'cd.reports.draft';

interface Draft {
  title: string;
  memberIds: string[];
  unit: string;
  date: string;
  situation: string;
  cause: string;
  advice: string;
  category: string;
}

const blank = (today: string): Draft => ({ title: '', memberIds: [], unit: '', date: today, situation: '', cause: '', advice: '', category: REPORT_CATEGORIES[0] });

function fromReport(r: Report): Draft {
  return {
    title: r.title, memberIds: r.reporters.flatMap((p) => (p.kind === 'member' ? [p.memberId] : [])), unit: r.reporters.find((p) => p.kind === 'unit')?.name ?? '',
    date: r.date, situation: r.situation, cause: r.cause, advice: r.advice, category: r.category,
  };
}

/** A new draft survives a crash or a closed window: saved as typed, cleared once saved. */
function loadDraft(today: string): Draft {
  try {
    const raw = globalThis.localStorage?.getItem(DRAFT_KEY);
    if (raw) return { ...blank(today), ...(JSON.parse(raw) as Partial<Draft>) };
  } catch { /* a damaged draft is dropped */ }
  return blank(today);
}

/** 录入 / 修改社情民意: title, reporters (members, the first the lead, or a unit), date, category, 情况 / 原因分析 / 意见建议. */
export function ReportForm() {
  const { id } = useParams();
  const navigate = useNavigate();
  const today = localDate(new Date());
  const members = useActiveMembers();
  const existing = useLiveQuery(() => (id ? repos.reports.get(id).then((r) => r ?? null) : Promise.resolve(null)), [id]);
  const [d, setD] = useState<Draft | null>(() => (id ? null : loadDraft(today)));
  const [errors, setErrors] = useState<Partial<Record<ReportField, string>>>({});
  const [failed, setFailed] = useState('');

  useEffect(() => {
    if (id && existing && !d) setD(fromReport(existing));
  }, [id, existing, d]);
  useEffect(() => {
    if (!id && d) globalThis.localStorage?.setItem(DRAFT_KEY, JSON.stringify(d));
  }, [id, d]);

  if (!d) return existing === null ? <Alert severity="warning">找不到这篇社情民意。</Alert> : null;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setD({ ...d, [k]: v });
    // What was wrong with a field is cleared as it is edited.
    const field = (k === 'memberIds' || k === 'unit' ? 'reporters' : k) as ReportField;
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };
  const byId = new Map((members ?? []).map((m) => [m.id, m]));
  // A reporter who has since retired is still shown (from the report itself).
  const picked: Member[] = d.memberIds.map((mid) => byId.get(mid) ?? ({ id: mid, name: existing?.reporters.find((p) => p.kind === 'member' && p.memberId === mid)?.name ?? mid, sector: '' } as Member));
  const n = reportLength(d);

  async function save() {
    try {
      const r = await saveReport({ ...d!, members: picked.map((m) => ({ id: m.id, name: m.name })) }, id);
      setErrors({});
      if (!id) globalThis.localStorage?.removeItem(DRAFT_KEY);
      navigate(`/reports/${r.saved.id}`, { state: { notice: ['已保存', ...r.warnings].join('；') } });
    } catch (e) {
      if (e instanceof FieldErrors) setErrors(e.errors);
      else setFailed((e as Error).message);
    }
  }

  const part = (k: 'situation' | 'cause' | 'advice', label: string, rows: number) => (
    <TextField label={label} value={d[k]} onChange={(e) => set(k, e.target.value)} multiline minRows={rows} maxRows={14} error={!!errors[k]} helperText={errors[k]} />
  );

  return (
    <Box onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); } }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{id ? '修改社情民意' : '录入社情民意'}</Typography>
        <Button onClick={() => navigate(id ? `/reports/${id}` : '/reports')}>返回</Button>
      </Stack>
      {!id && <NewRecordOfficeNote />}
      <Paper sx={{ p: 2 }} component="form" aria-label="社情民意录入" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack spacing={1.5}>
          <TextField autoFocus size="small" label="标题" value={d.title} onChange={(e) => set('title', e.target.value)} error={!!errors.title} helperText={errors.title ?? '一事一议，例如：关于解决勤业新村停车难问题的情况反映'} />
          <Stack direction="row" spacing={1.5}>
            <Box sx={{ flexGrow: 1 }}>
              <MembersPicker members={members ?? []} value={picked} onChange={(ms) => set('memberIds', ms.map((m) => m.id))} error={errors.reporters} label="反映人（委员，可多选，第一位为领衔）" />
            </Box>
            <TextField size="small" label="或反映单位" value={d.unit} onChange={(e) => set('unit', e.target.value)} sx={{ width: 200 }} />
          </Stack>
          <Stack direction="row" spacing={1.5}>
            <TextField size="small" label="报送日期" value={d.date} onChange={(e) => set('date', e.target.value)} error={!!errors.date} helperText={errors.date} sx={{ width: 200 }} />
            <TextField select size="small" label="类别" value={d.category} onChange={(e) => set('category', e.target.value)} error={!!errors.category} helperText={errors.category} sx={{ width: 180 }}>
              {[...new Set([...REPORT_CATEGORIES, d.category])].map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
            </TextField>
            <Box sx={{ flexGrow: 1 }} />
            <Typography data-testid="report-length" sx={{ alignSelf: 'center' }} color={n > REPORT_ADVISED_CHARS ? 'warning.main' : 'text.secondary'}>
              全文 {n} 字{n > REPORT_ADVISED_CHARS ? `，超过建议的 ${REPORT_ADVISED_CHARS} 字，请压缩` : `（建议不超过 ${REPORT_ADVISED_CHARS} 字）`}
            </Typography>
          </Stack>
          {part('situation', '情况', 3)}
          {part('cause', '原因分析', 2)}
          {part('advice', '意见建议', 2)}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button type="submit" variant="contained">保存</Button>
            <Typography variant="caption" color="text.secondary">Ctrl+Enter</Typography>
          </Stack>
        </Stack>
      </Paper>
      <Snackbar open={!!failed} autoHideDuration={8000} onClose={() => setFailed('')}>
        {failed ? <Alert severity="error" onClose={() => setFailed('')}>{failed}</Alert> : undefined}
      </Snackbar>
    </Box>
  );
}
