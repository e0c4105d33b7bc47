import { useState } from 'react';
import { Alert, Button, Snackbar } from '@mui/material';
import { openExport, writeExport } from '../../proposals/output/exportFile';

/** Write an export and say where it went (with 打开), or why it failed. */
export function useExportNote() {
  const [note, setNote] = useState<{ text: string; open?: string; error?: boolean } | null>(null);
  async function write(name: string, make: () => Promise<Uint8Array>, what: string) {
    try {
      const out = await writeExport(name, await make());
      setNote({ text: `已导出${what}：${out.shown}`, open: out.path });
    } catch (e) {
      setNote({ text: `导出失败：${(e as Error).message}`, error: true });
    }
  }
  const view = (
    <Snackbar open={!!note} autoHideDuration={10000} onClose={() => setNote(null)}>
      {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="consult-note" action={note.open ? <Button color="inherit" size="small" onClick={() => void openExport(note.open!)}>打开</Button> : undefined}>{note.text}</Alert> : undefined}
    </Snackbar>
  );
  return { write, view };
}
