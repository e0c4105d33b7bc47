import { useDeferredValue, useMemo, useRef, useState } from 'react';
import {
  Alert, Box, Button, Checkbox, Chip, MenuItem, Paper, Snackbar, Stack, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useNavigate } from 'react-router';
import { CHANNELS, STATUSES, type Suggestion } from '../../../../../shared/domain/suggestion';
import { sectorOf } from '../../../../../shared/suggestions/figures';
import { publicSubmitter } from '../../../../../shared/suggestions/privacy';
import { awaitingFeedback, awaitingReview, statusOf } from '../../../../../shared/suggestions/review';
import type { SuggestionFilter } from '../../../../../shared/suggestions/search';
import { findAll } from '../../../../../shared/text/similarity';
import { useOfficeFilter } from '../../../app/officeFilter';
import { useCurrentCampaign, useSuggestionUi } from '../hooks';
import { filterRows, snippet, sortedSuggestions } from './listRows';
import { Marked } from '../Marked';
import { ReviewDialog } from '../review/ReviewDialog';
import { SuggestionsToolbar } from './SuggestionsToolbar';
import { useSuggestionData } from '../store';
import { ss } from '../strings';

const ROW = 62;

/** The campaign select's value for every campaign at once. */
export const ALL = 'all';

export const STATUS_COLORS: Record<string, 'default' | 'warning' | 'success' | 'info' | 'error' | 'secondary'> = {
  待审: 'warning', 采纳: 'success', 部分采纳: 'success', 留作参考: 'info', 不予采纳: 'default', 转交: 'secondary', 并入: 'default',
};

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
  const data = useSuggestionData();
  const { campaignId, query, filter, selected, set } = useSuggestionUi();
  const officeFilter = useOfficeFilter();
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

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 8 });
  const setFilter = (p: Partial<SuggestionFilter>) => set({ filter: { ...filter, ...p }, selected: new Set() });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ selected: next });
  };
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <>
      <SuggestionsToolbar data={data} campaign={campaign} />
      {data && !data.campaigns.length && (
        <Alert severity="info" action={<Button onClick={() => navigate('/suggestions/campaigns/new')}>{ss.newCampaign}</Button>}>{ss.noCampaign}</Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <Chip color="warning" variant={filter.status === '待审' ? 'filled' : 'outlined'} label={ss.waitingReview(waiting.review)} data-testid="waiting-review"
          onClick={() => setFilter({ status: filter.status === '待审' ? undefined : '待审' })} />
        <Chip color="info" variant={filter.status === '待反馈' ? 'filled' : 'outlined'} label={ss.waitingFeedback(waiting.feedback)} data-testid="waiting-feedback"
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
        <Typography variant="body2" color="text.secondary" data-testid="list-count">{ss.shown(rows.length, waiting.total)}</Typography>
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
      <Paper ref={scroller} sx={{ height: 'calc(100vh - 250px)', overflow: 'auto' }} role="list" aria-label="建议列表">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => (
            <Row key={rows[v.index].id} s={rows[v.index]} query={q} top={v.start} checked={selected.has(rows[v.index].id)} onToggle={toggle}
              onOpen={(id) => navigate(`/suggestions/${id}`)} />
          ))}
        </div>
      </Paper>
      {reviewing && <ReviewDialog ids={reviewing} onClose={() => setReviewing(null)} onDone={(m) => { setReviewing(null); set({ selected: new Set() }); setNote(m); }} />}
      <Snackbar open={!!note} autoHideDuration={6000} onClose={() => setNote('')} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" onClose={() => setNote('')} data-testid="list-note">{note}</Alert>
      </Snackbar>
    </>
  );
}

function Row({ s, query, top, checked, onToggle, onOpen }: { s: Suggestion; query: string; top: number; checked: boolean; onToggle(id: string): void; onOpen(id: string): void }) {
  const status = statusOf(s);
  const sn = snippet(s.content, query);
  return (
    <Box role="listitem" data-testid="suggestion-row" data-id={s.id} data-status={status}
      onClick={() => onOpen(s.id)}
      sx={{
        position: 'absolute', top, left: 0, right: 0, height: ROW, display: 'flex', alignItems: 'center', gap: 1, px: 1, cursor: 'pointer',
        borderBottom: '1px solid', borderColor: 'divider', '&:hover': { bgcolor: 'action.hover' }, bgcolor: status === '待审' ? '#fffaf0' : undefined,
      }}>
      <Checkbox size="small" checked={checked} onClick={(e) => e.stopPropagation()} onChange={() => onToggle(s.id)} slotProps={{ input: { 'aria-label': `选择 ${s.title}` } as object }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: 600 }} data-testid="row-title"><Marked text={s.title} marks={query ? findAll(s.title, query) : []} /></Typography>
        <Typography variant="caption" color="text.secondary" noWrap component="div"><Marked text={sn.text} marks={sn.marks} /></Typography>
      </Box>
      <Typography variant="caption" sx={{ width: 84 }} noWrap>{s.category}</Typography>
      <Typography variant="caption" sx={{ width: 150 }} noWrap>
        <Marked text={publicSubmitter(s.submitter)} marks={query ? findAll(publicSubmitter(s.submitter), query) : []} />
      </Typography>
      <Typography variant="caption" sx={{ width: 56 }} noWrap>{s.channel}</Typography>
      <Typography variant="caption" sx={{ width: 76 }} noWrap>{s.receivedOn}</Typography>
      <Box sx={{ width: 110, display: 'flex', gap: 0.5 }}>
        <Chip size="small" label={status} color={STATUS_COLORS[status]} variant={status === '待审' ? 'filled' : 'outlined'} />
        {status !== '待审' && !s.feedback && <Chip size="small" label="待反馈" color="info" variant="outlined" />}
      </Box>
    </Box>
  );
}
