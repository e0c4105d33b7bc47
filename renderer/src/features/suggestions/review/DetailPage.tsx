import { useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, Grid, List, ListItem, ListItemText, MenuItem, Snackbar, Stack, TextField, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { AWARD_LEVELS, SUBMITTER_KINDS, type AwardLevel, type Review, type Suggestion } from '../../../../../shared/domain/suggestion';
import { credits } from '../../../../../shared/suggestions/merge';
import { publicSubmitter } from '../../../../../shared/suggestions/privacy';
import { describeChange, statusOf } from '../../../../../shared/suggestions/review';
import { historyOf, mergeSuggestion, setAward, unmergeSuggestion } from '../data';
import { FeedbackForm } from './FeedbackForm';
import { useOffice } from '../hooks';
import { STATUS_COLORS } from '../list/SuggestionRows';
import { ReviewDialog } from './ReviewDialog';
import { SimilarPanel, useSimilar } from '../intake/SimilarPanel';
import { useSuggestionData } from '../store';
import { ss } from '../strings';

function ReviewLine({ label, r }: { label: string; r: Review | null }) {
  if (!r) return null;
  return (
    <Typography variant="body2" data-testid="review-line">
      {label}：<b>{r.outcome}</b>{r.outcome === '转交' ? `（${r.forwardUnit}，${r.forwardDate}）` : ''}{r.reason ? `；${r.reason}` : ''}
      <Box component="span" sx={{ color: 'text.secondary' }}>　{r.by} {r.at.replace('T', ' ')}</Box>
    </Typography>
  );
}

/** One suggestion: its text, who gave it, review, feedback, award, merges and history. */
export function DetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const office = useOffice();
  const data = useSuggestionData();
  const s = data?.suggestions.get(id);
  const history = useLiveQuery(() => historyOf(id), [id, s?._rev]);
  const [reviewing, setReviewing] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const hits = useSimilar(data, s?.campaignId, s ?? { title: '', content: '' }, s?.id);
  const back = <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/suggestions')}>{ss.back}</Button>;
  if (!data) return null;
  if (!s || s.deleted) return <>{back}<Alert severity="warning" sx={{ mt: 2 }}>{ss.notFound}</Alert></>;
  const status = statusOf(s);
  const kept = s.mergedInto ? data.suggestions.get(s.mergedInto) : undefined;
  const children = [...data.suggestions.values()].filter((x) => x.mergedInto === s.id && !x.deleted);
  const campaign = data.campaigns.find((c) => c.id === s.campaignId);
  const run = (p: Promise<unknown>, ok: string) => p.then(() => setNote({ text: ok }), (e: Error) => setNote({ text: e.message, error: true }));

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
        {back}
        <Typography variant="h6" component="h1" sx={{ flexGrow: 1 }} noWrap>{s.title}</Typography>
        <Chip label={status} color={STATUS_COLORS[status]} data-testid="detail-status" />
        {s.award && <Chip color="secondary" label={s.award} />}
        {!s.mergedInto && <Button variant="contained" onClick={() => setReviewing(true)}>{ss.review}</Button>}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card sx={{ mb: 2 }}>
            <CardContent>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {campaign?.title} · {s.category} · {s.channel} · 收到 {s.receivedOn} · 办公室 {s.office}
              </Typography>
              <Typography variant="body2" gutterBottom data-testid="detail-submitter">
                {ss.fields.submitter}（{SUBMITTER_KINDS[s.submitter.kind]}）：{credits(s, children).map(publicSubmitter).join('、')}
                {s.submitter.kind === 'citizen' && s.submitter.phone && <Box component="span" sx={{ color: 'text.secondary' }}>　电话 {s.submitter.phone}（不打印）</Box>}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap', mt: 1 }} data-testid="detail-content">{s.content}</Typography>
            </CardContent>
          </Card>
          <Card sx={{ mb: 2 }}>
            <CardHeader title={`${ss.review}与${ss.feedback}`} slotProps={{ title: { variant: 'subtitle1' } }} />
            <CardContent>
              {kept && (
                <Alert severity="info" sx={{ mb: 1 }} action={<Button color="inherit" size="small" onClick={() => void run(unmergeSuggestion(s.id, office.name), ss.unmerged)}>{ss.undoMerge}</Button>}>
                  {ss.mergedInto}“<a href={`#/suggestions/${kept.id}`} onClick={(e) => { e.preventDefault(); navigate(`/suggestions/${kept.id}`); }}>{kept.title}</a>”
                </Alert>
              )}
              {s.mergedInto && !kept && (
                <Alert severity="info" sx={{ mb: 1 }} action={<Button color="inherit" size="small" onClick={() => void run(unmergeSuggestion(s.id, office.name), ss.unmerged)}>{ss.undoMerge}</Button>}>
                  已并入另一办公室的建议
                </Alert>
              )}
              <ReviewLine label={ss.officeReview} r={s.review} />
              <ReviewLine label={ss.hqReview} r={s.hqReview ?? null} />
              {status === '待审' && <Typography color="warning.main" variant="body2">尚未审阅</Typography>}
              {status !== '待审' && (
                <Box sx={{ mt: 2 }}>
                  {s.feedback ? (
                    <Typography variant="body2" sx={{ mb: 1 }} data-testid="feedback-line">已反馈：{s.feedback.date} {s.feedback.way}，{s.feedback.text}</Typography>
                  ) : <Typography variant="body2" color="info.main" sx={{ mb: 1 }}>尚未向提交人反馈</Typography>}
                  <FeedbackForm key={s._rev} s={s} onSaved={() => setNote({ text: ss.feedbackSaved })} />
                </Box>
              )}
              {!s.mergedInto && campaign && (
                <TextField select size="small" label={ss.award} value={s.award} sx={{ mt: 2, width: 160 }}
                  onChange={(e) => void run(setAward(s.id, e.target.value as AwardLevel | '', office.name), '奖项已更新')}>
                  <MenuItem value="">{ss.noAward}</MenuItem>
                  {AWARD_LEVELS.filter((l) => campaign.awards[l] > 0).map((l) => <MenuItem key={l} value={l}>{l}（{campaign.awards[l]} 名）</MenuItem>)}
                </TextField>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader title={ss.history} slotProps={{ title: { variant: 'subtitle1' } }} />
            <CardContent>
              {!history?.length && <Typography color="text.secondary" variant="body2">{ss.noHistory}</Typography>}
              <List dense aria-label={ss.history}>
                {history?.map((h) => (
                  <ListItem key={h.id} disableGutters data-testid="history-item">
                    <ListItemText primary={describeChange(h.kind, h.before, h.after)} secondary={`${h.by}　${h.at.replace('T', ' ')}`} />
                  </ListItem>
                ))}
              </List>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          {children.length > 0 && (
            <Card sx={{ mb: 2 }}>
              <CardHeader title={`${ss.mergedHere}（${children.length}）`} slotProps={{ title: { variant: 'subtitle1' } }} />
              <CardContent>
                {children.map((c: Suggestion) => (
                  <Stack key={c.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="merged-child">
                    <Typography variant="body2" sx={{ flexGrow: 1 }}>{c.title}（{publicSubmitter(c.submitter)}）</Typography>
                    <Button size="small" onClick={() => void run(unmergeSuggestion(c.id, office.name), ss.unmerged)}>{ss.undoMerge}</Button>
                  </Stack>
                ))}
              </CardContent>
            </Card>
          )}
          {!s.mergedInto && (
            <SimilarPanel hits={hits} draft={s} mergeLabel="把本条并入此条"
              onMerge={(into) => void run(mergeSuggestion(s.id, into.id, office.name), `已并入“${into.title}”`)} />
          )}
        </Grid>
      </Grid>
      {reviewing && <ReviewDialog ids={[s.id]} onClose={() => setReviewing(false)} onDone={(m) => { setReviewing(false); setNote({ text: m }); }} />}
      <Snackbar open={!!note} autoHideDuration={6000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="detail-note">{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
