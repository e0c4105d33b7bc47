import { Box, Button, Card, CardContent, Chip, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { awaitingFeedback, awaitingReview } from '../../../../shared/suggestions/review';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { useVersionMemo } from '../../db/version-memo';
import { useSuggestionUi } from './hooks';
import { loadSuggestionData } from './store';

type Line = Pick<Suggestion, 'id' | 'title' | 'receivedOn'>;

/** What the card shows: the counts and the oldest few of each, small enough to keep (db/version-memo.ts). */
async function waiting(office: string | null): Promise<{ review: number; feedback: number; firstReview: Line[]; firstFeedback: Line[] }> {
  const data = await loadSuggestionData();
  const live = [...data.suggestions.values()].filter((s) => matchesOffice(office, s));
  const line = ({ id, title, receivedOn }: Suggestion): Line => ({ id, title, receivedOn });
  const oldest = (list: Suggestion[], n: number) => list.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn)).slice(0, n).map(line);
  const review = live.filter(awaitingReview);
  const feedback = live.filter(awaitingFeedback);
  return { review: review.length, feedback: feedback.length, firstReview: oldest(review, 3), firstFeedback: oldest(feedback, 2) };
}

/** On 首页: suggestions waiting for a review or for feedback to their submitter, oldest first. */
export function WaitingCard() {
  const navigate = useNavigate();
  const office = useOfficeFilter();
  const setUi = useSuggestionUi((s) => s.set);
  // Kept with the data version: at HQ, counting means reading 50,000 suggestions, not done at every start.
  const memo = useVersionMemo(`suggestions.waiting:${office ?? ''}`, () => waiting(office));
  const w = memo?.value;
  const open = (status: '待审' | '待反馈') => { setUi({ campaignId: 'all', filter: { status }, selected: new Set(), query: '' }); navigate('/suggestions'); };
  return (
    <Card>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>献一计待办</Typography>
          <Button size="small" onClick={() => navigate('/suggestions/new')}>录入建议</Button>
        </Box>
        {!w ? <Typography color="text.secondary">…</Typography> : (
          <>
            <Stack direction="row" spacing={1} sx={{ my: 1 }}>
              <Chip color="warning" label={`待审 ${w.review} 条`} onClick={() => open('待审')} data-testid="home-waiting-review" />
              <Chip color="info" label={`待反馈 ${w.feedback} 条`} onClick={() => open('待反馈')} data-testid="home-waiting-feedback" />
              {!memo.fresh && <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>正在更新…</Typography>}
            </Stack>
            {!w.review && !w.feedback && <Typography color="text.secondary">没有等待审阅或反馈的建议。</Typography>}
            <List dense aria-label="等待审阅的建议">
              {w.firstReview.map((s) => (
                <ListItemButton key={s.id} onClick={() => navigate(`/suggestions/${s.id}`)}>
                  <ListItemText primary={s.title} secondary={`待审 · 收到 ${s.receivedOn}`} />
                </ListItemButton>
              ))}
              {w.firstFeedback.map((s) => (
                <ListItemButton key={s.id} onClick={() => navigate(`/suggestions/${s.id}`)}>
                  <ListItemText primary={s.title} secondary={`待反馈 · 收到 ${s.receivedOn}`} />
                </ListItemButton>
              ))}
            </List>
          </>
        )}
      </CardContent>
    </Card>
  );
}
