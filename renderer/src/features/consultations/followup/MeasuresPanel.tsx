import { useState } from 'react';
import { Alert, Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import { measureOverdue } from '../../../../../shared/consultations/followup';
import { MEASURE_STATES, type Measure, type MeasureState } from '../../../../../shared/domain/consultation';
import { useAppStore } from '../../../app/store';
import { addMeasure, recordProgress } from '../data/writes';

type LoopTable = 'consultMeetings' | 'supervisions';

const STATE_COLOR: Record<MeasureState, 'default' | 'warning' | 'success' | 'error'> = { 未启动: 'default', 推进中: 'warning', 已落实: 'success', 无法落实: 'error' };

/** The measures of a meeting or a supervision item: who and by when, each followed with dated progress; overdue ones stand out. */
export function MeasuresPanel({ table, parentId, measures, closed, readOnly }: { table: LoopTable; parentId: string; measures: Measure[]; closed: boolean; readOnly: boolean }) {
  const today = localDate(new Date());
  const office = useAppStore((s) => s.info?.office?.name ?? '');
  const [draft, setDraft] = useState({ text: '', owner: '', due: '' });
  const [progressFor, setProgressFor] = useState<string | null>(null);
  const [p, setP] = useState({ date: today, state: '推进中' as MeasureState, note: '', reason: '' });
  const [error, setError] = useState('');
  const run = async (fn: () => Promise<unknown>, after?: () => void) => {
    setError('');
    try { await fn(); after?.(); } catch (e) { setError((e as Error).message); }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="measures">
      <Typography variant="subtitle1" gutterBottom>议定措施与落实（{measures.filter((m) => m.state === '已落实').length}/{measures.length} 已落实）</Typography>
      {measures.map((m) => {
        const late = measureOverdue(m, today, closed);
        return (
          <Box key={m.id} data-testid="measure-row" sx={{ borderTop: 1, borderColor: 'divider', py: 1, px: 1, ...(late ? { bgcolor: '#fdecea' } : {}) }}>
            <Typography variant="body2">{m.text}</Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}>
              <Typography variant="caption" color="text.secondary">{m.owner}</Typography>
              {late ? <Chip size="small" color="error" label={`${m.due} 已超期`} data-testid="measure-overdue" /> : <Typography variant="caption" color="text.secondary">完成时限 {m.due}</Typography>}
              <Chip size="small" color={STATE_COLOR[m.state]} label={m.state} data-testid="measure-state" />
              <Box sx={{ flexGrow: 1 }} />
              {!readOnly && !closed && <Button size="small" onClick={() => { setProgressFor(m.id); setP({ date: today, state: m.state === '未启动' ? '推进中' : m.state, note: '', reason: m.reason }); }}>记录进展</Button>}
            </Stack>
            {m.progress.slice(-2).map((x, i) => <Typography key={i} variant="caption" color="text.secondary" sx={{ display: 'block' }}>{x.date} {x.state}{x.note ? `：${x.note}` : ''}</Typography>)}
          </Box>
        );
      })}
      {progressFor && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, alignItems: 'flex-start', flexWrap: 'wrap' }} component="form" aria-label="措施进展">
          <TextField size="small" label="日期" type="date" value={p.date} onChange={(e) => setP({ ...p, date: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField size="small" select label="状态" value={p.state} onChange={(e) => setP({ ...p, state: e.target.value as MeasureState })} sx={{ width: 120 }}>
            {MEASURE_STATES.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
          </TextField>
          {p.state === '无法落实'
            ? <TextField size="small" label="无法落实的原因" value={p.reason} onChange={(e) => setP({ ...p, reason: e.target.value })} sx={{ flexGrow: 1, minWidth: 220 }} />
            : <TextField size="small" label="进展说明" value={p.note} onChange={(e) => setP({ ...p, note: e.target.value })} sx={{ flexGrow: 1, minWidth: 220 }} />}
          <Button variant="contained" onClick={() => void run(() => recordProgress(table, progressFor, p, office), () => setProgressFor(null))}>保存进展</Button>
          <Button onClick={() => setProgressFor(null)}>取消</Button>
        </Stack>
      )}
      {!readOnly && !closed && (
        <Box component="form" aria-label="新增措施" sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }} onSubmit={(e) => { e.preventDefault(); void run(() => addMeasure(table, parentId, draft), () => setDraft({ text: '', owner: '', due: '' })); }}>
          <TextField size="small" label="措施内容" value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} sx={{ width: '100%' }} />
          <TextField size="small" label="责任单位" value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} sx={{ flexGrow: 1 }} />
          <TextField size="small" label="完成时限" type="date" value={draft.due} onChange={(e) => setDraft({ ...draft, due: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
          <Button type="submit" variant="outlined">添加措施</Button>
        </Box>
      )}
      {error && <Alert severity="error" sx={{ mt: 1 }} onClose={() => setError('')} data-testid="measure-error">{error}</Alert>}
    </Paper>
  );
}
