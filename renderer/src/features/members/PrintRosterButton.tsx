import { useState } from 'react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import type { Member } from '../../../../shared/domain/member';
import type { Orientation } from '../../../../shared/print/page';
import { useAppStore } from '../../app/store';
import { membersToPrint, openRosterPdf, saveRosterPdf } from './printRoster';
import { ms } from './strings';

/** Print the roster as shown (filtered) as an A4 list, through the print service's PDF. */
export function PrintRosterButton({ members: shown, onMessage }: { members: Member[]; onMessage: (m: string) => void }) {
  const office = useAppStore((s) => s.info?.office);
  const [withRetired, setWithRetired] = useState(false);
  const members = membersToPrint(shown, withRetired);
  const retired = shown.length - membersToPrint(shown, false).length;
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [showPhone, setShowPhone] = useState(false);
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function run(kind: 'open' | 'save') {
    const setup = { title: title.trim(), showPhone, orientation };
    if (!setup.title) return setError('请填写名册标题');
    if (!members.length) return setError('当前列表中没有在任委员：如要打印离任委员，请打开「包含离任委员」');
    setBusy(true);
    setError('');
    try {
      if (kind === 'open') {
        const r = await openRosterPdf(members, setup);
        onMessage(r.opened ? `已生成 ${r.pages} 页的名册 PDF，请在打开的窗口中打印` : `已生成 ${r.pages} 页的名册 PDF（${r.path}），但未能自动打开`);
      } else {
        const r = await saveRosterPdf(members, setup);
        onMessage(r ? `已保存 ${r.pages} 页的名册 PDF 到 ${r.path}` : '已取消保存');
      }
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        startIcon={<PrintIcon />}
        disabled={!shown.length}
        onClick={() => {
          setTitle(`${office?.name ?? ''}委员名册`);
          setError('');
          setOpen(true);
        }}
      >
        {ms.print}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{ms.print}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography color="text.secondary" data-testid="print-roster-count">
              打印当前列表中的 {members.length} 名{withRetired ? '' : '在任'}委员{!withRetired && retired ? `（另有 ${retired} 名离任委员未包含）` : ''}，A4 纸，每页重复表头。
            </Typography>
            <TextField size="small" label="名册标题" value={title} onChange={(e) => setTitle(e.target.value)} />
            <TextField select size="small" label="纸张方向" value={orientation} onChange={(e) => setOrientation(e.target.value as Orientation)}>
              <MenuItem value="portrait">纵向</MenuItem>
              <MenuItem value="landscape">横向</MenuItem>
            </TextField>
            <FormControlLabel control={<Switch checked={showPhone} onChange={(e) => setShowPhone(e.target.checked)} />} label="包含联系电话" />
            {retired > 0 && <FormControlLabel control={<Switch checked={withRetired} onChange={(e) => setWithRetired(e.target.checked)} />} label={`包含离任委员（${retired} 名）`} />}
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>{ms.cancel}</Button>
          <Button onClick={() => void run('save')} disabled={busy}>保存 PDF</Button>
          <Button variant="contained" onClick={() => void run('open')} disabled={busy}>生成并打开 PDF</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
