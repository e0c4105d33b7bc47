import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { COSIGN_LABELS, numberText, SATISFACTION_LABELS, STATUS_LABELS, type Proposal } from '../../../../shared/domain/proposal';
import { lastSatisfaction } from '../../../../shared/proposals/summary';
import { repos } from '../../db';
import { coSignedBy } from './data/cosigners';
import { allProposals } from './data/proposals';

/** A member's page: the proposals they led and those they co-signed, with status and satisfaction. */
export function MemberProposals({ member }: { member: Member }) {
  const navigate = useNavigate();
  const data = useLiveQuery(async () => {
    const led = (await allProposals()).filter((p) => p.leadMemberId === member.id);
    const co = await coSignedBy(member.id);
    const coProps = (await repos.proposals.read.bulkGet(co.map((c) => c.proposalId))).map((p, i) => ({ p, c: co[i] }));
    return { led, co: coProps.filter((x) => x.p && !x.p.deleted) };
  }, [member.id]);
  if (!data) return null;
  const line = (p: Pick<Proposal, 'title' | 'status' | 'number' | 'seqKey' | 'verdicts' | 'year'>) => {
    const s = lastSatisfaction({ verdicts: p.verdicts ?? [] });
    return `${p.year} 年 · ${numberText(p) || '未编号'} · ${STATUS_LABELS[p.status]}${s ? ` · ${SATISFACTION_LABELS[s]}` : ''}`;
  };
  if (!data.led.length && !data.co.length) return <Typography color="text.secondary">这位委员还没有领衔或联名的提案。</Typography>;
  return (
    <List dense data-testid="member-proposals">
      {data.led.map((p) => (
        <ListItemButton key={p.id} onClick={() => navigate(`/proposals/${p.id}`)}>
          <ListItemText primary={`【领衔】${p.title || '（未填案由）'}`} secondary={line(p)} />
        </ListItemButton>
      ))}
      {data.co.map(({ p, c }) => (
        <ListItemButton key={c.id} onClick={() => navigate(`/proposals/${p!.id}`)}>
          <ListItemText primary={`【联名·${COSIGN_LABELS[c.state]}】${p!.title || '（未填案由）'}`} secondary={line({ ...p!, number: p!.number ?? 0, verdicts: p!.verdicts ?? [] })} />
        </ListItemButton>
      ))}
    </List>
  );
}
