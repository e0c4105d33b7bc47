import { useMemo, useState } from 'react';
import {
  Alert, Box, Button, Chip, FormControlLabel, Menu, MenuItem, Paper, Stack, Switch, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BarChartIcon from '@mui/icons-material/BarChartOutlined';
import RuleIcon from '@mui/icons-material/RuleOutlined';
import { useNavigate } from 'react-router';
import { localDate } from '../../../../../shared/attendance/time';
import { PROPOSAL_STATUSES, STATUS_LABELS, type ProposalStatus } from '../../../../../shared/domain/proposal';
import { listRow } from '../../../../../shared/proposals/summary';
import { matchesOffice, useOfficeFilter } from '../../../app/officeFilter';
import { useAppStore } from '../../../app/store';
import { attention, useMembers, useProposals } from '../data/hooks';
import { createProposal } from '../data/proposals';
import { useProposalSettings } from '../data/settings';
import { draftFromTemplate, TEMPLATES } from '../drafting/templates';
import { ListOutputs } from '../output/ListOutputs';
import { ps } from '../strings';

const SHOW = 300;

/** 提案: every proposal, filtered; overdue ones and replies awaiting a verdict stand out; new from a template. */
export function ProposalList() {
  const navigate = useNavigate();
  const office = useAppStore((s) => s.info?.office);
  const settings = useProposalSettings();
  const today = localDate(new Date());
  const proposals = useProposals();
  const { members, byId } = useMembers();
  const officeFilter = useOfficeFilter();
  const [status, setStatus] = useState<ProposalStatus | 'all'>('all');
  const [year, setYear] = useState('all');
  const [query, setQuery] = useState('');
  const [needs, setNeeds] = useState(false);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [error, setError] = useState('');

  const mine = useMemo(() => (proposals ?? []).filter((p) => matchesOffice(officeFilter, p)), [proposals, officeFilter]);
  const att = useMemo(() => attention(mine, today), [mine, today]);
  const years = useMemo(() => [...new Set(mine.map((p) => String(p.year)))].sort().reverse(), [mine]);
  const rows = useMemo(() => {
    const q = query.trim();
    const flagged = new Set([...att.overdue, ...att.awaiting].map((p) => p.id));
    return mine
      .filter((p) => (status === 'all' || p.status === status) && (year === 'all' || String(p.year) === year) && (!needs || flagged.has(p.id)))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))
      .map((p) => listRow(p, (id) => byId.get(id)?.name ?? (members ? undefined : '…'), today))
      .filter((r) => !q || r.title.includes(q) || r.proposer.includes(q) || r.number.includes(q) || r.units.includes(q));
  }, [mine, status, year, query, needs, att, byId, members, today]);

  async function start(i: number) {
    setAnchor(null);
    try {
      const p = await createProposal(draftFromTemplate(TEMPLATES[i], settings.plenary), office?.name ?? '');
      navigate(`/proposals/${p.id}`);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>{ps.title}</Typography>
        <ListOutputs rows={rows} proposals={mine} />
        <Button startIcon={<RuleIcon />} onClick={() => navigate('/proposals/rules')}>{ps.rules}</Button>
        <Button startIcon={<BarChartIcon />} onClick={() => navigate('/proposals/figures')}>{ps.figures}</Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={(e) => setAnchor(e.currentTarget)}>{ps.newProposal}</Button>
        <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
          {TEMPLATES.map((t, i) => (
            <MenuItem key={t.id} onClick={() => void start(i)}>
              <Box><Typography>{t.label}</Typography><Typography variant="caption" color="text.secondary">{t.hint}</Typography></Box>
            </MenuItem>
          ))}
        </Menu>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert>}
      {att.overdue.length > 0 && <Alert severity="error" sx={{ mb: 1 }} data-testid="overdue-alert">{ps.overdue(att.overdue.length)}</Alert>}
      {att.awaiting.length > 0 && <Alert severity="warning" sx={{ mb: 1 }} data-testid="awaiting-alert">{ps.awaiting(att.awaiting.length)}</Alert>}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <TextField select size="small" label="状态" value={status} onChange={(e) => setStatus(e.target.value as ProposalStatus | 'all')} sx={{ width: 180 }}>
          <MenuItem value="all">全部状态</MenuItem>
          {PROPOSAL_STATUSES.map((s) => <MenuItem key={s} value={s}>{STATUS_LABELS[s]}</MenuItem>)}
        </TextField>
        <TextField select size="small" label="年度" value={year} onChange={(e) => setYear(e.target.value)} sx={{ width: 110 }}>
          <MenuItem value="all">全部</MenuItem>
          {years.map((y) => <MenuItem key={y} value={y}>{y} 年</MenuItem>)}
        </TextField>
        <TextField size="small" label="查找（案由、提案者、编号、单位）" value={query} onChange={(e) => setQuery(e.target.value)} sx={{ width: 280 }} />
        <FormControlLabel control={<Switch checked={needs} onChange={(e) => setNeeds(e.target.checked)} />} label="只看需关注的" />
        <Typography variant="body2" color="text.secondary">共 {rows.length} 件</Typography>
      </Stack>
      {proposals && !mine.length ? (
        <Typography color="text.secondary" sx={{ mt: 4 }}>{ps.none}</Typography>
      ) : (
        <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 260px)' }}>
          <Table size="small" stickyHeader aria-label="提案列表">
            <TableHead>
              <TableRow>
                {(['number', 'title', 'proposer', 'category', 'status', 'unit', 'deadline', 'reply', 'satisfaction'] as const).map((c) => <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>{ps.cols[c]}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.slice(0, SHOW).map((r) => (
                <TableRow key={r.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/proposals/${r.id}`)}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.number}</TableCell>
                  <TableCell>{r.title}{r.flags && <Chip size="small" color="secondary" variant="outlined" label={r.flags} sx={{ ml: 1 }} />}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.proposer}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.category}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.status}</TableCell>
                  <TableCell>{r.units}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.overdue ? <Chip size="small" color="error" label={`${r.deadline} 已超期`} /> : r.deadline}</TableCell>
                  <TableCell>{r.replyClass}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.status.startsWith('已答复') ? <Chip size="small" color="warning" label="待满意度" /> : r.satisfaction}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows.length > SHOW && <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>只显示前 {SHOW} 件，请用状态、年度或查找缩小范围（导出包含全部 {rows.length} 件）。</Typography>}
        </TableContainer>
      )}
    </>
  );
}
