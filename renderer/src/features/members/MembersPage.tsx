import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { repos } from '../../db';
import { t } from '../../app/strings';

const COLS = ['memberNo', 'name', 'gender', 'sector', 'party', 'committees', 'unitAndPost', 'phone', 'status'] as const;

/** The roster, sorted by pinyin through the sortKey index. */
export function MembersPage() {
  const members = useLiveQuery(() => repos.members.read.orderBy('sortKey').filter((m) => m.deleted === 0).toArray());
  return (
    <>
      <Typography variant="h5" gutterBottom>
        {t.members.title} <Typography component="span" color="text.secondary">{members ? t.members.count(members.length) : ''}</Typography>
      </Typography>
      <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 160px)' }}>
        <Table size="small" stickyHeader aria-label={t.members.title}>
          <TableHead>
            <TableRow>{COLS.map((c) => <TableCell key={c}>{t.members.cols[c]}</TableCell>)}</TableRow>
          </TableHead>
          <TableBody>
            {members?.map((m) => (
              <TableRow key={m.id} hover>
                {COLS.map((c) => (
                  <TableCell key={c}>{c === 'committees' ? m.committees.join('、') : String(m[c] ?? '')}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
