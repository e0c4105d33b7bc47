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

// 民族 starts empty: a default would be saved for members whose 民族 nobody entered.
const EMPTY: Form = {
  name: '', gender: '', ethnicity: '', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '',
  birthMonth: '', education: '', proTitle: '', address: '', postcode: '',
};

function fromMember(m: Member): Form {
  const { name, gender, ethnicity, party, sector, committees, unitAndPost, phone, memberNo, term, status, notes } = m;
  return {
    name, gender, ethnicity, party, sector, committees, unitAndPost, phone, memberNo, term, status, notes,
    birthMonth: m.birthMonth ?? '', education: m.education ?? '', proTitle: m.proTitle ?? '', address: m.address ?? '', postcode: m.postcode ?? '',
  };
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
  /** The same-name warning shown, for the name it was shown for: saving again with that name goes ahead. */
  const [sameName, setSameName] = useState<{ name: string; text: string } | null>(null);
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
    if (checked.sameName && sameName?.name !== checked.value.name) {
      setSameName({ name: checked.value.name, text: checked.sameName });
      return;
    }
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

  type TextKey = 'name' | 'ethnicity' | 'unitAndPost' | 'phone' | 'memberNo' | 'term' | 'notes' | 'birthMonth' | 'education' | 'proTitle' | 'address' | 'postcode';
  const text = (k: TextKey, size = 6, extra: object = {}) => (
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
          {text('birthMonth', 4, { placeholder: '1968-05' })}
          {text('education', 4)}
          {text('proTitle', 4)}
          {text('address', 9)}
          {text('postcode', 3, { placeholder: '213000' })}
          {select('status', [...MEMBER_STATUSES])}
          {text('notes', 12, { multiline: true, minRows: 2 })}
        </Grid>
        {sameName && sameName.name === form.name.replace(/\s+/g, '') && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="same-name-warning">{sameName.text}；确认无误请再点「{ms.saveAnyway}」。</Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{ms.cancel}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          {sameName && sameName.name === form.name.replace(/\s+/g, '') ? ms.saveAnyway : ms.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
