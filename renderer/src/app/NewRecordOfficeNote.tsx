import { Alert } from '@mui/material';
import { useOfficeFilter } from './officeFilter';
import { useAppStore } from './store';
import { t } from './strings';

/**
 * At HQ, says whose record a form is about to create: the office chosen in the
 * app bar's filter, or HQ itself while every office is shown (db/identity.ts
 * newRecordOffice). Offices create only their own records and see nothing.
 */
export function NewRecordOfficeNote() {
  const me = useAppStore((s) => s.info?.office);
  const filter = useOfficeFilter();
  if (me?.role !== 'hq') return null;
  return (
    <Alert severity={filter ? 'info' : 'warning'} sx={{ mb: 2 }} data-testid="new-record-office">
      {filter ? t.newRecordOffice.forOffice(filter) : t.newRecordOffice.forHq(me.name)}
    </Alert>
  );
}
