import { Alert, Button, Stack } from '@mui/material';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../shared/attendance/time';
import { matchesOffice, useOfficeFilter } from '../../app/officeFilter';
import { useVersionMemo } from '../../db/version-memo';
import { attention } from './data/hooks';
import { allProposals } from './data/proposals';
import { ps } from './strings';

/** The counts the 首页 shows, kept with the data version (db/version-memo.ts): HQ holds 8,000 proposals. */
async function counts(office: string | null, today: string): Promise<{ overdue: number; awaiting: number }> {
  const att = attention((await allProposals()).filter((p) => matchesOffice(office, p)), today);
  return { overdue: att.overdue.length, awaiting: att.awaiting.length };
}

/** On 首页: proposals past their handling deadline and replies waiting for the member's verdict. */
export function ProposalAttention() {
  const navigate = useNavigate();
  const office = useOfficeFilter();
  const today = localDate(new Date());
  const att = useVersionMemo(`proposals.attention:${office ?? ''}:${today}`, () => counts(office, today))?.value;
  if (!att || (!att.overdue && !att.awaiting)) return null;
  const go = <Button color="inherit" size="small" onClick={() => navigate('/proposals')}>查看提案</Button>;
  return (
    <Stack spacing={1}>
      {att.overdue > 0 && <Alert severity="error" action={go} data-testid="home-overdue">{ps.overdue(att.overdue)}</Alert>}
      {att.awaiting > 0 && <Alert severity="warning" action={go} data-testid="home-awaiting">{ps.awaiting(att.awaiting)}</Alert>}
    </Stack>
  );
}
