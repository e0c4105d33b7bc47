import { Alert, Typography } from '@mui/material';
import { t } from '../../app/strings';

/** A section that is not built yet says so plainly. */
export function NotBuilt({ section }: { section: string }) {
  return (
    <>
      <Typography variant="h5" gutterBottom>{section}</Typography>
      <Alert severity="info">{t.notBuilt(section)}</Alert>
    </>
  );
}
