import { useEffect, useState } from 'react';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid, MenuItem, TextField } from '@mui/material';
import { GENDERS, MEMBER_STATUSES, type Member } from '../../../../shared/domain/member';
import type { MemberInput } from '../../../../shared/members/validate';
import { refNames, useAllMembers, useRefLists } from './data';
import { checkMemberForm, type MemberFieldErrors } from './memberForm';
import { createMember, updateMember } from './memberOps';
import { FIELD_LABELS, ms } from './strings';
import { NewRecordOfficeNote } from '../../app/NewRecordOfficeNote';

type Form = MemberInput;
type FieldErrors = MemberFieldErrors;

const EMPTY: Form = {
  name: '', gender: '', ethnicity: '汉族', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '',
};

function fromMember(m: Member): Form {
  const { name, gender, ethnicity, party, sector, committees, unitAndPost, phone, memberNo, term, status, notes } = m;
  return { name, gender, ethnicity, party, sector, committees, unitAndPost, phone, memberNo, term, status, notes };
}

/** Options of a select: the list's names plus the current value if the list no longer has it. */
function withCurrent(options: string[], value: string): string[] {
  return value && !options.includes(value) ? [value, ...options] : options;
}

/** Add a member, or edit one, with every field of domain.md. Nothing is saved while a field is wrong. */
export function MemberDialog({ member, open, onClose, onSaved }: { member?: Member; open: boolean; onClose: () => void; onSaved?: (m: Member) => void }) {
  const lists = useRefLists();
  const members = useAllMembers();
  const [form, setForm] = useState<Form>(member ? fromMember(member) : EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (p: Partial<Form>) => setForm((f) => ({ ...f, ...p }));
  // A new member joins the current term: take it from the roster once it has loaded.
  const currentTerm = member ? '' : (members?.find((m) => m.status === '在任' && m.term)?.term ?? '');
  useEffect(() => {
    if (currentTerm) setForm((f) => (f.term ? f : { ...f, term: currentTerm }));
  }, [currentTerm]);

  async function save() {
    const checked = checkMemberForm(form, members ?? [], member?.id);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setSaving(true);
    try {
      const saved = member ? await updateMember(member.id, checked.value) : await createMember(checked.value);
      onSaved?.(saved);
      onClose();
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  const text = (k: 'name' | 'ethnicity' | 'unitAndPost' | 'phone' | 'memberNo' | 'term' | 'notes', size = 6, extra: object = {}) => (
    <Grid size={{ xs: 12, sm: size }}>
      <TextField
        fullWidth
        size="small"
        label={FIELD_LABELS[k]}
        value={form[k]}
        onChange={(e) => set({ [k]: e.target.value })}
        error={!!errors[k]}
        helperText={errors[k]}
        required={k === 'name'}
        {...extra}
      />
    </Grid>
  );
  const select = (k: 'gender' | 'party' | 'sector' | 'status', options: string[]) => (
    <Grid size={{ xs: 12, sm: 6 }}>
      <TextField select fullWidth size="small" label={FIELD_LABELS[k]} value={form[k]} onChange={(e) => set({ [k]: e.target.value })} error={!!errors[k]} helperText={errors[k]}>
        {k !== 'status' && <MenuItem value="">（未填）</MenuItem>}
        {withCurrent(options, form[k]).map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
      </TextField>
    </Grid>
  );

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{member ? ms.editTitle(member.name) : ms.addTitle}</DialogTitle>
      <DialogContent>
        {!member && <NewRecordOfficeNote />}
        {failure && <Alert severity="error" sx={{ mb: 2 }}>{failure}</Alert>}
        <Grid container spacing={2} sx={{ pt: 1 }}>
          {text('name', 6, { autoFocus: true })}
          {text('memberNo')}
          {select('gender', [...GENDERS])}
          {text('ethnicity')}
          {select('party', refNames(lists, 'party'))}
          {select('sector', refNames(lists, 'sector'))}
          <Grid size={12}>
            <Autocomplete
              multiple
              size="small"
              options={refNames(lists, 'committee')}
              value={form.committees}
              onChange={(_, v) => set({ committees: v })}
              renderInput={(params) => <TextField {...params} label={FIELD_LABELS.committees} />}
            />
          </Grid>
          {text('unitAndPost', 12)}
          {text('phone')}
          {text('term')}
          {select('status', [...MEMBER_STATUSES])}
          {text('notes', 12, { multiline: true, minRows: 2 })}
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{ms.cancel}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>{ms.save}</Button>
      </DialogActions>
    </Dialog>
  );
}
