import { Alert, Button, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { useDutySnapshot } from './data/load';
import { MemberRecord } from './MemberRecord';
import { PrintRecordButton } from './output/DutyOutputs';

/** 履职档案 of one member (from the ranking). */
export function MemberDutyPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const snap = useDutySnapshot();
  if (!snap) return <Typography color="text.secondary">正在计算…</Typography>;
  const member = snap.members.find((m) => m.id === id);
  const back = <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/duty')}>返回排名</Button>;
  if (!member) return <>{back}<Alert severity="warning" sx={{ mt: 2 }}>找不到这位委员。</Alert></>;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        {back}
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{member.name}的履职档案</Typography>
        <Button onClick={() => navigate(`/members/${member.id}`)}>委员信息</Button>
        <PrintRecordButton snap={snap} member={member} />
      </Stack>
      <MemberRecord snap={snap} member={member} />
    </>
  );
}

/** The 履职档案 section of the member's page. */
export function MemberDutySection({ member }: { member: Member }) {
  const snap = useDutySnapshot();
  if (!snap) return <Typography color="text.secondary">正在计算…</Typography>;
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}><PrintRecordButton snap={snap} member={member} /></Stack>
      <MemberRecord snap={snap} member={member} />
    </>
  );
}
