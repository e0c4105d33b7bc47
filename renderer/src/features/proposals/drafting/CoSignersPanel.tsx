import { useState } from 'react';
import { Alert, Autocomplete, Box, Button, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import type { Member } from '../../../../../shared/domain/member';
import type { CoSignature, Proposal } from '../../../../../shared/domain/proposal';
import { coSignSummary } from '../../../../../shared/proposals/cosign';
import { coSignerLine } from '../../../../../shared/proposals/printData';
import { answerCoSign, inviteCoSigners, removeCoSigner } from '../data/cosigners';
import { editable } from '../data/proposals';
import { ps } from '../strings';

/** 联名: invite members, record each one's signature or decline with the date. */
export function CoSignersPanel({ proposal, coSigners, members, byId }: { proposal: Proposal; coSigners: CoSignature[]; members: Member[]; byId: Map<string, Member> }) {
  const [pick, setPick] = useState<Member[]>([]);
  const [date, setDate] = useState(localDate(new Date()));
  const [error, setError] = useState('');
  const open = editable(proposal);
  const run = async (fn: () => Promise<unknown>) => {
    setError('');
    try { await fn(); } catch (e) { setError((e as Error).message); }
  };
  const taken = new Set([proposal.leadMemberId, ...coSigners.filter((c) => c.state !== 'declined').map((c) => c.memberId)]);
  if (proposal.kind !== 'joint') return <Typography variant="body2" color="text.secondary">只有“委员联名”提案有联名人。</Typography>;
  return (
    <Box data-testid="cosigners">
      <Typography variant="subtitle2">{ps.coSigners}：{coSignSummary(coSigners.map((c) => c.state))}</Typography>
      {error && <Alert severity="error" sx={{ my: 1 }}>{error}</Alert>}
      <List dense>
        {coSigners.map((c) => (
          <ListItem key={c.id} disableGutters secondaryAction={open ? (
            <Stack direction="row" spacing={0.5}>
              {c.state !== 'signed' && <Button size="small" onClick={() => void run(() => answerCoSign(proposal.id, c.memberId, 'signed', date))}>已签名</Button>}
              {c.state !== 'declined' && <Button size="small" onClick={() => void run(() => answerCoSign(proposal.id, c.memberId, 'declined', date))}>谢绝</Button>}
              <Button size="small" color="inherit" onClick={() => void run(() => removeCoSigner(proposal.id, c.memberId))}>移除</Button>
            </Stack>
          ) : undefined}>
            <ListItemText primary={coSignerLine(c, byId.get(c.memberId)?.name ?? '（未知委员）')} secondary={byId.get(c.memberId)?.sector} />
          </ListItem>
        ))}
      </List>
      {open && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Autocomplete multiple sx={{ flex: 1 }} size="small" options={members.filter((m) => !taken.has(m.id))} value={pick} onChange={(_, v) => setPick(v)}
            getOptionLabel={(m) => `${m.name}（${m.sector}）`} isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(p) => <TextField {...p} label="邀请联名委员" />} />
          <Button variant="outlined" disabled={!pick.length} onClick={() => void run(async () => { await inviteCoSigners(proposal.id, pick.map((m) => m.id)); setPick([]); })}>邀请</Button>
          <TextField size="small" type="date" label="签名/谢绝日期" value={date} onChange={(e) => setDate(e.target.value)} sx={{ width: 160 }} slotProps={{ inputLabel: { shrink: true } }} />
        </Stack>
      )}
    </Box>
  );
}
