import { Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { PeerInfo, SyncStatus } from '../../../../shared/contract/sync';
import { day, s } from './strings';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN') : '—');

/** Offices with more than one computer in use: HQ's bundles reach all of them, and what one records reaches the others through HQ. */
function sharedOffices(peers: PeerInfo[]): string[] {
  const active = new Map<string, number>();
  for (const p of peers) if (!p.retiredAt && p.role === 'office') active.set(p.office, (active.get(p.office) ?? 0) + 1);
  return [...active].filter(([, n]) => n > 1).map(([o]) => o);
}

/** The enrolled computers, per office (at HQ) or HQ's (at an office): key, enrolment, last bundle, retired. */
export function PeersCard({ status }: { status: SyncStatus }) {
  const t = s.peers;
  const peers = [...status.peers].sort((a, b) => a.office.localeCompare(b.office) || a.enrolledAt.localeCompare(b.enrolledAt));
  const shared = sharedOffices(peers);
  const name = (node: string | null) => peers.find((p) => p.node === node)?.fingerprint ?? node ?? '';
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{status.me.role === 'hq' ? t.title : t.hqTitle}</Typography>
        {shared.map((o) => (
          <Typography key={o} variant="body2" color="text.secondary" data-testid="shared-office" sx={{ mb: 1 }}>{t.shared(o)}</Typography>
        ))}
        {!peers.length ? (
          <Typography color="text.secondary">{t.none}</Typography>
        ) : (
          <Table size="small" aria-label={t.title}>
            <TableHead>
              <TableRow>
                <TableCell>{t.office}</TableCell>
                <TableCell>{t.computer}</TableCell>
                <TableCell>{s.fingerprint}</TableCell>
                <TableCell>{t.enrolled}</TableCell>
                <TableCell>{t.lastBundle}</TableCell>
                <TableCell>{t.lastExport}</TableCell>
                <TableCell>{t.state}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {peers.map((p) => (
                <TableRow key={p.node} data-testid="peer-row" sx={p.retiredAt ? { opacity: 0.6 } : undefined}>
                  <TableCell>{p.name}（{p.office}）</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{p.node.slice(-6)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{p.fingerprint}</TableCell>
                  <TableCell>{day(p.enrolledAt)}</TableCell>
                  <TableCell>{p.lastBundleSeq ? t.bundle(p.lastBundleSeq, when(p.lastImportAt)) : '—'}</TableCell>
                  <TableCell>{when(p.lastExportAt)}</TableCell>
                  <TableCell>
                    {p.retiredAt ? (
                      <Chip size="small" label={t.retired(day(p.retiredAt), name(p.replacedBy))} />
                    ) : (
                      <Chip size="small" color="success" variant="outlined" label={t.active} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
