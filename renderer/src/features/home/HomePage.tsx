import { useEffect, useState } from 'react';
import {
  Alert, Box, Button, Card, CardActionArea, CardContent, Grid, List, ListItemButton, ListItemText, Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../shared/attendance/time';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { call } from '../../app/api';
import { useAppStore } from '../../app/store';
import { t } from '../../app/strings';
import { repos } from '../../db';
import { ConsultationAttention } from '../consultations/ConsultationAttention';
import { DutyAttention } from '../duty/DutyAttention';
import { ProposalAttention } from '../proposals/ProposalAttention';
import { getLocalFlag, setLocalFlag } from '../../db/local-flags';
import { GettingStarted } from './GettingStarted';
import { gettingStartedSteps, showGettingStarted } from './gettingStarted';
import { WaitingCard } from '../suggestions/WaitingCard';

function Figure({ label, value, to, testId }: { label: string; value: number | undefined; to: string; testId: string }) {
  const navigate = useNavigate();
  return (
    <Card>
      <CardActionArea onClick={() => navigate(to)}>
        <CardContent>
          <Typography color="text.secondary">{label}</Typography>
          <Typography variant="h4" data-testid={testId}>{value ?? '…'}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

type ExchangeStatus = Pick<SyncStatus, 'peers' | 'exports'>;

/** When the office last carried a bundle to HQ (or HQ heard from each office). */
function ExchangeCard({ status }: { status: ExchangeStatus | null }) {
  const navigate = useNavigate();
  const hq = useAppStore((s) => s.info?.office?.role === 'hq');
  const last = (iso: string | null) => (iso ? localDate(new Date(iso)) : '');
  const peers = status?.peers ?? null;
  // Exports to a destination that has not sent anything back yet (no peer for it).
  const heard = new Set((peers ?? []).map((p) => (p.role === 'hq' ? 'hq' : p.office)));
  const exportedOnly = (status?.exports ?? []).filter((e) => !heard.has(e.to) && e.lastExportAt);
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>{hq ? t.home.exchangeHq : t.home.exchange}</Typography>
        {peers === null ? <Typography color="text.secondary">…</Typography> : peers.length === 0 && exportedOnly.length === 0 ? (
          <Typography color="text.secondary">{hq ? t.home.noPeersHq : t.home.noPeers}</Typography>
        ) : (
          <>
            {peers.map((p) => (
              <Typography key={p.node} variant="body2">
                {p.name}：{p.lastExportAt ? `${t.home.lastExport} ${last(p.lastExportAt)}` : t.home.neverExported}，{p.lastImportAt ? `${t.home.lastImport} ${last(p.lastImportAt)}` : t.home.neverImported}
              </Typography>
            ))}
            {exportedOnly.map((e) => (
              <Typography key={e.to} variant="body2" data-testid="exported-only">
                {t.home.exportedOnly(e.to === 'hq' ? '区政协' : e.to, last(e.lastExportAt))}
              </Typography>
            ))}
          </>
        )}
        <Button size="small" sx={{ mt: 1 }} onClick={() => navigate('/exchange')}>{t.home.goExchange}</Button>
      </CardContent>
    </Card>
  );
}

export function HomePage() {
  const office = useAppStore((s) => s.info?.office);
  const navigate = useNavigate();
  const today = localDate(new Date());
  const [status, setStatus] = useState<ExchangeStatus | null>(null);
  useEffect(() => {
    call('sync.status', {}).then((s) => setStatus(s), () => setStatus({ peers: [], exports: [] }));
  }, []);
  const figures = useLiveQuery(async () => {
    const all = await repos.members.all();
    const members = all.filter((m) => m.status === '在任');
    return { all: all.length, active: members.length, noCommittee: members.filter((m) => !m.committees.length).length };
  });
  // Only a real office gets the list (the demo is full already); nothing is read for the demo while it is being filled.
  const real = !!office && !office.demo;
  const start = useLiveQuery(async () => (real ? {
    sessions: await repos.sessions.read.filter((s) => s.deleted === 0).count(),
    refListsChecked: await getLocalFlag('refListsChecked'),
    dismissed: await getLocalFlag('gettingStartedDismissed'),
  } : null), [real]);
  const steps = office && real && figures && start && status
    ? gettingStartedSteps({
      role: office.role, members: figures.all, sessions: start.sessions, refListsChecked: start.refListsChecked,
      exportedTo: status.exports.filter((e) => e.lastExportAt).map((e) => e.to), peers: status.peers.length,
    })
    : null;
  const upcoming = useLiveQuery(
    async () => (await repos.sessions.read.where('date').aboveOrEqual(today).limit(50).toArray())
      .filter((s) => s.deleted === 0 && !s.closedAt)
      .slice(0, 5),
    [today],
  );
  return (
    <>
      <Typography variant="h5" gutterBottom>{t.home.welcome(office?.name ?? '')}</Typography>
      {steps && start && showGettingStarted(steps, start.dismissed) && (
        <GettingStarted steps={steps} onDismiss={() => void setLocalFlag('gettingStartedDismissed')} />
      )}
      {figures && figures.noCommittee > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => navigate('/members/no-committee')}>{t.home.fix}</Button>}>
          {t.home.noCommitteeWarning(figures.noCommittee)}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 3 }}><Figure label={t.home.members} value={figures?.active} to="/members" testId="home-active" /></Grid>
        <Grid size={{ xs: 6, md: 3 }}><Figure label={t.home.noCommittee} value={figures?.noCommittee} to="/members/no-committee" testId="home-no-committee" /></Grid>
        <Grid size={{ xs: 12, md: 6 }}><ExchangeCard status={status} /></Grid>
        <Grid size={{ xs: 12 }}><ProposalAttention /></Grid>
        <Grid size={{ xs: 12 }}><ConsultationAttention /></Grid>
        <Grid size={{ xs: 12 }}><DutyAttention /></Grid>
        <Grid size={{ xs: 12, md: 5 }}><WaitingCard /></Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card>
            <CardContent>
              <Box sx={{ display: 'flex', alignItems: 'center' }}>
                <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>{t.home.upcoming}</Typography>
                <Button size="small" onClick={() => navigate('/sessions/new')}>{t.home.newSession}</Button>
              </Box>
              {upcoming?.length === 0 && <Typography color="text.secondary">{t.home.noUpcoming}</Typography>}
              <List dense aria-label={t.home.upcoming}>
                {upcoming?.map((s) => (
                  <ListItemButton key={s.id} onClick={() => navigate(`/sessions/${s.id}`)}>
                    <ListItemText primary={`${s.date} ${s.startTime}　${s.title}`} secondary={`${s.kind} · ${s.place}`} />
                  </ListItemButton>
                ))}
              </List>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}
