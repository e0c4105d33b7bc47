import { useMemo } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import type { Member } from '../../../../../shared/domain/member';
import { memberFinder } from '../../sessions/memberFinder';

/** A member from the roster, found by name, pinyin, initials or number (the roster's own search). */
export function MemberPicker({ members, value, onChange, error, label }: {
  members: readonly Member[];
  value: Member | null;
  onChange(m: Member | null): void;
  error?: string;
  label: string;
}) {
  const finder = useMemo(() => memberFinder(members), [members]);
  return (
    <Autocomplete
      size="small"
      options={members as Member[]}
      value={value}
      onChange={(_, m) => onChange(m)}
      getOptionLabel={(m) => `${m.name}（${m.sector}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(_, st) => finder.find(st.inputValue, 12)}
      autoHighlight
      renderOption={(props, m) => (
        <li {...props} key={m.id}>{m.name}<span style={{ color: '#777', marginLeft: 8 }}>{m.memberNo} · {m.sector} · {m.unitAndPost}</span></li>
      )}
      renderInput={(p) => <TextField {...p} label={label} error={!!error} helperText={error} />}
      noOptionsText="输入姓名、拼音或首字母查找"
    />
  );
}
