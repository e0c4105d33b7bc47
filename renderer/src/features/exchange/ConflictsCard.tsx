import { Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { openConflicts, resolveConflict } from '../../sync/conflicts';
import { recordLabeller } from './conflictLabel';
import { conflictFieldLabel, conflictValueText } from './conflictText';
import { s, tableLabel } from './strings';

/** Losers of concurrent writes to fields that matter, for a person to decide. */
export function ConflictsCard() {
  // The records are read in the same live query, so a renamed member or session relabels its rows.
  const list = useLiveQuery(async () => {
    const rows = await openConflicts(db);
    const label = recordLabeller();
    return Promise.all(rows.map(async (c) => ({ ...c, label: await label(c.table, c.rowId) })));
  });
  const t = s.conflicts;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t.title}</Typography>
        {!list?.length ? (
          <Typography color="text.secondary">{t.none}</Typography>
        ) : (
          <Table size="small" aria-label={t.title}>
            <TableHead>
              <TableRow>
                <TableCell>{t.table}</TableCell>
                <TableCell>{t.record}</TableCell>
                <TableCell>{t.field}</TableCell>
                <TableCell>{t.kept}</TableCell>
                <TableCell>{t.lost}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{tableLabel(c.table)}</TableCell>
                  <TableCell data-testid="conflict-record">{c.label}</TableCell>
                  <TableCell>{conflictFieldLabel(c.table, c.field)}</TableCell>
                  <TableCell>{conflictValueText(c.table, c.field, c.kept)}</TableCell>
                  <TableCell>{conflictValueText(c.table, c.field, c.lost)}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => resolveConflict(db, c, 'kept')}>{t.keep}</Button>
                    <Button size="small" onClick={() => resolveConflict(db, c, 'lost')}>{t.take}</Button>
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
