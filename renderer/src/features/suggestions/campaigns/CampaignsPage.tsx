import { useMemo, useState } from 'react';
import {
  Alert, Autocomplete, Button, Chip, Grid, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import { AWARD_LEVELS, type AwardLevel, type Campaign } from '../../../../../shared/domain/suggestion';
import type { CampaignField, CampaignInput } from '../../../../../shared/suggestions/validate';
import { NewRecordOfficeNote } from '../../../app/NewRecordOfficeNote';
import { refNames, useRefLists } from '../../members/data';
import { FieldErrors, saveCampaign } from '../data';
import { useOffice, useSuggestionUi } from '../hooks';
import { useSuggestionData } from '../store';
import { ss } from '../strings';

/** 征集活动: every campaign with its count; the one running today is marked. */
export function CampaignsPage() {
  const navigate = useNavigate();
  const data = useSuggestionData();
  const setUi = useSuggestionUi((s) => s.set);
  const today = localDate(new Date());
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of data?.suggestions.values() ?? []) if (!s.deleted) m.set(s.campaignId, (m.get(s.campaignId) ?? 0) + 1);
    return m;
  }, [data]);
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{ss.campaigns}</Typography>
        <Button onClick={() => navigate('/suggestions')}>{ss.back}</Button>
        <Button variant="contained" onClick={() => navigate('/suggestions/campaigns/new')}>{ss.newCampaign}</Button>
      </Stack>
      {data && !data.campaigns.length && <Alert severity="info">{ss.noCampaign}</Alert>}
      <TableContainer component={Paper}>
        <Table size="small" aria-label="征集活动列表">
          <TableHead>
            <TableRow><TableCell>活动名称</TableCell><TableCell>征集期</TableCell><TableCell>发起</TableCell><TableCell align="right">建议数</TableCell><TableCell /></TableRow>
          </TableHead>
          <TableBody>
            {data?.campaigns.map((c) => (
              <TableRow key={c.id} hover>
                <TableCell>{c.title}{c.startDate <= today && today <= c.endDate && <Chip size="small" color="success" label="进行中" sx={{ ml: 1 }} />}{today > c.endDate && <Chip size="small" label="已截止" sx={{ ml: 1 }} />}</TableCell>
                <TableCell>{c.startDate} 至 {c.endDate}</TableCell>
                <TableCell>{c.office}</TableCell>
                <TableCell align="right">{counts.get(c.id) ?? 0}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => { setUi({ campaignId: c.id, filter: {}, selected: new Set() }); navigate('/suggestions'); }}>查看建议</Button>
                  <Button size="small" onClick={() => navigate(`/suggestions/campaigns/${c.id}`)}>修改</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

function inputOf(c: Campaign | undefined, categories: string[], today: string): CampaignInput {
  if (!c) {
    const year = today.slice(0, 4);
    return {
      title: '', startDate: today, endDate: `${year}-12-31`, description: '', categories, contentCap: '2000',
      awards: { 特别奖: '1', 一等奖: '3', 二等奖: '5', 三等奖: '10', 优秀奖: '20' },
    };
  }
  return {
    title: c.title, startDate: c.startDate, endDate: c.endDate, description: c.description, categories: c.categories, contentCap: String(c.contentCap),
    awards: Object.fromEntries(AWARD_LEVELS.map((l) => [l, String(c.awards[l] ?? 0)])) as Record<AwardLevel, string>,
  };
}

/** New or edit: title, period, description, categories (the defaults, editable), content cap, award numbers. */
export function CampaignForm() {
  const { id } = useParams();
  const navigate = useNavigate();
  const data = useSuggestionData();
  const lists = useRefLists();
  const office = useOffice();
  const existing = id ? data?.campaigns.find((c) => c.id === id) : undefined;
  if (!data || !lists || (id && !existing)) return id && data && !existing ? <Alert severity="warning">找不到这个征集活动</Alert> : null;
  const readOnly = !!existing && office.role !== 'hq' && existing.office !== office.code;
  return <CampaignFormBody key={id ?? 'new'} initial={inputOf(existing, refNames(lists, 'suggestionCategory'), localDate(new Date()))} id={id} readOnly={readOnly}
    categoryOptions={refNames(lists, 'suggestionCategory')} onDone={() => navigate('/suggestions/campaigns')} />;
}

function CampaignFormBody({ initial, id, readOnly, categoryOptions, onDone }: { initial: CampaignInput; id?: string; readOnly: boolean; categoryOptions: string[]; onDone(): void }) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<CampaignField, string>>>({});
  const set = <K extends keyof CampaignInput>(k: K, x: CampaignInput[K]) => setV((p) => ({ ...p, [k]: x }));
  async function save() {
    try {
      await saveCampaign(v, id);
      onDone();
    } catch (e) {
      if (e instanceof FieldErrors) setErrors(e.errors);
      else setErrors({ title: (e as Error).message });
    }
  }
  return (
    <>
      <Typography variant="h5" gutterBottom>{id ? '修改征集活动' : ss.newCampaign}</Typography>
      {!id && <NewRecordOfficeNote />}
      {readOnly && <Alert severity="info" sx={{ mb: 2 }}>这个征集活动由区政协发布，办公室不能修改。</Alert>}
      <Paper sx={{ p: 2, maxWidth: 900 }} component="form" aria-label="征集活动" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Grid container spacing={2}>
          <Grid size={12}><TextField fullWidth size="small" autoFocus label="活动名称" value={v.title} onChange={(e) => set('title', e.target.value)} error={!!errors.title} helperText={errors.title} disabled={readOnly} /></Grid>
          <Grid size={4}><TextField fullWidth size="small" label="开始日期" value={v.startDate} onChange={(e) => set('startDate', e.target.value)} error={!!errors.startDate} helperText={errors.startDate} disabled={readOnly} /></Grid>
          <Grid size={4}><TextField fullWidth size="small" label="截止日期" value={v.endDate} onChange={(e) => set('endDate', e.target.value)} error={!!errors.endDate} helperText={errors.endDate} disabled={readOnly} /></Grid>
          <Grid size={4}><TextField fullWidth size="small" label="内容字数上限（0 为不限）" value={v.contentCap} onChange={(e) => set('contentCap', e.target.value)} error={!!errors.contentCap} helperText={errors.contentCap} disabled={readOnly} /></Grid>
          <Grid size={12}>
            <Autocomplete multiple freeSolo size="small" options={categoryOptions} value={v.categories} onChange={(_, x) => set('categories', x as string[])} disabled={readOnly}
              renderInput={(p) => <TextField {...p} label="类别（可增删，回车添加新类别）" error={!!errors.categories} helperText={errors.categories} />} />
          </Grid>
          <Grid size={12}><TextField fullWidth size="small" multiline minRows={2} label="说明" value={v.description} onChange={(e) => set('description', e.target.value)} error={!!errors.description} helperText={errors.description} disabled={readOnly} /></Grid>
          {AWARD_LEVELS.map((l) => (
            <Grid key={l} size={2.4}>
              <TextField fullWidth size="small" label={`${l}名额`} value={v.awards[l]} onChange={(e) => set('awards', { ...v.awards, [l]: e.target.value })} disabled={readOnly} />
            </Grid>
          ))}
          {errors.awards && <Grid size={12}><Alert severity="error">{errors.awards}</Alert></Grid>}
        </Grid>
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" disabled={readOnly}>{ss.save}</Button>
          <Button onClick={onDone}>{ss.cancel}</Button>
        </Stack>
      </Paper>
    </>
  );
}
