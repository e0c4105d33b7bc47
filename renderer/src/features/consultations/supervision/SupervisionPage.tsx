import { useMemo, useState } from 'react';
import { Alert, Autocomplete, Box, Button, Chip, Grid, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import { loopState, supervisionLoop } from '../../../../../shared/consultations/followup';
import { supervisionReport } from '../../../../../shared/consultations/print';
import type { Member } from '../../../../../shared/domain/member';
import type { Supervision, Visit } from '../../../../../shared/domain/consultation';
import { formalDocx } from '../../../../../shared/print/docx/formal-docx';
import { useAppStore } from '../../../app/store';
import { repos } from '../../../db';
import { openInPrintCenter } from '../../printing/pending';
import { useMembers } from '../../proposals/data/hooks';
import { Loading } from '../../sessions/Loading';
import { addVisit, editSupervision, measuresOf } from '../data/writes';
import { LoopBar } from '../followup/LoopBar';
import { MeasuresPanel } from '../followup/MeasuresPanel';
import { OutcomePanel } from '../followup/OutcomePanel';
import { useSaveAsTyped } from '../followup/useSaveAsTyped';
import { useExportNote } from '../output/useNote';
import { STATE_COLORS } from '../strings';

function Findings({ s, readOnly }: { s: Supervision; readOnly: boolean }) {
  const { value, change, state } = useSaveAsTyped(s.findings, (v) => editSupervision(s.id, { findings: v }));
  return <TextField multiline minRows={3} fullWidth label="发现的问题" value={value} disabled={readOnly} onChange={(e) => change(e.target.value)}
    helperText={state.phase === 'error' ? state.message : state.phase === 'dirty' ? '正在保存…' : ' '} error={state.phase === 'error'} />;
}

function VisitForm({ s, members }: { s: Supervision; members: Member[] }) {
  const sessions = useLiveQuery(() => repos.sessions.read.filter((x) => x.deleted === 0 && (x.kind === '视察' || x.kind === '调研')).toArray(), []) ?? [];
  const [v, setV] = useState<Visit>({ date: localDate(new Date()), kind: '视察', sessionId: '', memberIds: [], note: '' });
  const [error, setError] = useState('');
  const picked = v.memberIds.map((id) => members.find((m) => m.id === id)).filter((m): m is Member => !!m);
  return (
    <Box component="form" aria-label="视察调研" sx={{ mt: 1 }}>
      <Stack direction="row" spacing={1}>
        <TextField size="small" label="日期" type="date" value={v.date} onChange={(e) => setV({ ...v, date: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField size="small" select label="方式" value={v.kind} sx={{ width: 100 }} onChange={(e) => setV({ ...v, kind: e.target.value as Visit['kind'] })}>
          {['视察', '调研', '座谈'].map((k) => <MenuItem key={k} value={k}>{k}</MenuItem>)}
        </TextField>
        <TextField size="small" select label="对应的活动（可不选）" value={v.sessionId} sx={{ flexGrow: 1 }} onChange={(e) => { const x = sessions.find((y) => y.id === e.target.value); setV({ ...v, sessionId: e.target.value, ...(x ? { date: x.date, memberIds: x.required.memberIds } : {}) }); }}>
          <MenuItem value="">不对应学习活动</MenuItem>
          {sessions.map((x) => <MenuItem key={x.id} value={x.id}>{x.date} {x.title}</MenuItem>)}
        </TextField>
      </Stack>
      <Autocomplete multiple size="small" sx={{ mt: 1 }} options={members} value={picked} onChange={(_, x) => setV({ ...v, memberIds: x.map((m) => m.id) })} getOptionLabel={(m) => m.name} isOptionEqualToValue={(a, b) => a.id === b.id}
        filterOptions={(opts, st) => opts.filter((m) => m.name.includes(st.inputValue)).slice(0, 50)} renderInput={(p) => <TextField {...p} label="参加的委员" />} />
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <TextField size="small" label="情况记录" value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} sx={{ flexGrow: 1 }} />
        <Button variant="outlined" onClick={() => { setError(''); addVisit(s.id, v).then(() => setV({ ...v, memberIds: [], note: '', sessionId: '' }), (e) => setError((e as Error).message)); }}>添加视察调研</Button>
      </Stack>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Box>
  );
}

/** One 民主监督 item: what is watched, the visits, the findings, the 意见建议 sent and the answer, the measures until closed. */
export function SupervisionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const office = useAppStore((st) => st.info?.office?.name ?? '');
  const s = useLiveQuery(async () => (await repos.supervisions.get(id)) ?? null, [id]);
  const measures = useLiveQuery(() => measuresOf(id), [id]);
  const { members, byId } = useMembers();
  const active = useMemo(() => (members ?? []).filter((m) => m.status === '在任'), [members]);
  const { write, view } = useExportNote();
  if (s === undefined || !measures || !members) return <Loading />;
  if (s === null || s.deleted) return <Alert severity="warning">找不到这个民主监督事项。</Alert>;
  const why = repos.supervisions.whyReadOnly(s);
  const closed = !!s.closedAt;
  const state = loopState(supervisionLoop(s), measures);
  const report = () => supervisionReport(s, office, measures);
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Button onClick={() => navigate('/consultations/supervision')}>返回民主监督</Button>
        <Typography variant="h6" component="h1" sx={{ flexGrow: 1 }} noWrap>{s.title}</Typography>
        <Typography variant="body2" color="text.secondary">{s.category} · {s.department}</Typography>
        <Chip label={state === '已召开' ? '已监督' : state === '计划中' ? '待开展' : state} color={STATE_COLORS[state]} data-testid="supervision-state" />
        <Button onClick={() => openInPrintCenter({ kind: 'formal', data: report() }, report().title, navigate)}>打印意见建议</Button>
        <Button onClick={() => void write(`${report().title}.docx`, () => formalDocx(report()), ' Word 文件')}>导出 Word</Button>
      </Stack>
      {why && <Alert severity="info" sx={{ mb: 1 }}>{why}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
            <Typography variant="subtitle1">监督内容：{s.subject || '—'}</Typography>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>视察、调研和座谈（{s.visits.length} 次）</Typography>
            {s.visits.map((v, i) => (
              <Typography key={i} variant="body2" data-testid="visit">{v.date} {v.kind}：{v.memberIds.map((m) => byId.get(m)?.name ?? '').filter(Boolean).join('、')}{v.note ? `。${v.note}` : ''}</Typography>
            ))}
            {!why && !closed && <VisitForm s={s} members={active} />}
            <Box sx={{ mt: 2 }}><Findings key={s.id} s={s} readOnly={!!why || closed} /></Box>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <MeasuresPanel table="supervisions" parentId={s.id} measures={measures} closed={closed} readOnly={!!why} />
          <OutcomePanel table="supervisions" rec={s} suggestedText={s.findings} canSend={s.visits.length > 0} readOnly={!!why} what="意见建议" />
          <LoopBar table="supervisions" id={s.id} closedAt={s.closedAt} readOnly={!!why} />
        </Grid>
      </Grid>
      {view}
    </>
  );
}
