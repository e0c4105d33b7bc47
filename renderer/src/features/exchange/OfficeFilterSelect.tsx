import { useEffect } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useOfficeFilterStore } from '../../app/officeFilter';
import { useExchangeStore } from './store';
import { s } from './strings';

/** HQ's office filter in the app bar: which office's records the screens show. */
export function OfficeFilterSelect() {
  const { office, setOffice } = useOfficeFilterStore();
  const { status, load } = useExchangeStore();
  useEffect(() => {
    if (!status) void load();
  }, [status, load]);
  const offices = status?.peers.filter((p) => p.role === 'office') ?? [];
  return (
    <TextField
      select
      size="small"
      value={office ?? ''}
      onChange={(e) => setOffice(e.target.value || null)}
      sx={{ minWidth: 200, mr: 2, bgcolor: 'background.paper', borderRadius: 1 }}
      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'aria-label': s.officeFilter } as object } }}
      data-testid="office-filter"
    >
      <MenuItem value="">{s.allOffices}</MenuItem>
      {status && <MenuItem value={status.me.office}>{status.me.name}（{status.me.office}）</MenuItem>}
      {offices.map((p) => (
        <MenuItem key={p.node} value={p.office}>
          {p.name}（{p.office}）
        </MenuItem>
      ))}
    </TextField>
  );
}
