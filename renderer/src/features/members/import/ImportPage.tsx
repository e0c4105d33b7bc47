import { useMemo, useRef, useState } from 'react';
import {
  Alert, Box, Button, Checkbox, Chip, FormControlLabel, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import UploadIcon from '@mui/icons-material/FileUploadOutlined';
import { useNavigate } from 'react-router';
import { REF_LIST_LABELS } from '../../../../../shared/domain/reflist';
import { detectHeader, type ColumnMap, type Grid, type ImportField } from '../../../../../shared/members/import/columns';
import { actionDetail, planImport, type PlanAction } from '../../../../../shared/members/import/plan';
import { analyseRows, countDataRows, type RefNames, type RowEdits } from '../../../../../shared/members/import/rows';
import { refNames, useAllMembers, useRefLists } from '../data';
import { commitImport } from '../memberOps';
import { MappingTable } from './MappingTable';
import { ProblemList } from './ProblemList';
import { readSheet } from './readSheet';

type NewRef = { kind: 'sector' | 'committee' | 'party'; name: string };

interface Sheet {
  fileName: string;
  grid: Grid;
  headerRow: number;
  columns: ColumnMap;
}

const ACTION_LABEL: Record<PlanAction['kind'], string> = { create: '新增', update: '更新', same: '无变化', skip: '跳过' };


/** Import .xlsx or .csv: pick, check the mapping and the rows, fix, then confirm; nothing is written before. */
export function ImportPage() {
  const navigate = useNavigate();
  const members = useAllMembers();
  const lists = useRefLists();
  const input = useRef<HTMLInputElement>(null);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [error, setError] = useState('');
  const [edits, setEdits] = useState<RowEdits>({});
  const [added, setAdded] = useState<NewRef[]>([]);
  /** Note rows (制表人 …) the person ticked to import after all. */
  const [includeNotes, setIncludeNotes] = useState<ReadonlySet<number>>(new Set());
  const [busy, setBusy] = useState(false);

  async function pick(file: File) {
    setError('');
    setEdits({});
    setAdded([]);
    setIncludeNotes(new Set());
    try {
      const grid = await readSheet(file);
      const guess = detectHeader(grid);
      if (!guess) {
        setSheet({ fileName: file.name, grid, headerRow: 0, columns: {} });
        setError('没有找到表头：表格中应有一行写着「姓名」等列名。请在下面指定表头所在的行，并为各列选择对应的内容。');
        return;
      }
      setSheet({ fileName: file.name, grid, headerRow: guess.headerRow, columns: guess.columns });
    } catch (e) {
      setSheet(null);
      setError((e as Error).message);
    }
  }

  const refs: RefNames | null = useMemo(() => {
    if (!lists) return null;
    const withAdded = (kind: NewRef['kind']) => new Set([...refNames(lists, kind), ...added.filter((a) => a.kind === kind).map((a) => a.name)]);
    return { sector: withAdded('sector'), committee: withAdded('committee'), party: withAdded('party') };
  }, [lists, added]);

  const rows = useMemo(
    () => (sheet && refs && Object.values(sheet.columns).includes('name') ? analyseRows(sheet.grid, sheet.headerRow, sheet.columns, refs, edits) : []),
    [sheet, refs, edits],
  );
  const plan = useMemo(() => planImport(rows, members ?? [], { includeNotes }), [rows, members, includeNotes]);
  const noteRows = rows.filter((r) => r.noteRow).length;
  const toggleNote = (row: number, on: boolean) => setIncludeNotes((s) => {
    const next = new Set(s);
    if (on) next.add(row);
    else next.delete(row);
    return next;
  });
  const unknown = useMemo(() => {
    const seen = new Map<string, NewRef & { rows: number[] }>();
    for (const r of rows) for (const p of r.problems) if (p.unknownRef) {
      const key = `${p.unknownRef.kind}:${p.unknownRef.name}`;
      const entry = seen.get(key) ?? { ...p.unknownRef, rows: [] };
      entry.rows.push(r.rowNumber);
      seen.set(key, entry);
    }
    return [...seen.values()];
  }, [rows]);

  function fix(row: number, field: ImportField, value: string) {
    setEdits((e) => ({ ...e, [row]: { ...e[row], [field]: value } }));
  }

  async function confirm() {
    setBusy(true);
    try {
      const outcome = await commitImport(plan, added, sheet?.fileName ?? '');
      navigate('/members', { state: { notice: `导入完成：新增 ${outcome.created} 人，更新 ${outcome.updated} 人` } });
    } catch (e) {
      setError(`导入失败，名册没有任何改动：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const header = sheet?.grid[sheet.headerRow] ?? [];
  const writable = plan.counts.create + plan.counts.update;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/members')}>返回名册</Button>
        <Typography variant="h5" component="h1">导入委员名册</Typography>
        <Box sx={{ flexGrow: 1 }} />
        <input
          ref={input}
          type="file"
          accept=".xlsx,.csv"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void pick(f);
            e.target.value = '';
          }}
        />
        <Button variant="outlined" startIcon={<UploadIcon />} onClick={() => input.current?.click()}>
          {sheet ? '换一个文件' : '选择 Excel 或 CSV 文件'}
        </Button>
      </Stack>
      {!sheet && !error && (
        <Alert severity="info">
          选择从 Excel 或 WPS 保存的 .xlsx 文件（或 .csv）。表格上方的标题行可以保留，程序会自动找到「姓名」「界别」「工作单位及职务」等列名所在的行。
          导入前会先显示预览，确认后才写入名册；已有的委员按委员编号、或按姓名加工作单位对应，只会更新，不会重复添加。
        </Alert>
      )}
      {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
      {sheet && (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
            <Typography>文件：{sheet.fileName}</Typography>
            <TextField
              size="small"
              type="number"
              label="表头所在行"
              value={sheet.headerRow + 1}
              onChange={(e) => {
                const r = Math.max(1, Math.min(sheet.grid.length, Number(e.target.value) || 1)) - 1;
                const guess = detectHeader([sheet.grid[r] ?? []]);
                setSheet({ ...sheet, headerRow: r, columns: guess?.columns ?? {} });
                setEdits({});
              }}
              sx={{ width: 120 }}
            />
            <Typography color="text.secondary">共 {countDataRows(sheet.grid, sheet.headerRow)} 行数据（空行已跳过）</Typography>
          </Stack>
          <Typography variant="h6" gutterBottom>列对应</Typography>
          <MappingTable headers={header.map((c) => (c === null ? '' : String(c)))} sample={sheet.grid[sheet.headerRow + 1] ?? []} columns={sheet.columns} onChange={(columns) => setSheet({ ...sheet, columns })} />
          {!Object.values(sheet.columns).includes('name') && <Alert severity="warning" sx={{ mb: 2 }}>请为「姓名」选择一列：没有姓名无法导入。</Alert>}
          {unknown.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              <Typography gutterBottom>以下名称不在名录中。可以添加到名录（随导入一起保存），或在下面逐行改正：</Typography>
              <Stack spacing={1}>
                {unknown.map((u) => (
                  <Stack key={`${u.kind}:${u.name}`} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography>{REF_LIST_LABELS[u.kind]}「{u.name}」（第 {u.rows.slice(0, 5).join('、')}{u.rows.length > 5 ? ' 等' : ''} 行）</Typography>
                    <Button size="small" variant="outlined" onClick={() => setAdded((a) => [...a, { kind: u.kind, name: u.name }])}>
                      添加到{REF_LIST_LABELS[u.kind]}名录
                    </Button>
                  </Stack>
                ))}
              </Stack>
            </Alert>
          )}
          {added.length > 0 && (
            <Alert severity="info" sx={{ mb: 2 }}>
              导入时将添加到名录：{added.map((a) => `${REF_LIST_LABELS[a.kind]}「${a.name}」`).join('、')}
            </Alert>
          )}
          <ProblemList rows={rows} onFix={fix} />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }} data-testid="import-summary">
            <Typography variant="h6">导入预览</Typography>
            <Chip color="success" label={`新增 ${plan.counts.create} 人`} />
            <Chip color="info" label={`更新 ${plan.counts.update} 人`} />
            <Chip label={`无变化 ${plan.counts.same} 人`} />
            <Chip color={plan.counts.skip ? 'error' : 'default'} label={`跳过 ${plan.counts.skip} 行`} />
          </Stack>
          <TableContainer component={Paper} sx={{ mb: 2, maxHeight: 360 }}>
            <Table size="small" stickyHeader aria-label="导入预览">
              <TableHead>
                <TableRow>
                  {['行号', '处理', '姓名', '委员编号', '界别', '工作单位及职务', '说明'].map((h) => <TableCell key={h} sx={{ whiteSpace: 'nowrap' }}>{h}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.actions.slice(0, 300).map((a) => (
                  <TableRow key={a.row.rowNumber}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.row.rowNumber}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {a.row.noteRow ? (
                        <FormControlLabel sx={{ m: 0 }} label={ACTION_LABEL[a.kind]} control={
                          <Checkbox size="small" checked={includeNotes.has(a.row.rowNumber)} onChange={(e) => toggleNote(a.row.rowNumber, e.target.checked)}
                            slotProps={{ input: { 'aria-label': `导入第 ${a.row.rowNumber} 行` } }} />
                        } />
                      ) : ACTION_LABEL[a.kind]}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.row.values.name}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.row.values.memberNo}</TableCell>
                    <TableCell>{a.row.values.sector}</TableCell>
                    <TableCell>{a.row.values.unitAndPost}</TableCell>
                    <TableCell>{actionDetail(a)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {plan.actions.length > 300 && <Typography sx={{ p: 1 }} color="text.secondary">只显示前 300 行，导入时全部处理。</Typography>}
          </TableContainer>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="contained" disabled={busy || !writable} onClick={() => void confirm()}>
              确认导入（新增 {plan.counts.create} 人，更新 {plan.counts.update} 人）
            </Button>
            {plan.counts.skip > 0 && (
              <Typography color="error">
                有 {plan.counts.skip} 行不会导入{noteRows ? `（其中 ${noteRows - includeNotes.size} 行像是表格下方的说明；如确是委员，请在「处理」一栏勾选）` : ''}：改正后会自动计入。
              </Typography>
            )}
            <Button onClick={() => navigate('/members')}>取消</Button>
          </Stack>
        </>
      )}
    </>
  );
}
