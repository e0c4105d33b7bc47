import { ListSubheader, MenuItem, TextField } from '@mui/material';
import type { DutyTerm } from '../../../../shared/duty/rules';

/** Year (the last six) or term (届) to count over; a term not yet begun has nothing to count and is not offered. */
export function PeriodSelect({ value, onChange, terms }: { value: string; onChange(v: string): void; terms: readonly DutyTerm[] }) {
  const now = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => now - i);
  return (
    <TextField select size="small" label="统计期间" value={value} onChange={(e) => onChange(e.target.value)} sx={{ width: 190 }} slotProps={{ htmlInput: { 'data-testid': 'period-select' } }}>
      <ListSubheader>年度</ListSubheader>
      {years.map((y) => <MenuItem key={y} value={`year:${y}`}>{y}年度</MenuItem>)}
      <ListSubheader>届</ListSubheader>
      {terms.filter((t) => t.from.slice(0, 4) <= String(now)).map((t) => <MenuItem key={t.name} value={`term:${t.name}`}>{t.name}（{t.from.slice(0, 4)}—{t.to.slice(0, 4)}）</MenuItem>)}
    </TextField>
  );
}
