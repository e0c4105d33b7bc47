import { useEffect, useRef, useState } from 'react';
import {
  Alert, Box, Button, FormControlLabel, Grid, MenuItem, Paper, Radio, RadioGroup, Snackbar, Stack, TextField, Typography,
} from '@mui/material';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import type { Member } from '../../../../../shared/domain/member';
import { CHANNELS, type Suggestion } from '../../../../../shared/domain/suggestion';
import { charCount, type SuggestionField, type SuggestionInput } from '../../../../../shared/suggestions/validate';
import { NewRecordOfficeNote } from '../../../app/NewRecordOfficeNote';
import { FieldErrors, handlerName, setHandlerName, takeAndMerge, takeSuggestion, unmergeSuggestion } from '../data';
import { useActiveMembers, useCurrentCampaign, useOffice, useSuggestionUi } from '../hooks';
import { MemberPicker } from './MemberPicker';
import { SimilarPanel, useSimilar } from './SimilarPanel';
import { useSuggestionData, warmSuggestionIndex } from '../store';
import { ss } from '../strings';

const DRAFT_KEY = 'cd.suggestions.draft';

interface Draft {
  title: string;
  content: string;
  category: string;
  submitterKind: 'member' | 'citizen';
  memberId: string;
  citizenName: string;
  citizenUnit: string;
  citizenPhone: string;
  channel: string;
  receivedOn: string;
}

const blank = (today: string, keep?: Partial<Draft>): Draft => ({
  title: '', content: '', category: keep?.category ?? '', submitterKind: keep?.submitterKind ?? 'member', memberId: '',
  citizenName: '', citizenUnit: '', citizenPhone: '', channel: keep?.channel ?? '书面', receivedOn: keep?.receivedOn ?? today,
});

/** The draft as typed survives a crash or a closed window: it is saved on every change, cleared once taken in. */
function loadDraft(today: string): Draft {
  try {
    const raw = globalThis.localStorage?.getItem(DRAFT_KEY);
    if (raw) return { ...blank(today), ...(JSON.parse(raw) as Partial<Draft>) };
  } catch { /* a damaged draft is dropped */ }
  return blank(today);
}

/**
 * 录入建议: keyboard-first intake from paper, letters, calls and meetings.
 * Tab moves field to field; Ctrl+Enter is 保存并录入下一条, which keeps the
 * campaign, channel, date and category. Similar suggestions of the campaign
 * appear as the title and content are typed; 并入此条 takes the draft in and
 * merges it into that one.
 */
