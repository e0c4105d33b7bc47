import { useState } from 'react';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import type { ConsultTopic } from '../../../../../shared/domain/consultation';
import type { Member } from '../../../../../shared/domain/member';
import { useAppStore } from '../../../app/store';
import { repos } from '../../../db';
import { useActiveMembers } from '../../suggestions/hooks';
import { planMeeting } from '../data/writes';

/**
 * 召开协商议事会 on a topic: date, time, place, host and the members at the table. It makes the
 * meeting's 协商议事 session (sign-in, tents, the sign-in sheet), or the meeting is made from a
 * 协商议事 session already planned.
 */
export function PlanMeetingDialog({ topic, onClose }: { topic: ConsultTopic; onClose(): void }) {
  const navigate = useNavigate();
  const office = useAppStore((s) => s.info?.office);
  const members = useActiveMembers() ?? [];
  const sessions = useLiveQuery(() => repos.sessions.read.filter((s) => s.deleted === 0 && s.kind === '协商议事').toArray(), []) ?? [];
  const [sessionId, setSessionId] = useState('');
  const [date, setDate] = useState(topic.plannedMonth ? `${topic.plannedMonth}-15` : localDate(new Date()));
  const [startTime, setStartTime] = useState('09:30');
  const [place, setPlace] = useState('');
  const [host, setHost] = useState('');
  const [picked, setPicked] = useState<Member[]>([]);
  const [error, setError] = useState('');

  async function save() {
    setError('');
    try {
      const m = await planMeeting({ topicId: topic.id, date, startTime, place, host, memberIds: picked.map((p) => p.id), sessionId }, office?.name ?? '');
      onClose();
      navigate(`/consultations/meetings/${m.id}`);
    } catch (e) { setError((e as Error).message); }
  }
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>召开协商议事会：{topic.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label="签到活动" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            <MenuItem value="">新建一次协商议事活动（签到、桌签、签到表）</MenuItem>
            {sessions.map((s) => <MenuItem key={s.id} value={s.id}>用已安排的活动：{s.date} {s.title}</MenuItem>)}
          </TextField>
          {!sessionId && (
            <Stack direction="row" spacing={2}>
              <TextField label="日期" type="date" value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField label="开始时间" value={startTime} onChange={(e) => setStartTime(e.target.value)} sx={{ width: 110 }} />
              <TextField label="地点" value={place} onChange={(e) => setPlace(e.target.value)} sx={{ flexGrow: 1 }} />
            </Stack>
          )}
          <TextField label="主持人" value={host} onChange={(e) => setHost(e.target.value)} />
          <Autocomplete multiple options={members} value={picked} onChange={(_, v) => setPicked(v)} getOptionLabel={(m) => `${m.name}（${m.sector}）`} isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={(opts, st) => opts.filter((m) => m.name.includes(st.inputValue) || (m.sortKey ?? "").includes(st.inputValue.toLowerCase())).slice(0, 50)}
            renderInput={(p) => <TextField {...p} label={sessionId ? '参加的委员（不选则用活动的应到人员）' : '参加的委员'} />} />
          {error && <Alert severity="error" data-testid="plan-error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={() => void save()}>安排协商议事会</Button>
      </DialogActions>
    </Dialog>
  );
}
