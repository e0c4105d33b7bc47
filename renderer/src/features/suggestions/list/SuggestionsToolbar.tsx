import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import BarChartIcon from '@mui/icons-material/BarChartOutlined';
import { useNavigate } from 'react-router';
import type { Campaign } from '../../../../../shared/domain/suggestion';
import { useSuggestionUi } from '../hooks';
import { PrintMenu } from '../figures/PrintMenu';
import type { SuggestionData } from '../store';
import { ss } from '../strings';

/** The header of 献一计's list: the campaign shown, and the way to campaigns, figures, awards and print. */
export function SuggestionsToolbar({ data, campaign }: { data: SuggestionData | undefined; campaign: Campaign | undefined }) {
  const navigate = useNavigate();
  const { campaignId, set } = useSuggestionUi();
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1.5 }}>
      <Typography variant="h5">{ss.title}</Typography>
      <TextField select size="small" label={ss.campaign} value={campaignId === 'all' ? 'all' : (campaign?.id ?? '')} onChange={(e) => set({ campaignId: e.target.value, selected: new Set(), filter: {} })}
        sx={{ minWidth: 300, flexGrow: 1, maxWidth: 460 }} slotProps={{ htmlInput: { 'aria-label': ss.campaign } }}>
        {data?.campaigns.map((c) => <MenuItem key={c.id} value={c.id}>{c.title}（{c.startDate} 至 {c.endDate}）</MenuItem>)}
        <MenuItem value="all">全部征集活动</MenuItem>
      </TextField>
      <Stack direction="row" spacing={1} sx={{ flexGrow: 1, justifyContent: 'flex-end' }}>
        <Button onClick={() => navigate('/suggestions/campaigns')}>{ss.campaigns}</Button>
        <Button startIcon={<BarChartIcon />} onClick={() => navigate('/suggestions/figures')} disabled={!campaign}>{ss.figures}</Button>
        <Button onClick={() => navigate('/suggestions/awards')} disabled={!campaign}>{ss.awards}</Button>
        {campaign && data && <PrintMenu data={data} campaign={campaign} />}
      </Stack>
    </Stack>
  );
}
