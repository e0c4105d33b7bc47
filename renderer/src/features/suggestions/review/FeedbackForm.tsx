import { useState } from 'react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import { FEEDBACK_WAYS, type Suggestion } from '../../../../../shared/domain/suggestion';
import type { FeedbackField } from '../../../../../shared/suggestions/review';
import { FieldErrors, recordFeedback } from '../data';
import { useOffice } from '../hooks';
import { ss } from '../strings';

/** 反馈: when and how the submitter was answered, and what they were told. */
export function FeedbackForm({ s, onSaved }: { s: Suggestion; onSaved(): void }) {
  const office = useOffice();
  const [date, setDate] = useState(s.feedback?.date ?? localDate(new Date()));
  const [way, setWay] = useState<string>(s.feedback?.way ?? (s.submitter.kind === 'citizen' && s.submitter.phone ? '电话' : '书面'));
  const [text, setText] = useState(s.feedback?.text ?? '');
  const [errors, setErrors] = useState<Partial<Record<FeedbackField, string>>>({});
  const [error, setError] = useState('');
  async function save() {
    try {
      await recordFeedback(s.id, { date, way, text }, office.name);
      setErrors({});
      setError('');
      onSaved();
    } catch (e) {
      if (e instanceof FieldErrors) setErrors(e.errors);
      else setError((e as Error).message);
    }
  }
  return (
    <Stack spacing={1.5} component="form" aria-label={ss.feedback} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {error && <Alert severity="error">{error}</Alert>}
      <Stack direction="row" spacing={1.5}>
        <TextField size="small" label={ss.feedbackDate} value={date} onChange={(e) => setDate(e.target.value)} error={!!errors.date} helperText={errors.date} sx={{ width: 170 }} />
        <TextField select size="small" label={ss.feedbackWay} value={way} onChange={(e) => setWay(e.target.value)} error={!!errors.way} helperText={errors.way} sx={{ width: 120 }}>
          {FEEDBACK_WAYS.map((w) => <MenuItem key={w} value={w}>{w}</MenuItem>)}
        </TextField>
      </Stack>
      <TextField size="small" multiline minRows={2} label={ss.feedbackText} value={text} onChange={(e) => setText(e.target.value)} error={!!errors.text} helperText={errors.text} />
      <Stack direction="row"><Button type="submit" variant="outlined">{s.feedback ? '修改反馈' : '记录反馈'}</Button></Stack>
    </Stack>
  );
}
