import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useLiveQuery } from 'dexie-react-hooks';
import { IMPORT_FIELD_LABELS, type ImportField } from '../../../../shared/members/import/columns';
import { dismissImportBatch, lastImportBatch, planUndoImport, undoImport, type UndoPlan } from './memberOps';

const label = (k: string) => IMPORT_FIELD_LABELS[k as ImportField] ?? k;

/** The newest import on this computer, with 撤销这次导入 (which says what it will do before doing it). */
export function LastImportBar({ onMessage }: { onMessage: (m: string) => void }) {
  const batch = useLiveQuery(() => lastImportBatch(), []);
  const [plan, setPlan] = useState<UndoPlan | null>(null);
  const [error, setError] = useState('');
  if (!batch) return null;
  const at = batch.at.replace('T', ' ').slice(0, 16);

  async function undo() {
    try {
      const r = await undoImport(batch!.id);
      setPlan(null);
      onMessage(`已撤销导入：删除 ${r.removed} 人，改回 ${r.reverted} 人`);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }} data-testid="last-import"
        action={
          <>
            <Button color="inherit" size="small" onClick={() => void planUndoImport(batch).then(setPlan)}>撤销这次导入</Button>
            <IconButton color="inherit" size="small" aria-label="不再提示这次导入" onClick={() => void dismissImportBatch(batch.id)}><CloseIcon fontSize="small" /></IconButton>
          </>
        }>
        {at} 导入{batch.fileName ? `「${batch.fileName}」` : ''}：新增 {batch.created.length} 人，更新 {batch.updated.length} 人。
      </Alert>
      <Dialog open={!!plan} onClose={() => setPlan(null)} maxWidth="sm" fullWidth>
        <DialogTitle>撤销这次导入</DialogTitle>
        <DialogContent>
          {plan && (
            <>
              <Typography gutterBottom data-testid="undo-import-plan">
                将删除这次导入新增的 {plan.remove.length} 位委员{plan.remove.length ? `（${plan.remove.slice(0, 8).map((m) => m.name).join('、')}${plan.remove.length > 8 ? ' 等' : ''}）` : ''}，
                并把 {plan.revert.filter((r) => Object.keys(r.changes).length).length} 位委员被这次导入修改的内容改回导入前的值。删除的委员可在「已删除的委员」中恢复。
              </Typography>
              {plan.revert.some((r) => r.kept.length) && (
                <Typography color="text.secondary" gutterBottom>
                  导入后又手工改过的内容保留不变：{plan.revert.filter((r) => r.kept.length).map((r) => `${r.member.name}的${r.kept.map(label).join('、')}`).join('；')}。
                </Typography>
              )}
              <Typography color="text.secondary">随导入添加到名录的条目保留。</Typography>
              {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPlan(null)}>取消</Button>
          <Button color="warning" variant="contained" onClick={() => void undo()}>撤销这次导入</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
