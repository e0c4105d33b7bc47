import { useState } from 'react';
import { Alert, Autocomplete, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import { ADOPTIONS, RECIPIENTS, type Adoption, type FeedbackNote, type Submission } from '../../../../../shared/domain/consultation';
import { useAppStore } from '../../../app/store';
import { recordFeedback, sendOutcome } from '../data/writes';

type LoopTable = 'consultMeetings' | 'supervisions';

interface Rec { id: string; office: string; outcome: Submission | null; feedback: FeedbackNote | null; hqFeedback?: FeedbackNote | null; closedAt: string }

function FeedbackLine({ f, label, testId }: { f: FeedbackNote; label: string; testId: string }) {
  return <Alert severity={f.adoption === '未采纳' ? 'warning' : 'success'} sx={{ mt: 1 }} data-testid={testId}>{label}（{f.date}，{f.adoption}{f.by ? `，${f.by}` : ''}）：{f.text}</Alert>;
}

/** 报送 and 反馈: the outcome sent to its recipient, the recipient's feedback; at HQ, the feedback HQ received. */
export function OutcomePanel({ table, rec, suggestedText, canSend, readOnly, what }: { table: LoopTable; rec: Rec; suggestedText: string; canSend: boolean; readOnly: boolean; what: string }) {
  const me = useAppStore((s) => s.info?.office);
  const role = me?.role ?? 'office';
  const today = localDate(new Date());
  const [s, setS] = useState<Submission>({ recipient: table === 'consultMeetings' ? '街道党工委' : '', date: today, docNo: '', text: '' });
  const [f, setF] = useState<FeedbackNote>({ date: today, adoption: '采纳', text: '', by: '' });
  const [error, setError] = useState('');
  const atHq = role === 'hq' && rec.office !== me?.code;
  const mine = atHq ? rec.hqFeedback : rec.feedback;
  const run = async (fn: () => Promise<unknown>) => { setError(''); try { await fn(); } catch (e) { setError((e as Error).message); } };
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="outcome">
      <Typography variant="subtitle1" gutterBottom>{what}报送与反馈</Typography>
      {rec.outcome ? (
        <Box data-testid="outcome-sent">
          <Typography variant="body2">已于 {rec.outcome.date} 报送{rec.outcome.recipient}{rec.outcome.docNo ? `（${rec.outcome.docNo}）` : ''}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>{rec.outcome.text}</Typography>
        </Box>
      ) : !readOnly && canSend ? (
        <Stack spacing={1} component="form" aria-label="报送">
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Autocomplete freeSolo options={[...RECIPIENTS]} value={s.recipient} onInputChange={(_, v) => setS({ ...s, recipient: v })} sx={{ width: 220 }} renderInput={(p) => <TextField {...p} size="small" label="报送对象" />} />
            <TextField size="small" label="报送日期" type="date" value={s.date} onChange={(e) => setS({ ...s, date: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" label="文号（可不填）" value={s.docNo} onChange={(e) => setS({ ...s, docNo: e.target.value })} sx={{ flexGrow: 1 }} />
          </Stack>
          <TextField size="small" multiline minRows={3} label="报送的成果内容" value={s.text} onChange={(e) => setS({ ...s, text: e.target.value })}
            helperText={suggestedText && !s.text ? '可先用共识意见作为底稿' : ' '} />
          <Stack direction="row" spacing={1}>
            {suggestedText && !s.text && <Button size="small" onClick={() => setS({ ...s, text: suggestedText })}>用共识意见作底稿</Button>}
            <Button variant="contained" onClick={() => void run(() => sendOutcome(table, rec.id, s))}>记录报送</Button>
          </Stack>
        </Stack>
      ) : <Typography variant="body2" color="text.secondary">{canSend ? '尚未报送。' : table === 'consultMeetings' ? '协商议事会记为已召开后，可记录成果报送。' : '开展视察或调研后，可记录意见建议的报送。'}</Typography>}
      {rec.feedback && <FeedbackLine f={rec.feedback} label="反馈" testId="feedback" />}
      {rec.hqFeedback && <FeedbackLine f={rec.hqFeedback} label="区政协收到的反馈" testId="hq-feedback" />}
      {rec.outcome && !mine && !rec.closedAt && (!readOnly || atHq) && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }} component="form" aria-label="反馈">
          <TextField size="small" label="反馈日期" type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField size="small" select label="采纳情况" value={f.adoption} onChange={(e) => setF({ ...f, adoption: e.target.value as Adoption })} sx={{ width: 120 }}>
            {ADOPTIONS.map((a) => <MenuItem key={a} value={a}>{a}</MenuItem>)}
          </TextField>
          <TextField size="small" label={atHq ? '区政协收到的反馈内容' : '反馈内容'} value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} sx={{ width: '100%' }} />
          <Button variant="contained" onClick={() => void run(() => recordFeedback(table, rec.id, { ...f, by: me?.name ?? '' }, role, me?.code ?? ''))}>记录反馈</Button>
        </Stack>
      )}
      {error && <Alert severity="error" sx={{ mt: 1 }} onClose={() => setError('')} data-testid="outcome-error">{error}</Alert>}
    </Paper>
  );
}
