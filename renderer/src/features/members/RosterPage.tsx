import { useDeferredValue, useMemo, useState } from 'react';
import {
  Alert, Box, Button, Chip, Link, MenuItem, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/PersonAddAlt1Outlined';
import UploadIcon from '@mui/icons-material/FileUploadOutlined';
import ListIcon from '@mui/icons-material/ListAltOutlined';
import GroupOffIcon from '@mui/icons-material/GroupRemoveOutlined';
import { useLocation, useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { EXTRA_MEMBER_FIELDS, MEMBER_STATUSES, type ExtraMemberField } from '../../../../shared/domain/member';
import { DeletedMembersButton } from './DeletedMembersButton';
import { LastImportBar } from './LastImportBar';
import { restoreMember } from './memberOps';
import { refNames, useMemberIndex, useMembers, useRefLists } from './data';
import { ExportButton } from './ExportButton';
import { MemberDialog } from './MemberDialog';
import { PrintRosterButton } from './PrintRosterButton';
import { filterRoster } from './roster';
import { useRosterFilters, type RosterSort } from './rosterStore';
import { FIELD_LABELS, ms } from './strings';

const COLS = ['memberNo', 'name', 'gender', 'sector', 'party', 'committees', 'unitAndPost', 'phone', 'status'] as const;
type Col = (typeof COLS)[number] | ExtraMemberField;
/** Rows drawn at first; more on request, so 3,000 members stay quick to type over. */
const PAGE = 500;
const NOWRAP = new Set<string>(['memberNo', 'name', 'gender', 'party', 'phone', 'status', 'birthMonth', 'postcode']);

function FilterSelect({ label, value, options, onChange, extra }: { label: string; value: string; options: string[]; onChange: (v: string) => void; extra?: Array<[string, string]> }) {
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 130 }}>
      <MenuItem value="">{ms.all}</MenuItem>
      {extra?.map(([v, l]) => <MenuItem key={v} value={v}>{l}</MenuItem>)}
      {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
    </TextField>
  );
}

function cellText(m: Member, c: Col): string {
  return c === 'committees' ? m.committees.join('、') : String(m[c] ?? '');
}

