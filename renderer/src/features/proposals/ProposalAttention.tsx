import { useMemo } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import { useNavigate } from 'react-router';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { attention, useProposals } from './data/hooks';
import { ps } from './strings';

/** On 首页: proposals past their handling deadline and replies waiting for the member's verdict. */
export function ProposalAttention() {
  const navigate = useNavigate();
  const proposals = useProposals();
  const office = useOfficeFilter();
  const att = useMemo(() => attention((proposals ?? []).filter((p) => matchesOffice(office, p))), [proposals, office]);
  if (!att.overdue.length && !att.awaiting.length) return null;
  const go = <Button color="inherit" size="small" onClick={() => navigate('/proposals')}>查看提案</Button>;
  return (
    <Stack spacing={1}>
      {att.overdue.length > 0 && <Alert severity="error" action={go} data-testid="home-overdue">{ps.overdue(att.overdue.length)}</Alert>}
      {att.awaiting.length > 0 && <Alert severity="warning" action={go} data-testid="home-awaiting">{ps.awaiting(att.awaiting.length)}</Alert>}
    </Stack>
  );
}
