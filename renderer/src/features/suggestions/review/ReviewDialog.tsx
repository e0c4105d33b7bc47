import { useState } from 'react';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import { OUTCOMES } from '../../../../../shared/domain/suggestion';
import type { ReviewField } from '../../../../../shared/suggestions/review';
import { refNames, useRefLists } from '../../members/data';
import { FieldErrors, reviewSuggestions } from '../data';
import { useOffice } from '../hooks';
import { ss } from '../strings';

/** 审阅 one suggestion or a selection at once; the earlier decision of each stays in its history. */
export function ReviewDialog({ ids, onClose, onDone }: { ids: string[]; onClose(): void; onDone(message: string): void }) {
  const office = useOffice();
  const lists = useRefLists();
  const [outcome, setOutcome] = useState('采纳');
  const [reason, setReason] = useState('');
  const [forwardUnit, setForwardUnit] = useState('');
  const [forwardDate, setForwardDate] = useState(localDate(new Date()));
  const [errors, setErrors] = useState<Partial<Record<ReviewField, string>>>({});
  const [error, setError] = useState('');

  async function submit() {
    try {
      const plan = await reviewSuggestions(ids, { outcome, reason, forwardUnit, forwardDate }, office.role, office.name);
      onDone(ss.reviewed(plan.writes.length, plan.skipped.length));
    } catch (e) {
      if (e instanceof FieldErrors) setErrors(e.errors);
      else setError((e as Error).message);
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{ids.length > 1 ? `${ss.review}：${ss.selected(ids.length)}` : ss.review}{office.role === 'hq' ? `（${ss.hqReview}）` : ''}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField select autoFocus size="small" label={ss.outcome} value={outcome} onChange={(e) => setOutcome(e.target.value)} error={!!errors.outcome} helperText={errors.outcome}>
            {OUTCOMES.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
          </TextField>
          {outcome === '转交' && (
            <Stack direction="row" spacing={1.5}>
              <Autocomplete freeSolo size="small" options={refNames(lists, 'unit')} inputValue={forwardUnit} onInputChange={(_, v) => setForwardUnit(v)} sx={{ flexGrow: 1 }}
                renderInput={(p) => <TextField {...p} label={ss.forwardUnit} error={!!errors.forwardUnit} helperText={errors.forwardUnit} />} />
              <TextField size="small" label={ss.forwardDate} value={forwardDate} onChange={(e) => setForwardDate(e.target.value)} error={!!errors.forwardDate} helperText={errors.forwardDate} sx={{ width: 170 }} />
            </Stack>
          )}
          <TextField size="small" multiline minRows={2} label={outcome === '不予采纳' ? `${ss.reason}（必填）` : ss.reason} value={reason} onChange={(e) => setReason(e.target.value)} error={!!errors.reason} helperText={errors.reason} />
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{ss.cancel}</Button>
        <Button variant="contained" onClick={() => void submit()}>{ss.confirm}</Button>
      </DialogActions>
    </Dialog>
  );
}
