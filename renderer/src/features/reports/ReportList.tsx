import { useMemo, useState } from 'react';
import {
  Alert, Box, Button, Link, MenuItem, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useNavigate } from 'react-router';
import { ADOPTION_LEVELS, instructionsOf, reporterNames } from '../../../../shared/domain/report';
import { adoptionText } from '../../../../shared/reports/figures';
import { buildReportsWorkbook } from '../../../../shared/reports/xlsx';
import { call } from '../../app/api';
import { useMe, useOfficeNames } from '../duty/data/offices';
import { useReports } from './hooks';
import { filterReports, type ReportFilter } from './search';

const SHOWN = 300;

/** 社情民意 list: search as typed, filter by year and level adopted; export the shown ones to .xlsx. */
export function ReportList() {
  const navigate = useNavigate();
  const reports = useReports();
  const me = useMe();
  const names = useOfficeNames();
  const [f, setF] = useState<ReportFilter>({ query: '', year: '', level: '' });
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const years = useMemo(() => [...new Set((reports ?? []).map((r) => r.date.slice(0, 4)))].sort().reverse(), [reports]);
  const shown = useMemo(() => filterReports(reports ?? [], f), [reports, f]);

  async function exportXlsx() {
    try {
      const data = await buildReportsWorkbook(shown, { title: `${me.name}社情民意信息${f.year ? `（${f.year}年）` : ''}`, officeNames: names });
      const folder = await call('dialog.pickFolder', { title: '选择保存 Excel 文件的文件夹' });
      if (!folder) return;
      const w = await call('files.write', { ref: { picked: folder.picked, path: `社情民意${f.year ? `-${f.year}` : ''}.xlsx` }, data, keepExisting: true });
      setNote({ text: `已导出 ${shown.length} 篇：${w.path}` });
    } catch (e) {
      setNote({ text: (e as Error).message, error: true });
    }
  }

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>社情民意信息</Typography>
        <Button onClick={() => navigate('/reports/figures')}>统计</Button>
        <Button onClick={() => void exportXlsx()} disabled={!shown.length}>导出 Excel</Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/reports/new')}>录入社情民意</Button>
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2 }}>
        <TextField size="small" label="查找（标题、反映人、内容）" value={f.query} onChange={(e) => setF({ ...f, query: e.target.value })} sx={{ width: 320 }} />
        <TextField select size="small" label="年度" value={f.year} onChange={(e) => setF({ ...f, year: e.target.value })} sx={{ width: 120 }}>
          <MenuItem value="">全部</MenuItem>
          {years.map((y) => <MenuItem key={y} value={y}>{y}年</MenuItem>)}
        </TextField>
        <TextField select size="small" label="采用情况" value={f.level} onChange={(e) => setF({ ...f, level: e.target.value })} sx={{ width: 150 }}>
          <MenuItem value="">全部</MenuItem>
          <MenuItem value="未采用">未采用</MenuItem>
          {ADOPTION_LEVELS.map((l) => <MenuItem key={l} value={l}>{l}采用</MenuItem>)}
          <MenuItem value="批示">有领导批示</MenuItem>
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        <Typography sx={{ alignSelf: 'center' }} color="text.secondary" data-testid="report-count">{reports ? `共 ${shown.length} 篇` : '正在读取…'}</Typography>
      </Stack>
      {reports && !reports.length ? (
        <Alert severity="info">还没有社情民意信息。点「录入社情民意」登记委员反映的情况；提案不予立案并转社情民意的，会自动出现在这里。</Alert>
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="社情民意列表">
            <TableHead><TableRow>{['报送日期', '标题', '反映人', '类别', ...(me.role === 'hq' ? ['办公室'] : []), '采用情况', '批示'].map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow></TableHead>
            <TableBody>
              {shown.slice(0, SHOWN).map((r) => (
                <TableRow key={r.id} hover data-testid="report-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.date}</TableCell>
                  <TableCell><Link component="button" sx={{ textAlign: 'left' }} onClick={() => navigate(`/reports/${r.id}`)}>{r.title}</Link>{r.origin ? <Typography component="span" variant="caption" color="text.secondary">（由提案转来）</Typography> : null}</TableCell>
                  <TableCell>{reporterNames(r)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.category}</TableCell>
                  {me.role === 'hq' && <TableCell sx={{ whiteSpace: 'nowrap' }}>{names.get(r.office) ?? r.office}</TableCell>}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{adoptionText(r)}</TableCell>
                  <TableCell>{instructionsOf(r).length || ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {shown.length > SHOWN && <Typography variant="caption" color="text.secondary" sx={{ p: 1, display: 'block' }}>只显示前 {SHOWN} 篇，请用查找和筛选缩小范围；导出 Excel 包含全部 {shown.length} 篇。</Typography>}
        </TableContainer>
      )}
      <Snackbar open={!!note} autoHideDuration={8000} onClose={() => setNote(null)}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)}>{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
