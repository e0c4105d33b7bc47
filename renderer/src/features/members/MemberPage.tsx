import { useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Grid, Snackbar, Stack, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/EditOutlined';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { repos } from '../../db';
import { MemberDialog } from './MemberDialog';
import { MEMBER_SECTIONS } from './memberSections';
import { deleteMember, memberRecords, restoreMember, updateMember, type MemberRecords } from './memberOps';
import { FIELD_LABELS, ms } from './strings';

const DETAIL_FIELDS = [
  'memberNo', 'gender', 'ethnicity', 'birthMonth', 'party', 'sector', 'committees', 'unitAndPost', 'education', 'proTitle', 'phone', 'address', 'postcode', 'term', 'status', 'notes',
] as const;

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Typography data-testid={`member-${label}`} sx={{ whiteSpace: 'pre-wrap' }}>{value || '—'}</Typography>
    </Grid>
  );
}

/** One member: every field, edit and retire; other capabilities add their sections below. */
export function MemberPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const member = useLiveQuery(() => repos.members.get(id).then((m) => m ?? null), [id]);
  const [editing, setEditing] = useState(false);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<MemberRecords | null>(null);

  if (member === undefined) return null;
  const hasRecords = !!confirmDelete && (confirmDelete.attendance > 0 || confirmDelete.pickedIn > 0);
  const back = <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/members')}>{ms.back}</Button>;
  if (member === null) return <>{back}<Alert severity="warning" sx={{ mt: 2 }}>{ms.notFound}</Alert></>;
  if (member.deleted) {
    return (
      <>
        {back}
        <Alert severity="warning" sx={{ mt: 2 }} action={<Button color="inherit" onClick={() => void restoreMember(member.id).then(() => setNotice(ms.restored(member.name)))}>{ms.restore}</Button>}>
          {member.name}：{ms.deletedPage}
        </Alert>
      </>
    );
  }

  async function remove(m: Member) {
    setConfirmDelete(null);
    await deleteMember(m.id);
    navigate('/members', { state: { notice: ms.deleted(m.name), restoreId: m.id } });
  }

  async function setStatus(m: Member, status: Member['status']) {
    await updateMember(m.id, { status });
    setNotice(status === '离任' ? ms.retired(m.name) : ms.reinstated(m.name));
  }

  // At an office, a member HQ moved to another office is that office's now: shown, not changed here.
  const locked = repos.members.whyReadOnly(member);
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        {back}
        <Typography variant="h5" component="h1">{member.name}</Typography>
        {member.status === '离任' ? <Chip label="离任" /> : <Chip color="success" variant="outlined" label="在任" />}
        <Box sx={{ flexGrow: 1 }} />
        {!locked && (
          <>
            <Button variant="contained" startIcon={<EditIcon />} onClick={() => setEditing(true)}>{ms.edit}</Button>
            {member.status === '在任'
              ? <Button color="warning" onClick={() => setConfirmRetire(true)}>{ms.retire}</Button>
              : <Button onClick={() => void setStatus(member, '在任')}>{ms.reinstate}</Button>}
            <Button color="error" onClick={() => void memberRecords(member.id).then(setConfirmDelete)}>{ms.delete}</Button>
          </>
        )}
      </Stack>
      {locked && <Alert severity="info" sx={{ mb: 2 }}>{locked}</Alert>}
      <Card sx={{ mb: 2 }}>
        <CardHeader title={ms.details} slotProps={{ title: { variant: 'h6' } }} />
        <CardContent>
          <Grid container spacing={2}>
            {DETAIL_FIELDS.map((f) => (
              <Detail key={f} label={FIELD_LABELS[f]} value={f === 'committees' ? member.committees.join('、') : String(member[f] ?? '')} />
            ))}
          </Grid>
        </CardContent>
      </Card>
      {MEMBER_SECTIONS.map(({ key, title, Component }) => (
        <Card key={key} sx={{ mb: 2 }} component="section" aria-label={title}>
          <CardHeader title={title} slotProps={{ title: { variant: 'h6' } }} />
          <CardContent><Component member={member} /></CardContent>
        </Card>
      ))}
      {editing && <MemberDialog open member={member} onClose={() => setEditing(false)} onSaved={() => setNotice(ms.saved)} />}
      <Dialog open={confirmRetire} onClose={() => setConfirmRetire(false)}>
        <DialogContent><DialogContentText>{ms.retireConfirm(member.name)}</DialogContentText></DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmRetire(false)}>{ms.cancel}</Button>
          <Button color="warning" variant="contained" onClick={() => { setConfirmRetire(false); void setStatus(member, '离任'); }}>{ms.retire}</Button>
        </DialogActions>
      </Dialog>
      <Dialog open={!!confirmDelete} onClose={() => setConfirmDelete(null)} maxWidth="sm">
        <DialogTitle>{ms.deleteTitle(member.name)}</DialogTitle>
        <DialogContent>
          {confirmDelete && hasRecords
            ? <Alert severity="warning" data-testid="delete-warning">{ms.deleteWarn(member.name, confirmDelete.attendance, confirmDelete.pickedIn)}</Alert>
            : <DialogContentText>{ms.deleteConfirm(member.name)}</DialogContentText>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmDelete(null)}>{ms.cancel}</Button>
          {hasRecords && member.status === '在任' && (
            <Button color="warning" onClick={() => { setConfirmDelete(null); void setStatus(member, '离任'); }}>改为离任</Button>
          )}
          <Button color="error" variant="contained" onClick={() => void remove(member)}>
            {hasRecords ? ms.deleteAnyway : ms.delete}
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice('')} message={notice} />
    </>
  );
}
