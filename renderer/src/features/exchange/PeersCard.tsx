import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { s } from './strings';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN') : '—');

export function PeersCard({ status }: { status: SyncStatus }) {
  const t = s.peers;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{status.me.role === 'hq' ? t.title : t.hqTitle}</Typography>
        {!status.peers.length ? (
          <Typography color="text.secondary">{t.none}</Typography>
        ) : (
          <Table size="small" aria-label={t.title}>
            <TableHead>
              <TableRow>
                <TableCell>{t.office}</TableCell>
                <TableCell>{s.fingerprint}</TableCell>
                <TableCell>{t.lastImport}</TableCell>
                <TableCell>{t.lastExport}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {status.peers.map((p) => (
                <TableRow key={p.node}>
                  <TableCell>{p.name}（{p.office}）</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{p.fingerprint}</TableCell>
                  <TableCell>{when(p.lastImportAt)}</TableCell>
                  <TableCell>{when(p.lastExportAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
