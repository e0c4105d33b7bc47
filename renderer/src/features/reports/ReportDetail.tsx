import { useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, IconButton, Link, MenuItem, Snackbar, Stack, TextField, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation, useNavigate, useParams } from 'react-router';
import { localDate } from '../../../../shared/attendance/time';
import {
  ADOPTION_LEVELS, ADOPTION_MODES, adoptionsOf, INSTRUCTION_LEVELS, instructionsOf, reporterNames, type Report,
} from '../../../../shared/domain/report';
import { reportLength } from '../../../../shared/reports/validate';
import { repos } from '../../db';
import { useMe, useOfficeNames } from '../duty/data/offices';
import { openInPrintCenter } from '../printing/pending';
import { ConfirmDialog } from '../sessions/dialogs';
import { sizeText } from '../sessions/materials';
import { addAdoption, addInstruction, attachToReport, deleteReport, FieldErrors, removeAdoption, removeAttachment, removeInstruction } from './data';
import { reportJob } from './printJob';

function Part({ head, text }: { head: string; text: string }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 'bold' }}>{head}</Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{text}</Typography>
    </Box>
  );
}

/** HQ's 采用 and 批示 forms (HQ only); offices see the lines HQ recorded. */
function HqPanel({ report, hq, by, onError }: { report: Report; hq: boolean; by: string; onError(m: string): void }) {
  const today = localDate(new Date());
  const [ad, setAd] = useState({ level: '区政协', mode: '单篇采用', issue: '', date: today });
  const [ins, setIns] = useState({ leader: '', level: '区级', date: today, text: '' });
  const [errs, setErrs] = useState<Record<string, string>>({});
  const run = (fn: () => Promise<unknown>) => fn().then(() => setErrs({})).catch((e: unknown) => {
    if (e instanceof FieldErrors) setErrs(e.errors as Record<string, string>);
    else onError((e as Error).message);
  });
  const adoptions = adoptionsOf(report);
  const instructions = instructionsOf(report);
  return (
    <Card sx={{ mb: 2 }} component="section" aria-label="采用及批示">
      <CardHeader title="采用及批示" slotProps={{ title: { variant: 'h6' } }} subheader={hq ? '区政协记录这篇社情民意的采用和领导批示，下一个数据包带回报送的办公室。' : '由区政协填写：区政协的数据包导入后显示在这里。'} />
      <CardContent>
        {!adoptions.length && !instructions.length && <Typography color="text.secondary" sx={{ mb: 1 }}>尚未采用。</Typography>}
        {adoptions.map((a, i) => (
          <Stack key={`a${i}`} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="adoption">
            <Chip size="small" color="success" label={`${a.level}${a.mode}`} />
            <Typography>{a.date}{a.issue ? `　编入《社情民意》${a.issue}` : ''}</Typography>
            {hq && <IconButton size="small" aria-label="删除采用记录" onClick={() => void run(() => removeAdoption(report.id, i))}><DeleteIcon fontSize="small" /></IconButton>}
          </Stack>
        ))}
        {instructions.map((x, i) => (
          <Stack key={`i${i}`} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="instruction">
            <Chip size="small" color="warning" label={`${x.level}领导批示`} />
            <Typography>{x.date} {x.leader}{x.text ? `：${x.text}` : ''}</Typography>
            {hq && <IconButton size="small" aria-label="删除批示" onClick={() => void run(() => removeInstruction(report.id, i))}><DeleteIcon fontSize="small" /></IconButton>}
          </Stack>
        ))}
        {hq && (
          <Stack spacing={1.5} sx={{ mt: 2 }}>
            <Stack direction="row" spacing={1} component="form" aria-label="记录采用" onSubmit={(e) => { e.preventDefault(); void run(() => addAdoption(report.id, ad, by)); }}>
              <TextField select size="small" label="采用级别" value={ad.level} onChange={(e) => setAd({ ...ad, level: e.target.value })} error={!!errs.level} helperText={errs.level} sx={{ width: 130 }}>
                {ADOPTION_LEVELS.map((l) => <MenuItem key={l} value={l}>{l}</MenuItem>)}
              </TextField>
              <TextField select size="small" label="方式" value={ad.mode} onChange={(e) => setAd({ ...ad, mode: e.target.value })} sx={{ width: 120 }}>
                {ADOPTION_MODES.map((l) => <MenuItem key={l} value={l}>{l}</MenuItem>)}
              </TextField>
              <TextField size="small" label="编入《社情民意》期号" value={ad.issue} onChange={(e) => setAd({ ...ad, issue: e.target.value })} error={!!errs.issue} helperText={errs.issue} sx={{ width: 200 }} />
              <TextField size="small" label="采用日期" value={ad.date} onChange={(e) => setAd({ ...ad, date: e.target.value })} error={!!errs.date} helperText={errs.date} sx={{ width: 150 }} />
              <Button type="submit" variant="contained">记录采用</Button>
            </Stack>
            <Stack direction="row" spacing={1} component="form" aria-label="记录批示" onSubmit={(e) => { e.preventDefault(); void run(() => addInstruction(report.id, ins, by)); }}>
              <TextField size="small" label="批示领导" value={ins.leader} onChange={(e) => setIns({ ...ins, leader: e.target.value })} error={!!errs.leader} helperText={errs.leader} sx={{ width: 160 }} />
              <TextField select size="small" label="级别" value={ins.level} onChange={(e) => setIns({ ...ins, level: e.target.value })} sx={{ width: 100 }}>
                {INSTRUCTION_LEVELS.map((l) => <MenuItem key={l} value={l}>{l}</MenuItem>)}
              </TextField>
              <TextField size="small" label="批示日期" value={ins.date} onChange={(e) => setIns({ ...ins, date: e.target.value })} sx={{ width: 150 }} />
              <TextField size="small" label="批示内容" value={ins.text} onChange={(e) => setIns({ ...ins, text: e.target.value })} error={!!errs.text} helperText={errs.text} sx={{ flexGrow: 1 }} />
              <Button type="submit">记录批示</Button>
            </Stack>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

/** A report: its parts, reporters, attachments, where it came from; HQ's adoption; print on one page. */
export function ReportDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation() as { state?: { notice?: string } };
  const me = useMe();
  const names = useOfficeNames();
  const report = useLiveQuery(() => repos.reports.get(id).then((r) => r ?? null), [id]);
  const [notice, setNotice] = useState(location.state?.notice ?? '');
  const [error, setError] = useState('');
  const [asking, setAsking] = useState(false);
  if (report === undefined) return null;
  const back = <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/reports')}>返回列表</Button>;
  if (report === null || report.deleted) return <>{back}<Alert severity="warning" sx={{ mt: 2 }}>找不到这篇社情民意（可能已删除）。</Alert></>;
  const readOnly = repos.reports.whyReadOnly(report);
  const officeName = names.get(report.office) ?? report.office;
  const fail = (e: unknown) => setError((e as Error).message);

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        {back}
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{report.title}</Typography>
        <Button variant="contained" onClick={() => openInPrintCenter(reportJob(report, officeName), `社情民意：${report.title}`, navigate)}>打印</Button>
        {!readOnly && <Button onClick={() => navigate(`/reports/${report.id}/edit`)}>修改</Button>}
        {!readOnly && <Button color="error" onClick={() => setAsking(true)}>删除</Button>}
      </Stack>
      <ConfirmDialog
        open={asking} title="删除这篇社情民意？" confirm="删除" onClose={() => setAsking(false)}
        text={`「${report.title}」删除后不再列出，也不再计入反映人的履职档案。`}
        onConfirm={() => deleteReport(report.id).then(() => { navigate('/reports'); })}
      />
      {readOnly && <Alert severity="info" sx={{ mb: 2 }}>{readOnly}</Alert>}
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="report-meta">
            反映人：{reporterNames(report)}　报送日期：{report.date}　类别：{report.category}　办公室：{officeName}　全文 {reportLength(report)} 字
          </Typography>
          {report.origin && (
            <Alert severity="info" sx={{ mb: 2 }}>由提案转来（不予立案，转社情民意）：<Link component="button" onClick={() => navigate(`/proposals/${report.origin!.id}`)}>查看原提案</Link></Alert>
          )}
          <Part head="情况" text={report.situation} />
          <Part head="原因分析" text={report.cause} />
          <Part head="意见建议" text={report.advice} />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography color="text.secondary">附件：</Typography>
            {!report.attachments.length && <Typography color="text.secondary">无</Typography>}
            {report.attachments.map((a) => (
              <Chip key={a.path} label={`${a.name}（${sizeText(a.size)}）`} onDelete={readOnly ? undefined : () => void removeAttachment(report.id, a.path).catch(fail)} />
            ))}
            {!readOnly && (
              <Button component="label" size="small">添加附件<input hidden type="file" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void attachToReport(report.id, f).catch(fail); }} /></Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      <HqPanel report={report} hq={me.role === 'hq'} by={me.name} onError={setError} />
      <Snackbar open={!!notice} autoHideDuration={6000} onClose={() => setNotice('')} message={notice} />
      <Snackbar open={!!error} autoHideDuration={8000} onClose={() => setError('')}>
        {error ? <Alert severity="error" onClose={() => setError('')}>{error}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
