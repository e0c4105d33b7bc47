import { Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { MEMBER_SORT_LABELS, type MemberSort } from '../../../../shared/print/build';
import type { DocForm } from './jobs';
import { ps } from './strings';

/** The fields of the chosen document. */
export function DocumentFields({ form, onChange }: { form: DocForm; onChange(f: Partial<DocForm>): void }) {
  const text = (key: 'title' | 'time' | 'place' | 'host' | 'notes', label: string, extra: object = {}) => (
    <TextField size="small" label={label} value={form[key]} onChange={(e) => onChange({ [key]: e.target.value })} {...extra} />
  );
  const sort = (
    <TextField select size="small" label={ps.sort} value={form.sort} onChange={(e) => onChange({ sort: e.target.value as MemberSort })}>
      {(Object.keys(MEMBER_SORT_LABELS) as MemberSort[]).map((s) => <MenuItem key={s} value={s}>{MEMBER_SORT_LABELS[s]}</MenuItem>)}
    </TextField>
  );
  switch (form.kind) {
    case 'signin':
      return (
        <Stack spacing={1.5}>
          {text('title', ps.docTitle)}
          {text('time', ps.time)}
          {text('place', ps.place)}
          {sort}
          <TextField
            size="small"
            type="number"
            label={ps.blankRows}
            value={form.blankRows}
            slotProps={{ htmlInput: { min: 0, max: 200 } }}
            onChange={(e) => onChange({ blankRows: Math.max(0, Math.min(200, Number.parseInt(e.target.value || '0', 10) || 0)) })}
          />
          <FormControlLabel control={<Checkbox checked={form.barcode} onChange={(e) => onChange({ barcode: e.target.checked })} />} label={ps.barcode} />
        </Stack>
      );
    case 'agenda':
      return (
        <Stack spacing={1.5}>
          {text('title', ps.docTitle)}
          {text('time', ps.time)}
          {text('place', ps.place)}
          {text('host', ps.host)}
          <TextField size="small" multiline minRows={4} label="议程事项" helperText={ps.items} value={form.itemsText} onChange={(e) => onChange({ itemsText: e.target.value })} />
          {text('notes', ps.notes, { multiline: true, minRows: 2 })}
        </Stack>
      );
    case 'tents':
      return (
        <Stack spacing={1.5}>
          {sort}
          <TextField select size="small" label={ps.tentSubtitle} value={form.tentSubtitle} onChange={(e) => onChange({ tentSubtitle: e.target.value as DocForm['tentSubtitle'] })}>
            {(Object.keys(ps.tentSubtitles) as DocForm['tentSubtitle'][]).map((s) => <MenuItem key={s} value={s}>{ps.tentSubtitles[s]}</MenuItem>)}
          </TextField>
        </Stack>
      );
    case 'roster':
      return (
        <Stack spacing={1.5}>
          {text('title', ps.docTitle)}
          {sort}
          <FormControlLabel control={<Checkbox checked={form.showPhone} onChange={(e) => onChange({ showPhone: e.target.checked })} />} label={ps.showPhone} />
        </Stack>
      );
    case 'formal':
      return <Typography variant="body2">{ps.formalIntro}</Typography>;
  }
}
