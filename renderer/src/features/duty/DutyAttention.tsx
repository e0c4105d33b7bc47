import { Alert, Button } from '@mui/material';
import { useNavigate } from 'react-router';
import { rankGrouped } from '../../../../shared/duty/ranking';
import { useVersionMemo } from '../../db/version-memo';
import { loadDutySnapshot } from './data/load';
import { useMe } from './data/offices';
import { useDutyUi } from './store';

/** The 首页 line at an office: how many active members fell short of last year's minimums. */
function Attention() {
  const navigate = useNavigate();
  const year = new Date().getFullYear() - 1;
  // Kept with the data version (db/version-memo.ts): start does not read every source table again.
  const short = useVersionMemo(`duty.short:${year}`, async () => {
    // loadDutySnapshot reads on from this call (a load under way is followed by one that begins after it):
    // the count kept under this version sees every write up to it.
    const snap = await loadDutySnapshot();
    const active = snap.members.filter((m) => m.status === '在任');
    return rankGrouped(active, snap.byMember, snap.table, { kind: 'year', year }).filter((r) => r.duty.belowMinimum).length;
  })?.value;
  if (!short) return null;
  return (
    <Alert severity="warning" data-testid="home-duty-short"
      action={<Button color="inherit" size="small" onClick={() => { useDutyUi.getState().set({ period: `year:${year}`, status: '在任', sector: '', committee: '', onlyShort: true }); navigate('/duty'); }}>查看名单</Button>}>
      {year}年度有 {short} 名在任委员未达到履职基本要求，请及时谈心提醒。
    </Alert>
  );
}

/** Only at an office (a few hundred members): at HQ the ranking screen has the same list without loading it at start. */
export function DutyAttention() {
  return useMe().role === 'office' ? <Attention /> : null;
}
