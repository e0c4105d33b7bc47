import { useMemo } from 'react';
import { Alert, Button } from '@mui/material';
import { useNavigate } from 'react-router';
import { rankMembers } from '../../../../shared/duty/ranking';
import { useDutySnapshot } from './data/load';
import { useMe } from './data/offices';
import { useDutyUi } from './store';

/** The 首页 line at an office: how many active members fell short of last year's minimums. */
function Attention() {
  const navigate = useNavigate();
  const snap = useDutySnapshot();
  const year = new Date().getFullYear() - 1;
  const short = useMemo(() => {
    if (!snap) return 0;
    const active = snap.members.filter((m) => m.status === '在任');
    return rankMembers(active, snap.items, snap.table, { kind: 'year', year }).filter((r) => r.duty.belowMinimum).length;
  }, [snap, year]);
  if (!short) return null;
  return (
    <Alert severity="warning" data-testid="home-duty-short"
      action={<Button color="inherit" size="small" onClick={() => { useDutyUi.getState().set({ period: `year:${year}`, onlyShort: true }); navigate('/duty'); }}>查看名单</Button>}>
      {year}年度有 {short} 名在任委员未达到履职基本要求，请及时谈心提醒。
    </Alert>
  );
}

/** Only at an office (a few hundred members): at HQ the ranking screen has the same list without loading it at start. */
export function DutyAttention() {
  return useMe().role === 'office' ? <Attention /> : null;
}
