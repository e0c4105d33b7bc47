import { Alert, Button } from '@mui/material';
import { useNavigate } from 'react-router';
import { useConsultData } from './data/load';
import { useOverview } from './followup/overview';
import { cs } from './strings';

/** On 首页: consultation and supervision measures past their date. */
export function ConsultationAttention() {
  const navigate = useNavigate();
  const ov = useOverview(useConsultData());
  if (!ov?.overdue) return null;
  return <Alert severity="error" data-testid="home-consult-overdue" action={<Button color="inherit" size="small" onClick={() => navigate('/consultations?overdue')}>查看协商</Button>}>{cs.overdue(ov.overdue)}</Alert>;
}
