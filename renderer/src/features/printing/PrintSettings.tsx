import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { PrinterInfo } from '../../../../shared/contract/print';
import type { Duplex, Orientation, PaperSize } from '../../../../shared/print/page';
import { ps } from './strings';

export interface Settings {
  printer: string;
  copies: number;
  range: string;
  paper: PaperSize;
  orientation: Orientation;
  duplex: Duplex;
}

interface Props {
  value: Settings;
  printers: PrinterInfo[];
  printerNote: string | null;
  fixedPage: boolean;
  rangeError: string | null;
  onChange(s: Partial<Settings>): void;
}

/** Printer, copies, pages, paper, orientation, duplex. */
export function PrintSettings({ value, printers, printerNote, fixedPage, rangeError, onChange }: Props) {
  return (
    <Stack spacing={1.5}>
      <TextField select size="small" label={ps.printer} value={printers.some((p) => p.name === value.printer) ? value.printer : ''} onChange={(e) => onChange({ printer: e.target.value })}
        helperText={printerNote ?? undefined} disabled={!printers.length}>
        {printers.length ? printers.map((p) => <MenuItem key={p.name} value={p.name}>{p.description}{p.isDefault ? '（默认）' : ''}</MenuItem>) : <MenuItem value="">{ps.noPrinter}</MenuItem>}
      </TextField>
      <Stack direction="row" spacing={1}>
        <TextField size="small" type="number" label={ps.copies} value={value.copies} sx={{ width: 100 }} slotProps={{ htmlInput: { min: 1, max: 999 } }}
          onChange={(e) => onChange({ copies: Math.max(1, Math.min(999, Number.parseInt(e.target.value || '1', 10) || 1)) })} />
        <TextField size="small" label={ps.range} value={value.range} placeholder={ps.rangeHelp} error={!!rangeError} helperText={rangeError ?? ps.rangeHelp}
          onChange={(e) => onChange({ range: e.target.value })} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction="row" spacing={1}>
        <TextField select size="small" label={ps.paper} value={fixedPage ? 'A4' : value.paper} disabled={fixedPage} sx={{ flex: 1 }} onChange={(e) => onChange({ paper: e.target.value as PaperSize })}>
          <MenuItem value="A4">A4</MenuItem>
          <MenuItem value="A3">A3</MenuItem>
        </TextField>
        <TextField select size="small" label={ps.orientation} value={fixedPage ? 'portrait' : value.orientation} disabled={fixedPage} sx={{ flex: 1 }}
          onChange={(e) => onChange({ orientation: e.target.value as Orientation })}>
          {(Object.keys(ps.orientations) as Orientation[]).map((o) => <MenuItem key={o} value={o}>{ps.orientations[o]}</MenuItem>)}
        </TextField>
      </Stack>
      {fixedPage && <Typography variant="caption" color="text.secondary">{ps.fixedPage}</Typography>}
      <TextField select size="small" label={ps.duplex} value={value.duplex} onChange={(e) => onChange({ duplex: e.target.value as Duplex })}>
        {(Object.keys(ps.duplexes) as Duplex[]).map((d) => <MenuItem key={d} value={d}>{ps.duplexes[d]}</MenuItem>)}
      </TextField>
    </Stack>
  );
}
