import { Box, Button, Card, CardContent, LinearProgress, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useNavigate } from 'react-router';
import { t } from '../../app/strings';
import type { StartStep } from './gettingStarted';

/** The getting-started list of a new office: each step ticks itself off from the data (gettingStarted.ts). */
export function GettingStarted({ steps, onDismiss }: { steps: StartStep[]; onDismiss: () => void }) {
  const navigate = useNavigate();
  const done = steps.filter((s) => s.done).length;
  const next = steps.find((s) => !s.done);
  return (
    <Card sx={{ mb: 2 }} data-testid="getting-started">
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>{t.home.startTitle}</Typography>
          <Typography variant="body2" color="text.secondary" data-testid="getting-started-progress">{t.home.startProgress(done, steps.length)}</Typography>
          <Button size="small" color="inherit" onClick={onDismiss}>{t.home.startDismiss}</Button>
        </Box>
        <LinearProgress variant="determinate" value={(100 * done) / steps.length} sx={{ my: 1 }} />
        <List dense aria-label={t.home.startTitle} disablePadding>
          {steps.map((s) => (
            <ListItem key={s.id} data-done={s.done} disableGutters
              secondaryAction={s.done ? undefined : (
                <Button size="small" variant={s === next ? 'contained' : 'text'} onClick={() => navigate(s.to)}>{s.action}</Button>
              )}>
              <ListItemIcon sx={{ minWidth: 36 }}>
                {s.done ? <CheckCircleIcon color="success" titleAccess={t.home.stepDone} /> : <RadioButtonUncheckedIcon color="disabled" titleAccess={t.home.stepTodo} />}
              </ListItemIcon>
              <ListItemText primary={s.label} secondary={s.hint}
                slotProps={{ primary: { sx: s.done ? { color: 'text.secondary', textDecoration: 'line-through' } : undefined } }} sx={{ pr: 14 }} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
