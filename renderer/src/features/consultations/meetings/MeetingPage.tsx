import { useMemo, useState } from 'react';
import { Alert, Button, Chip, Grid, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { loopState, meetingLoop } from '../../../../../shared/consultations/followup';
import { repos } from '../../../db';
import { useMembers } from '../../proposals/data/hooks';
import { Loading } from '../../sessions/Loading';
import { LoopBar } from '../followup/LoopBar';
import { MeasuresPanel } from '../followup/MeasuresPanel';
import { OutcomePanel } from '../followup/OutcomePanel';
import { markHeld, measuresOf } from '../data/writes';
import { STATE_COLORS } from '../strings';
import { MeetingForm } from './MeetingForm';
import { MeetingOutputs } from './MeetingOutputs';

/** A 协商议事会: who, the agenda, speeches and consensus; its session for sign-in; measures, outcome and feedback until the loop closes. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const meeting = useLiveQuery(async () => (await repos.consultMeetings.get(id)) ?? null, [id]);
  const topic = useLiveQuery(async () => (meeting ? (await repos.consultTopics.get(meeting.topicId)) ?? null : null), [meeting?.topicId]);
  const measures = useLiveQuery(() => measuresOf(id), [id]);
  const { members, byId } = useMembers();
  const active = useMemo(() => (members ?? []).filter((m) => m.status === '在任'), [members]);
  const [error, setError] = useState('');
  if (meeting === undefined || !measures || !members) return <Loading />;
  if (meeting === null || meeting.deleted) return <Alert severity="warning">找不到这次协商议事会（可能已删除）。</Alert>;
  const why = repos.consultMeetings.whyReadOnly(meeting);
  const readOnly = !!why;
  const state = loopState(meetingLoop(meeting), measures);
  const closed = !!meeting.closedAt;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Button onClick={() => navigate('/consultations')}>返回列表</Button>
        <Typography variant="h6" sx={{ flexGrow: 1 }} noWrap component="h1">{topic?.title ?? meeting.title}</Typography>
        <Typography variant="body2" color="text.secondary">{meeting.date}</Typography>
        <Chip label={state} color={STATE_COLORS[state]} data-testid="meeting-state" />
        {meeting.sessionId && <Button onClick={() => navigate(`/sessions/${meeting.sessionId}`)}>签到与出勤、桌签</Button>}
        <MeetingOutputs meeting={meeting} topic={topic ?? undefined} measures={measures} members={byId} />
      </Stack>
      {why && <Alert severity="info" sx={{ mb: 1 }}>{why}</Alert>}
      {error && <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError('')} data-testid="meeting-error">{error}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <MeetingForm key={meeting.id} meeting={meeting} members={active} byId={byId} readOnly={readOnly || closed} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          {!meeting.heldAt && !readOnly && (
            <Button variant="contained" sx={{ mb: 2 }} onClick={() => markHeld(meeting.id).catch((e) => setError((e as Error).message))}>记为已召开</Button>
          )}
          <MeasuresPanel table="consultMeetings" parentId={meeting.id} measures={measures} closed={closed} readOnly={readOnly} />
          <OutcomePanel table="consultMeetings" rec={meeting} suggestedText={meeting.consensus} canSend={!!meeting.heldAt} readOnly={readOnly} what="协商成果" />
          <LoopBar table="consultMeetings" id={meeting.id} closedAt={meeting.closedAt} readOnly={readOnly} />
        </Grid>
      </Grid>
    </>
  );
}
