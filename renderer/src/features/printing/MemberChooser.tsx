import { Autocomplete, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { Member } from '../../../../shared/domain/member';
import type { MemberChoice, Scope } from './jobs';
import { ps } from './strings';

interface Props {
  members: Member[];
  committees: string[];
  sectors: string[];
  value: MemberChoice;
  chosen: number;
  onChange(v: MemberChoice): void;
}

/** All serving members, a committee, a sector, or a hand-picked list. */
export function MemberChooser({ members, committees, sectors, value, chosen, onChange }: Props) {
  const serving = members.filter((m) => m.status === '在任');
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <Stack spacing={1.5}>
      <TextField select size="small" label={ps.members} value={value.scope} onChange={(e) => onChange({ ...value, scope: e.target.value as Scope })}>
        {(Object.keys(ps.scopes) as Scope[]).map((s) => <MenuItem key={s} value={s}>{ps.scopes[s]}</MenuItem>)}
      </TextField>
      {value.scope === 'committee' && (
        <TextField select size="small" label={ps.committee} value={value.committee} onChange={(e) => onChange({ ...value, committee: e.target.value })}>
          {committees.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
        </TextField>
      )}
      {value.scope === 'sector' && (
        <TextField select size="small" label={ps.sector} value={value.sector} onChange={(e) => onChange({ ...value, sector: e.target.value })}>
          {sectors.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
        </TextField>
      )}
      {value.scope === 'picked' && (
        <Autocomplete
          multiple
          size="small"
          options={serving}
          value={value.picked.map((id) => byId.get(id)).filter((m): m is Member => !!m)}
          getOptionLabel={(m) => `${m.name}（${m.sector}）`}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          onChange={(_e, list) => onChange({ ...value, picked: list.map((m) => m.id) })}
          renderInput={(params) => <TextField {...params} label={ps.pick} helperText={ps.pickHelp} />}
        />
      )}
      <Typography variant="body2" color="text.secondary" data-testid="chosen-count">{ps.chosen(chosen)}</Typography>
    </Stack>
  );
}
