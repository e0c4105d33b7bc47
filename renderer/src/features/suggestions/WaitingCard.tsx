import { useMemo } from 'react';
import { Box, Button, Card, CardContent, Chip, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { awaitingFeedback, awaitingReview } from '../../../../shared/suggestions/review';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { useSuggestionUi } from './hooks';
import { useSuggestionData } from './store';

/** On 首页: suggestions waiting for a review or for feedback to their submitter, oldest first. */
export function WaitingCard() {
  const navigate = useNavigate();
  const data = useSuggestionData();
  const office = useOfficeFilter();
  const setUi = useSuggestionUi((s) => s.set);
  const w = useMemo(() => {
    if (!data) return undefined;
    const live = [...data.suggestions.values()].filter((s) => matchesOffice(office, s));
    const review = live.filter(awaitingReview).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
    const feedback = live.filter(awaitingFeedback).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
    return { review, feedback };
  }, [data, office]);
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
              <Chip color="warning" label={`待审 ${w.review.length} 条`} onClick={() => open('待审')} data-testid="home-waiting-review" />
              <Chip color="info" label={`待反馈 ${w.feedback.length} 条`} onClick={() => open('待反馈')} data-testid="home-waiting-feedback" />
            </Stack>
            {!w.review.length && !w.feedback.length && <Typography color="text.secondary">没有等待审阅或反馈的建议。</Typography>}
            <List dense aria-label="等待审阅的建议">
              {w.review.slice(0, 3).map((s) => (
                <ListItemButton key={s.id} onClick={() => navigate(`/suggestions/${s.id}`)}>
                  <ListItemText primary={s.title} secondary={`待审 · 收到 ${s.receivedOn}`} />
                </ListItemButton>
              ))}
              {w.feedback.slice(0, 2).map((s) => (
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
