import { useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import type { Member } from '../../../../shared/domain/member';
import { useAppStore } from '../../app/store';
import { exportRoster } from './exportRoster';
import { ms } from './strings';

/** Export the roster as shown (filtered) or whole. */
export function ExportButton({ shown, all, onDone }: { shown: Member[]; all: Member[]; onDone: (message: string) => void }) {
  const office = useAppStore((s) => s.info?.office);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(members: Member[]) {
    setAnchor(null);
    setBusy(true);
    try {
      const path = await exportRoster(members, office?.name ?? '');
      onDone(path ? ms.exported(path) : ms.exportCancelled);
    } catch (e) {
      onDone(`导出失败：${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button startIcon={<DownloadIcon />} onClick={(e) => setAnchor(e.currentTarget)} disabled={busy || !all.length}>
        {ms.export}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run(shown)} disabled={!shown.length}>导出当前列表（{shown.length} 人）</MenuItem>
        <MenuItem onClick={() => void run(all)}>导出全部委员（{all.length} 人）</MenuItem>
      </Menu>
    </>
  );
}
