import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert, Autocomplete, Box, Button, Checkbox, FormControlLabel, Grid, Paper, Stack, TextField, Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { memberLabel } from '../../../../shared/members/label';
import type { Member } from '../../../../shared/domain/member';
import { SESSION_KINDS, type SessionInput } from '../../../../shared/domain/session';
import { resolveRequired } from '../../../../shared/attendance/required';
import { repos } from '../../db';
import { activeMembers, checkSession, copyOf, inputOf, saveSession, type FieldErrors } from './data';
import { copyMaterials } from './materials';
import { memberFinder } from './memberFinder';
import { s } from './strings';
import { NewRecordOfficeNote } from '../../app/NewRecordOfficeNote';

const EMPTY: SessionInput = {
  title: '', kind: '学习会', date: '', startTime: '09:00', endTime: '11:00', place: '', organiser: '工委办公室', host: '', topic: '', agenda: [],
  required: { all: false, committees: [], sectors: [], memberIds: [] },
};

/** Plan a session, change one, or plan the next one from a copy. */
export function SessionForm({ mode }: { mode: 'new' | 'edit' | 'copy' }) {
  const { id } = useParams();
  const navigate = useNavigate();
  const source = useLiveQuery(async () => (id ? ((await repos.sessions.get(id)) ?? null) : null), [id]);
  const members = useLiveQuery(() => activeMembers(), []);
  const refs = useLiveQuery(() => repos.refLists.all(), []);
  const kinds = useLiveQuery(async () => {
    const used = new Set<string>(SESSION_KINDS);
    await repos.sessions.read.each((x) => { if (!x.deleted) used.add(x.kind); });
    return [...used];
  }, []);
  const [form, setForm] = useState<SessionInput>(EMPTY);
  const [agendaText, setAgendaText] = useState('');
  const [loaded, setLoaded] = useState(mode === 'new');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [withMaterials, setWithMaterials] = useState(true);
  const [savedWithMissing, setSavedWithMissing] = useState<{ id: string; missing: string[] } | null>(null);
  /** After the first save that found errors, every change re-checks the form, so a fixed field loses its message at once. */
  const [checking, setChecking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!checking) return;
    const checked = checkSession({ ...form, agenda: agendaText.split('\n') });
    setErrors(checked.ok ? {} : checked.errors);
  }, [checking, form, agendaText]);

  useEffect(() => {
    if (loaded || !source) return;
    const input = mode === 'copy' ? copyOf(source) : inputOf(source);
    setForm(input);
    setAgendaText(input.agenda.join('\n'));
    setLoaded(true);
  }, [source, mode, loaded]);

  const finder = useMemo(() => memberFinder(members ?? []), [members]);
  const byId = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  const committees = (refs ?? []).filter((r) => r.kind === 'committee').sort((a, b) => a.order - b.order).map((r) => r.name);
  const sectors = (refs ?? []).filter((r) => r.kind === 'sector').sort((a, b) => a.order - b.order).map((r) => r.name);
  const resolved = useMemo(() => resolveRequired(form.required, members ?? []).size, [form.required, members]);

  const set = <K extends keyof SessionInput>(k: K, v: SessionInput[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setRequired = (changes: Partial<SessionInput['required']>) => setForm((f) => ({ ...f, required: { ...f.required, ...changes } }));

  if (source === null && mode !== 'new') return <Alert severity="warning">找不到这次活动</Alert>;

  async function submit() {
    const input = { ...form, agenda: agendaText.split('\n') };
    const checked = checkSession(input);
    if (!checked.ok) {
      setErrors(checked.errors);
      setChecking(true);
      // Bring the first wrong field into view (the form is longer than the screen) once the messages are drawn.
      requestAnimationFrame(() => {
        const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]');
        first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        if (first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement) first.focus({ preventScroll: true });
      });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveSession(input, mode === 'edit' ? id : undefined);
      if (mode === 'copy' && source && withMaterials && source.materials.length) {
        const { missing } = await copyMaterials(source, saved);
        if (missing.length) {
          setSavedWithMissing({ id: saved.id, missing });
          return;
        }
      }
      navigate(`/sessions/${saved.id}`, { replace: true });
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const heading = mode === 'new' ? s.form.newTitle : mode === 'edit' ? s.form.editTitle : s.form.copyTitle;
  const field = (k: keyof SessionInput, label: string, { help, ...extra }: { help?: string } & Record<string, unknown> = {}) => (
    <TextField label={label} value={form[k] as string} onChange={(e) => set(k, e.target.value as never)} fullWidth
      error={!!errors[k]} helperText={errors[k] ?? help} {...extra} />
  );

  return (
    <Paper sx={{ p: 3, maxWidth: 980 }}>
      <Typography variant="h5" gutterBottom>{heading}</Typography>
      {mode !== 'edit' && <NewRecordOfficeNote />}
      {!loaded ? null : (
        <Box component="form" ref={formRef} onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
          <Grid container spacing={2}>
            <Grid size={12}>{field('title', s.form.title, { autoFocus: true })}</Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Autocomplete freeSolo options={kinds ?? [...SESSION_KINDS]} value={form.kind} onInputChange={(_, v) => set('kind', v)}
                renderInput={(p) => <TextField {...p} label={s.form.kind} error={!!errors.kind} helperText={errors.kind ?? s.form.kindHelp} />} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>{field('date', s.form.date, { placeholder: '2026-03-05', help: s.form.dateHelp })}</Grid>
            <Grid size={{ xs: 6, md: 2 }}>{field('startTime', s.form.startTime, { placeholder: '09:00' })}</Grid>
            <Grid size={{ xs: 6, md: 2 }}>{field('endTime', s.form.endTime, { placeholder: '11:00' })}</Grid>
            <Grid size={{ xs: 12, md: 4 }}>{field('place', s.form.place)}</Grid>
            <Grid size={{ xs: 12, md: 4 }}>{field('organiser', s.form.organiser, { help: s.form.organiserHelp })}</Grid>
            <Grid size={{ xs: 12, md: 4 }}>{field('host', s.form.host, { help: s.form.hostHelp })}</Grid>
            <Grid size={12}>{field('topic', s.form.topic, { multiline: true, minRows: 2 })}</Grid>
            <Grid size={12}>
              <TextField label={s.form.agenda} value={agendaText} onChange={(e) => setAgendaText(e.target.value)} fullWidth multiline minRows={3}
                error={!!errors.agenda} helperText={errors.agenda} />
            </Grid>
            <Grid size={12}>
              <Typography variant="subtitle1" sx={{ mt: 1 }}>{s.form.required}</Typography>
              <FormControlLabel control={<Checkbox checked={form.required.all} onChange={(e) => setRequired({ all: e.target.checked })} />} label={s.form.all} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Autocomplete multiple options={committees} value={form.required.committees} disabled={form.required.all}
                onChange={(_, v) => setRequired({ committees: v })} renderInput={(p) => <TextField {...p} label={s.form.committees} />} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Autocomplete multiple options={sectors} value={form.required.sectors} disabled={form.required.all}
                onChange={(_, v) => setRequired({ sectors: v })} renderInput={(p) => <TextField {...p} label={s.form.sectors} />} />
            </Grid>
            <Grid size={12}>
              <Autocomplete<Member, true>
                multiple
                options={members ?? []}
                value={form.required.memberIds.map((mid) => byId.get(mid)).filter((m): m is Member => !!m)}
                getOptionLabel={memberLabel}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                filterOptions={(_, st) => finder.find(st.inputValue, 20)}
                onChange={(_, v) => setRequired({ memberIds: v.map((m) => m.id) })}
                renderInput={(p) => <TextField {...p} label={s.form.members} helperText={s.form.membersHelp} />}
              />
            </Grid>
            <Grid size={12}>
              <Typography color={errors.required ? 'error' : 'text.secondary'} data-testid="resolved-count" data-error={errors.required ? 'true' : undefined}>
                {[errors.required, members ? s.form.resolved(resolved) : '正在读取名册…'].filter(Boolean).join('；')}
              </Typography>
            </Grid>
          </Grid>
          {mode === 'copy' && !!source?.materials.length && (
            <FormControlLabel sx={{ mt: 2 }} control={<Checkbox checked={withMaterials} onChange={(e) => setWithMaterials(e.target.checked)} />}
              label={s.form.copyMaterials(source.materials.length)} />
          )}
          {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
          {savedWithMissing && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="copy-missing"
              action={<Button color="inherit" onClick={() => navigate(`/sessions/${savedWithMissing.id}`, { replace: true })}>{s.form.openNew}</Button>}>
              {s.form.copyMissing(savedWithMissing.missing.join('、'))}
            </Alert>
          )}
          <Stack direction="row" spacing={2} sx={{ mt: 3 }}>
            <Button type="submit" variant="contained" disabled={busy || !!savedWithMissing}>{s.form.save}</Button>
            <Button onClick={() => navigate(-1)}>{s.form.cancel}</Button>
          </Stack>
        </Box>
      )}
    </Paper>
  );
}
