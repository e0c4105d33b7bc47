import { useDeferredValue, useMemo, useState } from 'react';
import {
  Box, Button, Card, CardActions, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Grid, Stack, Typography,
} from '@mui/material';
import type { Suggestion } from '../../../../../shared/domain/suggestion';
import { publicSubmitter } from '../../../../../shared/suggestions/privacy';
import { indexedText } from '../../../../../shared/suggestions/search';
import { statusOf } from '../../../../../shared/suggestions/review';
import { sharedPassages } from '../../../../../shared/text/similarity';
import { Marked } from '../Marked';
import type { SuggestionData } from '../store';
import { ss } from '../strings';

export interface SimilarHit {
  s: Suggestion;
  score: number;
}

/** The most similar suggestions of the campaign to a draft (or to one on file), deferred so typing stays smooth. */
export function useSimilar(data: SuggestionData | undefined, campaignId: string | undefined, draft: { title: string; content: string }, excludeId?: string): SimilarHit[] {
  const title = useDeferredValue(draft.title);
  const content = useDeferredValue(draft.content);
  return useMemo(() => {
    if (!data || !campaignId) return [];
    const hits = data.index().similar({ title, content }, {
      exclude: (id) => id === excludeId || data.suggestions.get(id)?.campaignId !== campaignId,
    });
    return hits.map((h) => ({ s: data.suggestions.get(h.key)!, score: h.score })).filter((h) => h.s);
  }, [data, campaignId, title, content, excludeId]);
}

/**
 * The list beside the intake form (and a suggestion's page): score, title,
 * the passages the on-file text shares with the draft marked; 对照 opens both
 * side by side, `onMerge` (when given) merges the draft into that one.
 */
export function SimilarPanel({ hits, draft, onMerge, mergeLabel = ss.mergeInto }: {
  hits: SimilarHit[];
  draft: { title: string; content: string };
  onMerge?: (s: Suggestion) => void;
  mergeLabel?: string;
}) {
  const [open, setOpen] = useState<Suggestion | null>(null);
  const draftText = indexedText(draft);
  return (
    <Box aria-label={ss.similar} role="region">
      <Typography variant="subtitle1" gutterBottom>{ss.similar}</Typography>
      {!hits.length && <Typography color="text.secondary" variant="body2">{draftText.trim() ? ss.noSimilar : ss.similarHint}</Typography>}
      <Stack spacing={1}>
        {hits.map(({ s, score }) => (
          <Card key={s.id} variant="outlined" data-testid="similar-item">
            <CardContent sx={{ pb: 0.5 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                <Chip size="small" color={score >= 0.6 ? 'warning' : 'default'} label={ss.score(score)} data-testid="similar-score" />
                <Chip size="small" variant="outlined" label={statusOf(s)} />
              </Stack>
              <Typography variant="body2" sx={{ fontWeight: 600 }}><Marked text={s.title} marks={sharedPassages(s.title, draftText)} /></Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                <Marked text={s.content} marks={sharedPassages(s.content, draftText)} max={120} />
              </Typography>
              <Typography variant="caption" color="text.secondary">{publicSubmitter(s.submitter)} · {s.receivedOn}</Typography>
            </CardContent>
            <CardActions sx={{ pt: 0 }}>
              <Button size="small" onClick={() => setOpen(s)}>{ss.compare}</Button>
              {onMerge && !s.mergedInto && <Button size="small" color="warning" onClick={() => onMerge(s)}>{mergeLabel}</Button>}
            </CardActions>
          </Card>
        ))}
      </Stack>
      <Dialog open={!!open} onClose={() => setOpen(null)} maxWidth="lg" fullWidth>
        <DialogTitle>{ss.compare}</DialogTitle>
        {open && (
          <DialogContent>
            <Grid container spacing={2}>
              <Grid size={6} aria-label="正在录入">
                <Typography variant="overline">正在录入</Typography>
                <Typography variant="subtitle1"><Marked text={draft.title} marks={sharedPassages(draft.title, indexedText(open))} /></Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}><Marked text={draft.content} marks={sharedPassages(draft.content, indexedText(open))} /></Typography>
              </Grid>
              <Grid size={6} aria-label="已有建议">
                <Typography variant="overline">已有建议 · {publicSubmitter(open.submitter)} · {open.receivedOn}</Typography>
                <Typography variant="subtitle1"><Marked text={open.title} marks={sharedPassages(open.title, draftText)} /></Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}><Marked text={open.content} marks={sharedPassages(open.content, draftText)} /></Typography>
              </Grid>
            </Grid>
          </DialogContent>
        )}
        <DialogActions>
          <Button onClick={() => setOpen(null)}>关闭</Button>
          {open && onMerge && !open.mergedInto && <Button color="warning" variant="contained" onClick={() => { onMerge(open); setOpen(null); }}>{mergeLabel}</Button>}
        </DialogActions>
      </Dialog>
    </Box>
  );
}
