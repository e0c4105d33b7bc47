import { Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { OFFICE_ROLE_LABELS } from '../../../../shared/domain/office';
import { useAppStore } from '../../app/store';
import { t } from '../../app/strings';
import { LeaveDemoButton } from './LeaveDemoButton';
import { RenameOffice } from './RenameOffice';

export function SettingsPage() {
  const { info, persisted } = useAppStore();
  if (!info?.office) return null;
  const s = t.settings;
  const rows: [string, string][] = [
    [s.officeName, info.office.name],
    [s.officeCode, info.office.code],
    [s.role, OFFICE_ROLE_LABELS[info.office.role] + (info.office.demo ? `，${s.demo}` : '')],
    [s.nodeId, info.office.nodeId],
    [s.dataDir, info.dataDir],
    [s.version, info.version],
    [s.host, info.host === 'electron' ? s.hostElectron : s.hostBrowser],
    [s.persisted, persisted === 'granted' ? s.persistedYes : persisted === 'denied' ? s.persistedNo : s.persistedUnknown],
  ];
  return (
    <>
      <Typography variant="h5" gutterBottom>{t.nav.settings}</Typography>
      <Card>
        <CardContent>
          <Typography variant="subtitle1" gutterBottom>{s.office}</Typography>
          <Table size="small" aria-label="设置">
            <TableBody>
              {rows.map(([k, v]) => (
                <TableRow key={k}>
                  <TableCell component="th" sx={{ width: 160, fontWeight: 600 }}>{k}</TableCell>
                  <TableCell>
                    <span data-testid={`setting-${k}`}>{v}</span>
                    {k === s.officeName && <RenameOffice office={info.office!} />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {info.office.demo && <LeaveDemoButton />}
        </CardContent>
      </Card>
    </>
  );
}