export function IntakePage() {
  const navigate = useNavigate();
  const today = localDate(new Date());
  const data = useSuggestionData();
  useEffect(() => { if (data) warmSuggestionIndex(); }, [data]);
  const campaign = useCurrentCampaign(data);
  const setUi = useSuggestionUi((s) => s.set);
  const members = useActiveMembers();
  const office = useOffice();
  const [d, setD] = useState<Draft>(() => loadDraft(today));
  const [errors, setErrors] = useState<Partial<Record<SuggestionField, string>>>({});
  const [note, setNote] = useState<{ text: string; severity: 'success' | 'warning' | 'error'; undo?: string } | null>(null);
  const [handler, setHandler] = useState(handlerName());
  const titleRef = useRef<HTMLInputElement>(null);
  const member = members?.find((m) => m.id === d.memberId) ?? null;

  useEffect(() => {
    globalThis.localStorage?.setItem(DRAFT_KEY, JSON.stringify(d));
  }, [d]);
  useEffect(() => {
    if (campaign && (!d.category || !campaign.categories.includes(d.category))) setD((x) => ({ ...x, category: campaign.categories[0] ?? '' }));
  }, [campaign, d.category]);

  const hits = useSimilar(data, campaign?.id, d);
  const n = charCount(d.content.trim());
  const cap = campaign?.contentCap ?? 0;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));

  function input(): SuggestionInput {
    return {
      campaignId: campaign?.id ?? '', title: d.title, content: d.content, category: d.category, submitterKind: d.submitterKind,
      member: member ? { id: member.id, name: member.name, sector: member.sector, unitAndPost: member.unitAndPost } : null,
      citizenName: d.citizenName, citizenUnit: d.citizenUnit, citizenPhone: d.citizenPhone, channel: d.channel, receivedOn: d.receivedOn,
    };
  }

  async function save(next: boolean, into?: Suggestion) {
    try {
      const r = into ? await takeAndMerge(input(), into.id, today, office.name) : await takeSuggestion(input(), today);
      setErrors({});
      const text = into ? ss.savedMerged(r.saved.title, into.title) : ss.saved(r.saved.title);
      setNote({ text: [text, ...r.warnings].join('；'), severity: r.warnings.length ? 'warning' : 'success', undo: into ? r.saved.id : undefined });
      if (next || into) {
        setD((x) => blank(today, x));
        titleRef.current?.focus();
      } else {
        globalThis.localStorage?.removeItem(DRAFT_KEY);
        navigate(`/suggestions/${r.saved.id}`);
      }
    } catch (e) {
      if (e instanceof FieldErrors) setErrors(e.errors);
      else setNote({ text: (e as Error).message, severity: 'error' });
    }
  }

  async function undo(id: string) {
    try {
      await unmergeSuggestion(id, office.name);
      setNote({ text: ss.unmerged, severity: 'success' });
    } catch (e) {
      setNote({ text: (e as Error).message, severity: 'error' });
    }
  }

  if (data && !data.campaigns.length) {
    return (
      <>
        <Typography variant="h5" gutterBottom>{ss.newSuggestion}</Typography>
        <Alert severity="info" action={<Button onClick={() => navigate('/suggestions/campaigns/new')}>{ss.newCampaign}</Button>}>{ss.noCampaign}</Alert>
      </>
    );
  }

  return (
    <Box onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(true); } }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{ss.newSuggestion}</Typography>
        <TextField select size="small" label={ss.campaign} value={campaign?.id ?? ''} onChange={(e) => setUi({ campaignId: e.target.value })} sx={{ minWidth: 280 }}>
          {data?.campaigns.map((c) => <MenuItem key={c.id} value={c.id}>{c.title}</MenuItem>)}
        </TextField>
        <TextField size="small" label={ss.handler} value={handler} onChange={(e) => { setHandler(e.target.value); setHandlerName(e.target.value); }} sx={{ width: 120 }} />
        <Button onClick={() => navigate('/suggestions')}>{ss.back}</Button>
      </Stack>
      <NewRecordOfficeNote />
      {campaign && today > campaign.endDate && <Alert severity="warning" sx={{ mb: 1 }}>{ss.afterEnd(campaign.endDate)}</Alert>}
      {errors.campaignId && <Alert severity="error" sx={{ mb: 1 }}>{errors.campaignId}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Paper sx={{ p: 2 }} component="form" aria-label="建议录入" onSubmit={(e) => { e.preventDefault(); void save(true); }}>
            <Stack spacing={1.5}>
              <TextField inputRef={titleRef} autoFocus size="small" label={ss.fields.title} value={d.title} onChange={(e) => set('title', e.target.value)} error={!!errors.title} helperText={errors.title} />
              <TextField
                label={ss.fields.content} value={d.content} onChange={(e) => set('content', e.target.value)} multiline minRows={6} maxRows={12}
                error={!!errors.content || (cap > 0 && n > cap)}
                helperText={
                  <Box component="span" sx={{ display: 'flex' }}>
                    <span style={{ flexGrow: 1 }}>{errors.content}</span>
                    <span data-testid="char-count">{ss.count(n, cap)}{cap > 0 && n > cap ? `，${ss.overCap(n - cap)}` : ''}</span>
                  </Box>
                }
              />
              <Stack direction="row" spacing={1.5}>
                <TextField select size="small" label={ss.fields.category} value={d.category} onChange={(e) => set('category', e.target.value)} error={!!errors.category} helperText={errors.category} sx={{ width: 180 }}>
                  {(campaign?.categories ?? []).map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
                </TextField>
                <TextField select size="small" label={ss.fields.channel} value={d.channel} onChange={(e) => set('channel', e.target.value)} error={!!errors.channel} helperText={errors.channel} sx={{ width: 140 }}>
                  {CHANNELS.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
                </TextField>
                <TextField size="small" label={ss.fields.receivedOn} value={d.receivedOn} onChange={(e) => set('receivedOn', e.target.value)} error={!!errors.receivedOn} helperText={errors.receivedOn} sx={{ width: 200 }} />
              </Stack>
              <RadioGroup row value={d.submitterKind} onChange={(e) => set('submitterKind', e.target.value as Draft['submitterKind'])} aria-label={ss.fields.submitter}>
                <Typography sx={{ alignSelf: 'center', mr: 2 }} color="text.secondary">{ss.fields.submitter}</Typography>
                <FormControlLabel value="member" control={<Radio size="small" />} label={ss.kinds.member} />
                <FormControlLabel value="citizen" control={<Radio size="small" />} label={ss.kinds.citizen} />
              </RadioGroup>
              {d.submitterKind === 'member' ? (
                <MemberPicker members={members ?? []} value={member} onChange={(m: Member | null) => set('memberId', m?.id ?? '')} error={errors.submitter} label={ss.fields.member} />
              ) : (
                <Stack direction="row" spacing={1.5}>
                  <TextField size="small" label={ss.fields.citizenName} value={d.citizenName} onChange={(e) => set('citizenName', e.target.value)} error={!!errors.citizenName} helperText={errors.citizenName} sx={{ width: 160 }} />
                  <TextField size="small" label={ss.fields.citizenUnit} value={d.citizenUnit} onChange={(e) => set('citizenUnit', e.target.value)} sx={{ flexGrow: 1 }} />
                  <TextField size="small" label={ss.fields.citizenPhone} value={d.citizenPhone} onChange={(e) => set('citizenPhone', e.target.value)} error={!!errors.citizenPhone} helperText={errors.citizenPhone} sx={{ width: 210 }} />
                </Stack>
              )}
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Button type="submit" variant="contained">{ss.saveNext}</Button>
                <Typography variant="caption" color="text.secondary">Ctrl+Enter</Typography>
                <Box sx={{ flexGrow: 1 }} />
                <Button onClick={() => void save(false)}>{ss.save}</Button>
              </Stack>
            </Stack>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }} sx={{ maxHeight: 'calc(100vh - 170px)', overflow: 'auto' }}>
          <SimilarPanel hits={hits} draft={d} onMerge={(s) => void save(true, s)} />
        </Grid>
      </Grid>
      <Snackbar open={!!note} autoHideDuration={10000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {note ? (
          <Alert severity={note.severity} onClose={() => setNote(null)} data-testid="intake-note"
            action={note.undo ? <Button color="inherit" size="small" onClick={() => void undo(note.undo!)}>{ss.undoMerge}</Button> : undefined}>
            {note.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </Box>
  );
}
