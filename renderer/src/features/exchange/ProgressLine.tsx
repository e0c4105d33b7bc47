import { Box, LinearProgress, Typography } from '@mui/material';
import type { Progress } from '../../sync/caller';

export function ProgressLine({ progress }: { progress: Progress | null }) {
  if (!progress) return null;
  const value = progress.total ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  return (
    <Box sx={{ my: 1 }}>
      <LinearProgress variant="determinate" value={value} aria-label="进度" />
      <Typography variant="caption" color="text.secondary">
        {progress.label}
        {progress.total ? `（${progress.done}/${progress.total}）` : ''}
      </Typography>
    </Box>
  );
}
