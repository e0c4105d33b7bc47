import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  Alert, Box, Button, Checkbox, Chip, MenuItem, Snackbar, Stack, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useNavigate } from 'react-router';
import { CHANNELS, STATUSES } from '../../../../../shared/domain/suggestion';
import { sectorOf } from '../../../../../shared/suggestions/figures';
import { awaitingFeedback, awaitingReview } from '../../../../../shared/suggestions/review';
import type { SuggestionFilter } from '../../../../../shared/suggestions/search';
import { useOfficeFilter } from '../../../app/officeFilter';
import { useCurrentCampaign, useSuggestionUi } from '../hooks';
import { useFirstRows } from './firstRows';
import { filterRows, sortedSuggestions } from './listRows';
import { ReviewDialog } from '../review/ReviewDialog';
import { SuggestionRows } from './SuggestionRows';
import { SuggestionsToolbar } from './SuggestionsToolbar';
import { useSuggestionData, warmSuggestionIndex } from '../store';
import { ss } from '../strings';

/** The campaign select's value for every campaign at once. */
export const ALL = 'all';

function Select({ label, value, options, onChange, width = 120 }: { label: string; value: string; options: readonly string[]; onChange(v: string): void; width?: number }) {
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ width }}>
      <MenuItem value="">{ss.all}</MenuItem>
      {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
    </TextField>
  );
}

/**
 * 献一计's main screen: the campaign's (or every) suggestions in a virtualised
 * list (smooth at HQ's 50,000), full-text search with hits marked, filters,
 * selection for a batch review, and what waits for review or feedback.
 */
export function ListPage() {
  const navigate = useNavigate();
  const { campaignId, query, filter, selected, set } = useSuggestionUi();
  const officeFilter = useOfficeFilter();
  // The plain view (no query, no filter) reads its first rows by index first: every suggestion takes seconds at HQ.
  const plain = !query.trim() && !Object.values(filter).some(Boolean);
  const first = useFirstRows(plain, campaignId, officeFilter);
  const data = useSuggestionData(!plain || first !== undefined);
  const [reviewing, setReviewing] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const q = useDeferredValue(query);
  const current = useCurrentCampaign(data);
  const campaign = campaignId === ALL ? undefined : current;
  const scope = useMemo<SuggestionFilter>(() => ({ ...filter, campaignId: campaign?.id }), [filter, campaign?.id]);

  const sorted = useMemo(() => (data ? sortedSuggestions(data) : []), [data]);
  const rows = useMemo(() => (data ? filterRows(data, sorted, q, scope, officeFilter) : []), [data, sorted, q, scope, officeFilter]);
  const waiting = useMemo(() => {
    const inScope = sorted.filter((s) => (!campaign || s.campaignId === campaign.id) && (!officeFilter || s.office === officeFilter));
    return { review: inScope.filter(awaitingReview).length, feedback: inScope.filter(awaitingFeedback).length, total: inScope.length };
  }, [sorted, campaign, officeFilter]);
  const sectors = useMemo(() => [...new Set(sorted.map(sectorOf))].sort((a, b) => a.localeCompare(b, 'zh')), [sorted]);

  const shownRows = data ? rows : (first ?? []);
  useEffect(() => { if (data) warmSuggestionIndex(); }, [data]);
  const setFilter = (p: Partial<SuggestionFilter>) => set({ filter: { ...filter, ...p }, selected: new Set() });
  const toggle = useCallback((id: string) => {
    const next = new Set(useSuggestionUi.getState().selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ selected: next });
  }, [set]);
  const open = useCallback((id: string) => navigate(`/suggestions/${id}`), [navigate]);
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <>
      <SuggestionsToolbar data={data} campaign={campaign} />
      {data && !data.campaigns.length && (
        <Alert severity="info" action={<Button onClick={() => navigate('/suggestions/campaigns/new')}>{ss.newCampaign}</Button>}>{ss.noCampaign}</Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <Chip color="warning" variant={filter.status === '待审' ? 'filled' : 'outlined'} label={data ? ss.waitingReview(waiting.review) : ss.waitingReviewLoading} data-testid="waiting-review"
          onClick={() => setFilter({ status: filter.status === '待审' ? undefined : '待审' })} />
        <Chip color="info" variant={filter.status === '待反馈' ? 'filled' : 'outlined'} label={data ? ss.waitingFeedback(waiting.feedback) : ss.waitingFeedbackLoading} data-testid="waiting-feedback"
          onClick={() => setFilter({ status: filter.status === '待反馈' ? undefined : '待反馈' })} />
        <TextField size="small" label={ss.search} value={query} onChange={(e) => set({ query: e.target.value, selected: new Set() })} sx={{ width: 260 }} />
        <Select label="类别" value={filter.category ?? ''} options={campaign?.categories ?? []} onChange={(v) => setFilter({ category: v || undefined })} width={130} />
        <Select label="状态" value={filter.status ?? ''} options={[...STATUSES, '待反馈']} onChange={(v) => setFilter({ status: (v || undefined) as SuggestionFilter['status'] })} width={110} />
        <Select label="渠道" value={filter.channel ?? ''} options={CHANNELS} onChange={(v) => setFilter({ channel: v || undefined })} width={100} />
        <TextField select size="small" label="提交人" value={filter.submitterKind ?? ''} onChange={(e) => setFilter({ submitterKind: (e.target.value || undefined) as SuggestionFilter['submitterKind'] })} sx={{ width: 90 }}>
          <MenuItem value="">{ss.all}</MenuItem>
          <MenuItem value="member">{ss.kinds.member}</MenuItem>
          <MenuItem value="citizen">{ss.kinds.citizen}</MenuItem>
        </TextField>
        <Select label="界别" value={filter.sector ?? ''} options={sectors} onChange={(v) => setFilter({ sector: v || undefined })} width={120} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, minHeight: 34 }}>
        <Checkbox size="small" checked={allShown} indeterminate={!allShown && selected.size > 0} onChange={() => set({ selected: allShown ? new Set() : new Set(rows.map((r) => r.id)) })} slotProps={{ input: { 'aria-label': '全选显示的建议' } as object }} />
        <Typography variant="body2" color="text.secondary" data-testid="list-count">{data ? ss.shown(rows.length, waiting.total) : ss.loading}</Typography>
        {selected.size > 0 && (
          <>
            <Typography variant="body2" sx={{ ml: 2 }}>{ss.selected(selected.size)}</Typography>
            <Button size="small" variant="contained" onClick={() => setReviewing([...selected])}>{ss.reviewSelected}</Button>
            <Button size="small" onClick={() => set({ selected: new Set() })}>{ss.clearSelection}</Button>
          </>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/suggestions/new')}>{ss.newSuggestion}</Button>
      </Stack>
      <SuggestionRows rows={shownRows} query={q} selected={selected} onToggle={toggle} onOpen={open} />
      {reviewing && <ReviewDialog ids={reviewing} onClose={() => setReviewing(null)} onDone={(m) => { setReviewing(null); set({ selected: new Set() }); setNote(m); }} />}
      <Snackbar open={!!note} autoHideDuration={6000} onClose={() => setNote('')} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" onClose={() => setNote('')} data-testid="list-note">{note}</Alert>
      </Snackbar>
    </>
  );
}
