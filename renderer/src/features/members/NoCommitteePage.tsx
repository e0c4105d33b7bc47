import { useState } from 'react';
import {
  Alert, Button, Link, MenuItem, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { refNames, useMembers, useRefLists } from './data';
import { updateMember } from './memberOps';
import { FIELD_LABELS, ms } from './strings';

function JoinRow({ member, committees, onJoined }: { member: Member; committees: string[]; onJoined: (msg: string) => void }) {
  const navigate = useNavigate();
  const [pick, setPick] = useState('');
  return (
    <TableRow>
      <TableCell><Link component="button" onClick={() => navigate(`/members/${member.id}`)}>{member.name}</Link></TableCell>
      <TableCell>{member.memberNo}</TableCell>
      <TableCell>{member.sector}</TableCell>
      <TableCell>{member.unitAndPost}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          <TextField select size="small" label={ms.noCommitteePick} value={pick} onChange={(e) => setPick(e.target.value)} sx={{ minWidth: 200 }}>
            {committees.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
          </TextField>
          <Button
            variant="outlined"
            disabled={!pick}
            aria-label={`${member.name} ${ms.noCommitteeJoin}`}
            onClick={() => void updateMember(member.id, { committees: [pick] }).then(() => onJoined(ms.joined(member.name, pick)))}
          >
            {ms.noCommitteeJoin}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/** 全员入委: serving members in no committee, each put into one right here. */
export function NoCommitteePage() {
  const navigate = useNavigate();
  const members = useMembers();
  const lists = useRefLists();
  const [notice, setNotice] = useState('');
  const outside = members?.filter((m) => m.status === '在任' && m.committees.length === 0) ?? [];
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/members')}>{ms.back}</Button>
        <Typography variant="h5" component="h1">{ms.noCommitteeTitle}</Typography>
        <Typography color="text.secondary" data-testid="no-committee-count">{members ? ms.count(outside.length) : ''}</Typography>
      </Stack>
      {members && !outside.length ? (
        <Alert severity="success">{ms.noCommitteeNone}</Alert>
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label={ms.noCommitteeTitle}>
            <TableHead>
              <TableRow>
                {[FIELD_LABELS.name, FIELD_LABELS.memberNo, FIELD_LABELS.sector, FIELD_LABELS.unitAndPost, FIELD_LABELS.committees].map((h) => <TableCell key={h}>{h}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {outside.map((m) => <JoinRow key={m.id} member={m} committees={refNames(lists, 'committee')} onJoined={setNotice} />)}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice('')} message={notice} />
    </>
  );
}
