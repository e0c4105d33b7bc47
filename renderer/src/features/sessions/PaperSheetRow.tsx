import { memo, useState, type KeyboardEvent } from 'react';
import { Stack, TableCell, TableRow, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { Member } from '../../../../shared/domain/member';
import { SHEET_LABELS, type SheetChoice, type SheetEntry } from '../../../../shared/attendance/sheet';
import { s } from './strings';

const REQUIRED_CHOICES: readonly SheetChoice[] = ['present', 'late', 'leave', 'absent', 'none'];
const WALKIN_CHOICES: readonly SheetChoice[] = ['present', 'none'];
/** Number keys on a focused row: 1 出席, 2 迟到, 3 请假, 4 缺席, 0 未录. */
const KEYS: Record<string, SheetChoice> = { '1': 'present', '2': 'late', '3': 'leave', '4': 'absent', '0': 'none' };

export interface SheetRowProps {
  no: number;
  member: Member;
  required: boolean;
  entry: SheetEntry;
  changed: boolean;
  /** What the record says now (signed in at the door, made up …), or ''. */
  note: string;
  error: string;
  onChange(memberId: string, entry: SheetEntry): void;
}

function label(choice: SheetChoice, required: boolean): string {
  return !required && choice === 'present' ? s.sheet.walkin : SHEET_LABELS[choice];
}

/** Move the focus to the row above or below (rows are focusable, the keys work from anywhere in a row but its text fields). */
function moveFocus(from: HTMLElement, step: 1 | -1) {
  const tr = from.closest('tr');
  const next = (step > 0 ? tr?.nextElementSibling : tr?.previousElementSibling) as HTMLElement | null;
  next?.focus();
}

/** One row of the paper sheet: who, then the status chosen, then the time or the leave reason it needs. */
export const PaperSheetRow = memo(function PaperSheetRow({ no, member, required, entry, changed, note, error, onChange }: SheetRowProps) {
  const [focusDetail, setFocusDetail] = useState(false);
  const choices = required ? REQUIRED_CHOICES : WALKIN_CHOICES;
  const set = (patch: Partial<SheetEntry>) => onChange(member.id, { ...entry, ...patch });
  const choose = (choice: SheetChoice) => {
    if (!choices.includes(choice)) return;
    setFocusDetail(choice === 'late' || choice === 'leave');
    set({ choice });
  };

  function onKeyDown(e: KeyboardEvent<HTMLTableRowElement>) {
    const typing = (e.target as HTMLElement).tagName === 'INPUT';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(e.target as HTMLElement, e.key === 'ArrowDown' ? 1 : -1);
    } else if (!typing && KEYS[e.key] && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      choose(KEYS[e.key]);
    }
  }

  const name = member.name;
  return (
    <TableRow hover tabIndex={0} data-member={name} data-changed={changed || undefined} onKeyDown={onKeyDown}
      sx={{ '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 } }}>
      {/* A changed row is marked at its start, so the exceptions stand out after 全部标为出席. */}
      <TableCell align="center" sx={{ borderLeft: 3, borderLeftColor: changed ? 'info.main' : 'transparent' }}>{no}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{name}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{member.sector}</TableCell>
      <TableCell sx={{ maxWidth: 260 }}>{member.unitAndPost}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <ToggleButtonGroup size="small" exclusive value={entry.choice} aria-label={`${name} 出勤`}
          onChange={(_, v: SheetChoice | null) => v && choose(v)}>
          {choices.map((c) => (
            <ToggleButton key={c} value={c} sx={{ px: 1.25, py: 0.25 }} tabIndex={-1}
              color={c === 'absent' ? 'error' : c === 'late' || c === 'leave' ? 'warning' : c === 'none' ? 'standard' : 'success'}>
              {label(c, required)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </TableCell>
      <TableCell sx={{ minWidth: 300 }}>
        <Stack direction="row" spacing={1}>
          {entry.choice === 'late' && (
            <TextField size="small" value={entry.time} placeholder="09:15" autoFocus={focusDetail} error={!!error} sx={{ width: 110 }}
              onChange={(e) => set({ time: e.target.value })} slotProps={{ htmlInput: { 'aria-label': `${name} ${s.sheet.time}` } }} />
          )}
          {entry.choice === 'leave' && (
            <>
              <TextField size="small" value={entry.reason} placeholder={s.sheet.reason} autoFocus={focusDetail} error={!!error} sx={{ flex: 2 }}
                onChange={(e) => set({ reason: e.target.value })} slotProps={{ htmlInput: { 'aria-label': `${name} ${s.sheet.reason}` } }} />
              <TextField size="small" value={entry.approver} placeholder={s.sheet.approver} sx={{ width: 150 }}
                onChange={(e) => set({ approver: e.target.value })} slotProps={{ htmlInput: { 'aria-label': `${name} 批准人` } }} />
            </>
          )}
        </Stack>
        {error && <Typography variant="caption" color="error" role="alert">{error}</Typography>}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}><Typography variant="body2" color="text.secondary">{note}</Typography></TableCell>
    </TableRow>
  );
});
