import { Alert, Autocomplete, Box, Button, IconButton, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { AGENDA_STEPS, GUEST_ROLES, type ConsultMeeting, type GuestRole } from '../../../../../shared/domain/consultation';
import type { Member } from '../../../../../shared/domain/member';
import { useSaveAsTyped } from '../followup/useSaveAsTyped';
import { editMeeting } from '../data/writes';

type Draft = Pick<ConsultMeeting, 'place' | 'host' | 'memberIds' | 'guests' | 'agenda' | 'speeches' | 'consensus'>;

const draftOf = (m: ConsultMeeting): Draft => ({ place: m.place, host: m.host, memberIds: m.memberIds, guests: m.guests, agenda: m.agenda, speeches: m.speeches, consensus: m.consensus });

/** Who sits at the table, the agenda, each speaker's points and the consensus: saved as typed. */
export function MeetingForm({ meeting, members, byId, readOnly }: { meeting: ConsultMeeting; members: Member[]; byId: Map<string, Member>; readOnly: boolean }) {
  const { value: d, change, state } = useSaveAsTyped<Draft>(draftOf(meeting), (v) => editMeeting(meeting.id, v));
  const set = (p: Partial<Draft>) => change({ ...d, ...p });
  const picked = d.memberIds.map((id) => byId.get(id)).filter((m): m is Member => !!m);
  const speakers = [...picked.map((m) => ({ key: `m:${m.id}`, label: m.name })), ...d.guests.filter((g) => g.name).map((g) => ({ key: `g:${g.name}`, label: `${g.name}（${g.unit || g.role}）` }))];
  const addSpeech = (key: string) => {
    if (key.startsWith('m:')) set({ speeches: [...d.speeches, { memberId: key.slice(2), name: byId.get(key.slice(2))?.name ?? '', unit: '', points: '' }] });
    else { const g = d.guests.find((x) => x.name === key.slice(2)); if (g) set({ speeches: [...d.speeches, { memberId: '', name: g.name, unit: g.unit, points: '' }] }); }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="form" aria-label="协商议事会">
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField size="small" label="地点" value={d.place} disabled={readOnly} onChange={(e) => set({ place: e.target.value })} />
        <TextField size="small" label="主持人" value={d.host} disabled={readOnly} onChange={(e) => set({ host: e.target.value })} />
        <Typography variant="body2" color={state.phase === 'error' ? 'error' : 'text.secondary'} sx={{ alignSelf: 'center' }} data-testid="meeting-save">
          {state.phase === 'saved' ? '已保存' : state.phase === 'dirty' ? '正在保存…' : `没有保存：${state.message}`}
        </Typography>
      </Stack>
      <Autocomplete multiple size="small" options={members} value={picked} disabled={readOnly} onChange={(_, v) => set({ memberIds: v.map((m) => m.id) })} getOptionLabel={(m) => m.name} isOptionEqualToValue={(a, b) => a.id === b.id}
        filterOptions={(opts, st) => opts.filter((m) => m.name.includes(st.inputValue)).slice(0, 50)} renderInput={(p) => <TextField {...p} label="参加协商的委员" />} />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>部门、居民代表、物业等列席人员</Typography>
      {d.guests.map((g, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ mt: 1 }}>
          <TextField size="small" label="姓名" value={g.name} disabled={readOnly} onChange={(e) => set({ guests: d.guests.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) })} />
          <TextField size="small" label="单位" value={g.unit} disabled={readOnly} onChange={(e) => set({ guests: d.guests.map((x, j) => (j === i ? { ...x, unit: e.target.value } : x)) })} sx={{ flexGrow: 1 }} />
          <TextField size="small" select label="身份" value={g.role} disabled={readOnly} sx={{ width: 120 }} onChange={(e) => set({ guests: d.guests.map((x, j) => (j === i ? { ...x, role: e.target.value as GuestRole } : x)) })}>
            {GUEST_ROLES.map((r) => <MenuItem key={r} value={r}>{r}</MenuItem>)}
          </TextField>
          {!readOnly && <IconButton aria-label="删除列席人员" onClick={() => set({ guests: d.guests.filter((_, j) => j !== i) })}><DeleteIcon /></IconButton>}
        </Stack>
      ))}
      {!readOnly && <Button size="small" sx={{ mt: 1 }} onClick={() => set({ guests: [...d.guests, { name: '', unit: '', role: '部门' }] })}>添加列席人员</Button>}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>议程（通报 → 提问 → 解答 → 发言）</Typography>
      {AGENDA_STEPS.map((step) => {
        const item = d.agenda.find((a) => a.step === step);
        return <TextField key={step} size="small" fullWidth sx={{ mt: 1 }} label={step} value={item?.text ?? ''} disabled={readOnly}
          onChange={(e) => set({ agenda: AGENDA_STEPS.map((s) => ({ step: s, text: s === step ? e.target.value : (d.agenda.find((a) => a.step === s)?.text ?? '') })) })} />;
      })}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>发言要点</Typography>
      {d.speeches.map((s, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1, mt: 1 }} data-testid="speech">
          <Typography sx={{ width: 120, pt: 1 }} noWrap>{s.memberId ? byId.get(s.memberId)?.name ?? s.name : s.name}</Typography>
          <TextField size="small" multiline fullWidth label={`${s.name}的发言要点`} value={s.points} disabled={readOnly} onChange={(e) => set({ speeches: d.speeches.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)) })} />
          {!readOnly && <IconButton aria-label="删除发言" onClick={() => set({ speeches: d.speeches.filter((_, j) => j !== i) })}><DeleteIcon /></IconButton>}
        </Box>
      ))}
      {!readOnly && speakers.length > 0 && (
        <TextField select size="small" label="添加发言人" value="" sx={{ mt: 1, width: 240 }} onChange={(e) => addSpeech(e.target.value)}>
          {speakers.map((s) => <MenuItem key={s.key} value={s.key}>{s.label}</MenuItem>)}
        </TextField>
      )}
      <TextField multiline minRows={3} fullWidth sx={{ mt: 2 }} label="共识意见" value={d.consensus} disabled={readOnly} onChange={(e) => set({ consensus: e.target.value })} />
      {state.phase === 'error' && <Alert severity="error" sx={{ mt: 1 }}>{state.message}</Alert>}
    </Paper>
  );
}
