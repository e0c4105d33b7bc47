import { useState } from 'react';
import {
  Alert, Autocomplete, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Menu, MenuItem, Radio, RadioGroup, Snackbar, Stack, TextField,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import { useNavigate } from 'react-router';
import type { Campaign } from '../../../../../shared/domain/suggestion';
import { CompilationData } from '../../../../../shared/print/suggestions';
import { compilationDocx } from '../../../../../shared/suggestions/docx';
import type { CompilationScope } from '../../../../../shared/suggestions/compilation';
import { buildSuggestionsWorkbook } from '../../../../../shared/suggestions/xlsx';
import { call } from '../../../app/api';
import { useOfficeFilter } from '../../../app/officeFilter';
import { openInPrintCenter } from '../../printing/pending';
import { useOffice } from '../hooks';
import { awardJob, campaignSuggestions, compilationJob, compilationOf, figuresJob } from './printJobs';
import type { SuggestionData } from '../store';

/** A file name without characters Windows refuses. */
const safe = (s: string) => s.replace(/[\\/:*?"<>|']/g, '').slice(0, 60);

/** 打印 ▾: the compilation (print or Word), the one-page figures, the award list, and the .xlsx of the campaign. */
export function PrintMenu({ data, campaign }: { data: SuggestionData; campaign: Campaign }) {
  const navigate = useNavigate();
  const office = useOffice();
  const officeFilter = useOfficeFilter();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<'compilation' | 'xlsx' | null>(null);
  const [scope, setScope] = useState<CompilationScope>('all');
  const [categories, setCategories] = useState<string[]>([]);
  const [includePhone, setIncludePhone] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean; open?: string } | null>(null);
  const list = () => campaignSuggestions(data, campaign.id, officeFilter);
  const officeNames = new Map([[office.code, office.name]]);
  const compilation = () => CompilationData.parse(compilationOf(campaign, list(), { scope, categories }, office.name));

  async function write(path: string, bytes: Uint8Array) {
    const written = await call('files.write', { ref: { area: 'exports', path }, data: bytes });
    setNote({ text: `已导出到 ${written.path}`, open: path });
  }
  const guard = (fn: () => Promise<void> | void) => async () => {
    try {
      await fn();
    } catch (e) {
      setNote({ text: (e as Error).message, error: true });
    }
  };

  return (
    <>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={(e) => setAnchor(e.currentTarget)}>打印与导出</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => { setAnchor(null); setDialog('compilation'); }}>建议汇编（打印或 Word）…</MenuItem>
        <MenuItem onClick={() => { setAnchor(null); openInPrintCenter(figuresJob(campaign, list(), office.name, officeNames), `建议统计摘要：${campaign.title}`, navigate); }}>统计摘要（一页）</MenuItem>
        <MenuItem onClick={() => { setAnchor(null); openInPrintCenter(awardJob(campaign, list(), office.name), `获奖建议名单：${campaign.title}`, navigate); }}>获奖建议名单</MenuItem>
        <MenuItem onClick={() => { setAnchor(null); setDialog('xlsx'); }}>导出 Excel（.xlsx）…</MenuItem>
      </Menu>
      <Dialog open={dialog === 'compilation'} onClose={() => setDialog(null)} maxWidth="sm" fullWidth>
        <DialogTitle>建议汇编</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <RadioGroup value={scope} onChange={(e) => setScope(e.target.value as CompilationScope)} aria-label="收录范围">
              <FormControlLabel value="all" control={<Radio />} label="收录全部建议（并入的建议记在保留的一条下）" />
              <FormControlLabel value="adopted" control={<Radio />} label="只收录采纳和部分采纳的建议" />
            </RadioGroup>
            <Autocomplete multiple size="small" options={campaign.categories} value={categories} onChange={(_, v) => setCategories(v)}
              renderInput={(p) => <TextField {...p} label="类别（不选为全部）" />} />
            <Alert severity="info">群众的联系电话不会出现在汇编和 Word 文件中。</Alert>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>取消</Button>
          <Button onClick={guard(async () => { const c = compilation(); await write(`${safe(c.title)}.docx`, await compilationDocx(c)); setDialog(null); })}>导出 Word</Button>
          <Button variant="contained" onClick={guard(() => { const c = compilation(); setDialog(null); openInPrintCenter(compilationJob(c), `建议汇编：${campaign.title}（${c.total} 条）`, navigate); })}>打印预览</Button>
        </DialogActions>
      </Dialog>
      <Dialog open={dialog === 'xlsx'} onClose={() => setDialog(null)}>
        <DialogTitle>导出 Excel</DialogTitle>
        <DialogContent>
          <FormControlLabel control={<Checkbox checked={includePhone} onChange={(e) => setIncludePhone(e.target.checked)} />} label="包含群众的联系电话（仅供本办公室使用）" />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>取消</Button>
          <Button variant="contained" onClick={guard(async () => {
            await write(`${safe(campaign.title)}建议清单.xlsx`, await buildSuggestionsWorkbook(campaign, list(), { includePhone, officeName: office.name, officeNames }));
            setDialog(null);
          })}>导出</Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={!!note} autoHideDuration={8000} onClose={() => setNote(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {note ? (
          <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="export-note"
            action={note.open ? <Button color="inherit" size="small" onClick={() => void call('files.open', { ref: { area: 'exports', path: note.open! } })}>打开</Button> : undefined}>
            {note.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}
