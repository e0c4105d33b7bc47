import { useMemo, useState } from 'react';
import { Alert, Button, Chip, MenuItem, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { AWARD_LEVELS, type AwardLevel } from '../../../../../shared/domain/suggestion';
import { awardsGiven } from '../../../../../shared/suggestions/awards';
import { publicSubmitter } from '../../../../../shared/suggestions/privacy';
import { statusOf } from '../../../../../shared/suggestions/review';
import { useOfficeFilter } from '../../../app/officeFilter';
import { setAward } from '../data';
import { useCurrentCampaign, useOffice } from '../hooks';
import { PrintMenu } from './PrintMenu';
import { campaignSuggestions } from './printJobs';
import { useSuggestionData } from '../store';
import { ss } from '../strings';

/** 评奖: the adopted suggestions of the campaign, each with its award; the numbers used against the campaign's. */
export function AwardsPage() {
  const navigate = useNavigate();
  const data = useSuggestionData();
  const campaign = useCurrentCampaign(data);
  const officeFilter = useOfficeFilter();
  const office = useOffice();
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const list = useMemo(() => (data && campaign ? campaignSuggestions(data, campaign.id, officeFilter) : []), [data, campaign, officeFilter]);
  const candidates = useMemo(() => list.filter((s) => s.award || statusOf(s) === '采纳' || statusOf(s) === '部分采纳')
    .sort((a, b) => (a.award ? AWARD_LEVELS.indexOf(a.award) : 9) - (b.award ? AWARD_LEVELS.indexOf(b.award) : 9) || a.receivedOn.localeCompare(b.receivedOn)), [list]);
  if (!data || !campaign) return null;
  const given = awardsGiven(list);
  async function give(id: string, level: AwardLevel | '') {
    try {
      await setAward(id, level, office.name);
      setNote({ text: level ? `已评为${level}` : '已取消奖项' });
    } catch (e) {
      setNote({ text: (e as Error).message, error: true });
    }
  }
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{ss.awards}：{campaign.title}</Typography>
        <Button onClick={() => navigate('/suggestions')}>{ss.back}</Button>
        <PrintMenu data={data} campaign={campaign} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        {AWARD_LEVELS.filter((l) => campaign.awards[l] > 0).map((l) => (
          <Chip key={l} color={given[l] >= campaign.awards[l] ? 'success' : 'default'} label={`${l} ${given[l]} / ${campaign.awards[l]}`} data-testid={`award-${l}`} />
        ))}
      </Stack>
      <Paper sx={{ maxHeight: 'calc(100vh - 220px)', overflow: 'auto' }}>
        <Table size="small" stickyHeader aria-label="评奖">
          <TableHead><TableRow><TableCell>标题</TableCell><TableCell>类别</TableCell><TableCell>提交人</TableCell><TableCell>结果</TableCell><TableCell>奖项</TableCell></TableRow></TableHead>
          <TableBody>
            {candidates.slice(0, 1000).map((s) => (
              <TableRow key={s.id} hover>
                <TableCell sx={{ cursor: 'pointer' }} onClick={() => navigate(`/suggestions/${s.id}`)}>{s.title}</TableCell>
                <TableCell>{s.category}</TableCell>
                <TableCell>{publicSubmitter(s.submitter)}</TableCell>
                <TableCell>{statusOf(s)}</TableCell>
                <TableCell>
                  <TextField select size="small" value={s.award} onChange={(e) => void give(s.id, e.target.value as AwardLevel | '')} sx={{ width: 120 }} slotProps={{ htmlInput: { 'aria-label': `${s.title}的奖项` } }}>
                    <MenuItem value="">{ss.noAward}</MenuItem>
                    {AWARD_LEVELS.filter((l) => campaign.awards[l] > 0).map((l) => <MenuItem key={l} value={l}>{l}</MenuItem>)}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Snackbar open={!!note} autoHideDuration={6000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="award-note">{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
