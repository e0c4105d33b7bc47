import { memo } from 'react';
import { Paper, Stack, Typography } from '@mui/material';
import type { LiveCounts } from '../../../../shared/attendance/figures';
import { s } from './strings';

/** 应到, 实到, 请假, 未到 (and late, walk-ins) as large figures. */
export const CountsBar = memo(function CountsBar({ counts, closed, large = false }: { counts: LiveCounts; closed: boolean; large?: boolean }) {
  return (
    <Stack direction="row" spacing={1.5} aria-label="出勤人数" role="group">
      {s.counts(counts, closed).map((c) => (
        <Paper key={c.key} sx={{ px: 2, py: 1, minWidth: large ? 120 : 90, textAlign: 'center' }} data-testid={`count-${c.key}`}>
          <Typography variant="body2" color="text.secondary">{c.label}</Typography>
          <Typography variant={large ? 'h3' : 'h5'} data-testid={`count-${c.key}-value`}
            color={(c.key === 'missing' || c.key === 'absent') && c.value > 0 ? 'warning.main' : 'text.primary'}>{c.value}</Typography>
        </Paper>
      ))}
    </Stack>
  );
});
