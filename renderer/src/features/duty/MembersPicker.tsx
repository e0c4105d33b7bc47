import { useMemo } from 'react';
import { Autocomplete, Chip, TextField } from '@mui/material';
import type { Member } from '../../../../shared/domain/member';
import { memberFinder } from '../sessions/memberFinder';

/** One or more members from the roster, found by name, pinyin, initials or number; the first chosen is listed first (the lead). */
export function MembersPicker({ members, value, onChange, error, label }: {
  members: readonly Member[];
  value: readonly Member[];
  onChange(m: Member[]): void;
  error?: string;
  label: string;
}) {
  const finder = useMemo(() => memberFinder(members), [members]);
  return (
    <Autocomplete
      multiple
      size="small"
      options={members as Member[]}
      value={value as Member[]}
      onChange={(_, m) => onChange(m)}
      getOptionLabel={(m) => `${m.name}（${m.sector}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(_, st) => finder.find(st.inputValue, 12).filter((m) => !value.some((v) => v.id === m.id))}
      autoHighlight
      renderValue={(v, getItemProps) => v.map((m, i) => <Chip size="small" label={i === 0 && v.length > 1 ? `${m.name}（领衔）` : m.name} {...getItemProps({ index: i })} key={m.id} />)}
      renderOption={(props, m) => (
        <li {...props} key={m.id}>{m.name}<span style={{ color: '#777', marginLeft: 8 }}>{m.memberNo} · {m.sector} · {m.unitAndPost}</span></li>
      )}
      renderInput={(p) => <TextField {...p} label={label} error={!!error} helperText={error} />}
      noOptionsText="输入姓名、拼音或首字母查找"
    />
  );
}
