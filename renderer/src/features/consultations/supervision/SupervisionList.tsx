import { useState } from 'react';
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useNavigate } from 'react-router';
import { refNames, useRefLists } from '../../members/data';
import { Loading } from '../../sessions/Loading';
import { useConsultData } from '../data/load';
import { saveSupervision, type SupervisionInput } from '../data/writes';
import { useOverview } from '../followup/overview';
import { cs, STATE_COLORS } from '../strings';

/** 民主监督: items on the livelihood topics with their visits, 意见建议 and follow-up; overdue ones stand out. */
export function SupervisionList() {
  const navigate = useNavigate();
  const data = useConsultData();
  const ov = useOverview(data);
  const refs = useRefLists();
  const [adding, setAdding] = useState<SupervisionInput | null>(null);
  const [error, setError] = useState('');
  if (!ov) return <Loading />;
  const overdue = ov.supervisions.reduce((n, f) => n + f.overdue.length, 0);
  async function save() {
    setError('');
    try { const s = await saveSupervision(adding!); navigate(`/consultations/supervision/${s.id}`); } catch (e) { setError((e as Error).message); }
  }
  return (
    <>
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>共 {ov.supervisions.length} 项</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding({ year: new Date().getFullYear(), category: '', title: '', subject: '', department: '' })}>新增监督事项</Button>
      </Stack>
      {overdue > 0 && <Alert severity="error" sx={{ mb: 1 }}>{cs.overdue(overdue)}</Alert>}
      {!ov.supervisions.length ? <Typography color="text.secondary" sx={{ mt: 4 }}>{cs.noSupervisions}</Typography> : (
        <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 250px)' }}>
          <Table size="small" stickyHeader aria-label="民主监督列表">
            <TableHead><TableRow>{['年度', '监督事项', '类别', '被监督部门', '视察调研', '状态', '措施落实', '超期'].map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow></TableHead>
            <TableBody>
              {ov.supervisions.slice(0, 300).map((f) => (
                <TableRow key={f.item.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/consultations/supervision/${f.item.id}`)} data-testid="supervision-row">
                  <TableCell>{f.item.year}</TableCell>
                  <TableCell>{f.item.title}</TableCell>
                  <TableCell>{f.item.category}</TableCell>
                  <TableCell>{f.item.department}</TableCell>
                  <TableCell>{f.item.visits.length} 次</TableCell>
                  <TableCell><Chip size="small" label={f.state === '已召开' ? '已监督' : f.state === '计划中' ? '待开展' : f.state} color={STATE_COLORS[f.state]} /></TableCell>
                  <TableCell>{f.measures.length ? `${f.measures.filter((m) => m.state === '已落实').length}/${f.measures.length}` : ''}</TableCell>
                  <TableCell>{f.overdue.length > 0 && <Chip size="small" color="error" label={`${f.overdue.length} 项超期`} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {adding && (
        <Dialog open onClose={() => setAdding(null)} maxWidth="sm" fullWidth>
          <DialogTitle>新增民主监督事项</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ mt: 1 }}>
              <TextField label="监督事项" value={adding.title} onChange={(e) => setAdding({ ...adding, title: e.target.value })} />
              <Stack direction="row" spacing={2}>
                <TextField select label="民生议题类别" value={adding.category} sx={{ flexGrow: 1 }} onChange={(e) => setAdding({ ...adding, category: e.target.value })}>
                  {refNames(refs, 'consultationCategory').map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
                </TextField>
                <TextField label="年度" type="number" value={adding.year} sx={{ width: 110 }} onChange={(e) => setAdding({ ...adding, year: Number(e.target.value) })} />
              </Stack>
              <TextField label="监督什么（具体内容）" value={adding.subject} onChange={(e) => setAdding({ ...adding, subject: e.target.value })} />
              <TextField select label="被监督部门" value={adding.department} onChange={(e) => setAdding({ ...adding, department: e.target.value })}>
                {refNames(refs, 'unit').map((u) => <MenuItem key={u} value={u}>{u}</MenuItem>)}
              </TextField>
              {error && <Alert severity="error">{error}</Alert>}
            </Stack>
          </DialogContent>
          <DialogActions><Button onClick={() => setAdding(null)}>取消</Button><Button variant="contained" onClick={() => void save()}>保存</Button></DialogActions>
        </Dialog>
      )}
    </>
  );
}