export function RosterPage() {
  const navigate = useNavigate();
  const members = useMembers();
  const index = useMemberIndex(members);
  const lists = useRefLists();
  const filters = useRosterFilters();
  const query = useDeferredValue(filters.query);
  const [limit, setLimit] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const location = useLocation();
  const arrived = location.state as { notice?: string; restoreId?: string } | null;
  const [notice, setNotice] = useState<string>(arrived?.notice ?? '');
  // A member just deleted on their page: the notice offers 撤销.
  const [restoreId, setRestoreId] = useState<string>(arrived?.restoreId ?? '');
  const cols: Col[] = [...COLS.slice(0, -1), ...EXTRA_MEMBER_FIELDS.filter((f) => filters.extraColumns.includes(f)), 'status'];

  const sectors = refNames(lists, 'sector');
  const shown = useMemo(
    () => (index ? filterRoster(index, { ...filters, query }, sectors) : []),
    [index, query, filters.sector, filters.committee, filters.party, filters.status, filters.sort, sectors.join()],
  );
  const noCommittee = members?.filter((m) => m.status === '在任' && m.committees.length === 0).length ?? 0;

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" sx={{ mr: 1 }}>
          {ms.title}{' '}
          <Typography component="span" color="text.secondary" data-testid="roster-count">
            {members ? ms.shown(shown.length, members.length) : ''}
          </Typography>
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>{ms.add}</Button>
        <Button startIcon={<UploadIcon />} onClick={() => navigate('/members/import')}>{ms.import}</Button>
        <ExportButton shown={shown} all={members ?? []} onDone={setNotice} />
        <PrintRosterButton members={shown} onMessage={setNotice} />
        <Button startIcon={<ListIcon />} onClick={() => navigate('/members/lists')}>{ms.lists}</Button>
        <Button startIcon={<GroupOffIcon />} color={noCommittee ? 'warning' : 'inherit'} onClick={() => navigate('/members/no-committee')}>
          {ms.noCommittee(noCommittee)}
        </Button>
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          size="small"
          label={ms.search}
          placeholder={ms.searchHelp}
          value={filters.query}
          onChange={(e) => {
            filters.set({ query: e.target.value });
            setLimit(PAGE);
          }}
          sx={{ minWidth: 260 }}
          autoFocus
        />
        <FilterSelect label={FIELD_LABELS.sector} value={filters.sector} options={sectors} onChange={(v) => filters.set({ sector: v })} />
        <FilterSelect label={FIELD_LABELS.committees} value={filters.committee} options={refNames(lists, 'committee')} onChange={(v) => filters.set({ committee: v })} extra={[['__none', '未入专委会']]} />
        <FilterSelect label={FIELD_LABELS.party} value={filters.party} options={refNames(lists, 'party')} onChange={(v) => filters.set({ party: v })} />
        <FilterSelect label={FIELD_LABELS.status} value={filters.status} options={[...MEMBER_STATUSES]} onChange={(v) => filters.set({ status: v })} />
        <TextField select size="small" label={ms.sortBy} value={filters.sort} onChange={(e) => filters.set({ sort: e.target.value as RosterSort })} sx={{ minWidth: 140 }} disabled={!!filters.query.trim()}>
          {(Object.keys(ms.sorts) as RosterSort[]).map((s) => <MenuItem key={s} value={s}>{ms.sorts[s]}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={ms.columns} value={filters.extraColumns} sx={{ minWidth: 130 }}
          slotProps={{ select: { multiple: true, renderValue: (v) => ((v as string[]).length ? `另 ${(v as string[]).length} 列` : '基本列') } }}
          onChange={(e) => filters.set({ extraColumns: e.target.value as unknown as ExtraMemberField[] })}>
          {EXTRA_MEMBER_FIELDS.map((f) => <MenuItem key={f} value={f}>{FIELD_LABELS[f]}</MenuItem>)}
        </TextField>
        <DeletedMembersButton onMessage={setNotice} />
      </Stack>
      <LastImportBar onMessage={setNotice} />
      <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 230px)' }}>
        <Table size="small" stickyHeader aria-label={ms.title}>
          <TableHead>
            <TableRow>{cols.map((c) => <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>{FIELD_LABELS[c]}</TableCell>)}</TableRow>
          </TableHead>
          <TableBody>
            {shown.slice(0, limit).map((m) => (
              <TableRow key={m.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/members/${m.id}`)}>
                {cols.map((c) => (
                  <TableCell key={c} sx={NOWRAP.has(c) ? { whiteSpace: 'nowrap' } : undefined}>
                    {c === 'status' && m.status === '离任' ? (
                      <Chip size="small" label="离任" />
                    ) : c === 'name' ? (
                      <Link component="button" underline="hover" color="inherit" onClick={(e) => { e.stopPropagation(); navigate(`/members/${m.id}`); }}>
                        {m.name}
                      </Link>
                    ) : (
                      cellText(m, c)
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {members && !shown.length && <Alert severity="info" sx={{ m: 2 }}>{ms.empty}</Alert>}
        {shown.length > limit && (
          <Box sx={{ p: 1, textAlign: 'center' }}>
            <Button onClick={() => setLimit((l) => l + PAGE)}>{ms.showMore(shown.length - limit)}</Button>
          </Box>
        )}
      </TableContainer>
      {adding && <MemberDialog open onClose={() => setAdding(false)} onSaved={(m) => navigate(`/members/${m.id}`)} />}
      <Snackbar open={!!notice} autoHideDuration={8000} onClose={() => { setNotice(''); setRestoreId(''); }} message={notice}
        action={restoreId ? (
          <Button color="inherit" size="small" onClick={() => {
            const id = restoreId;
            setRestoreId('');
            void restoreMember(id).then((m) => setNotice(ms.restored(m.name)));
          }}>{ms.undo}</Button>
        ) : undefined} />
    </>
  );
}
