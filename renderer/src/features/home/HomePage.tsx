import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { repos } from '../../db';
import { useAppStore } from '../../app/store';
import { t } from '../../app/strings';

function Figure({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Card>
      <CardContent>
        <Typography color="text.secondary">{label}</Typography>
        <Typography variant="h4">{value ?? '…'}</Typography>
      </CardContent>
    </Card>
  );
}

export function HomePage() {
  const office = useAppStore((s) => s.info?.office);
  const figures = useLiveQuery(async () => {
    const members = (await repos.members.all()).filter((m) => m.status === '在任');
    return { active: members.length, noCommittee: members.filter((m) => !m.committees.length).length };
  });
  return (
    <>
      <Typography variant="h5" gutterBottom>{t.home.welcome(office?.name ?? '')}</Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 3 }}><Figure label={t.home.members} value={figures?.active} /></Grid>
        <Grid size={{ xs: 6, md: 3 }}><Figure label={t.home.noCommittee} value={figures?.noCommittee} /></Grid>
      </Grid>
    </>
  );
}
