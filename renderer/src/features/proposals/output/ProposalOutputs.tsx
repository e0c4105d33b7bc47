import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../../shared/domain/member';
import type { CoSignature, Proposal } from '../../../../../shared/domain/proposal';
import { proposalDocx } from '../../../../../shared/proposals/docx';
import { proposalSheet, replySheet } from '../../../../../shared/proposals/printData';
import { openInPrintCenter } from '../../printing/pending';
import { openExport, writeExport } from './exportFile';

/** Print the 提案表 or a reply sheet through the print center; export the proposal as .docx. */
export function ProposalOutputs({ proposal, members, coSigners }: { proposal: Proposal; members: Map<string, Member>; coSigners: CoSignature[] }) {
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [note, setNote] = useState<{ text: string; open?: string; error?: boolean } | null>(null);
  const name = proposal.title.trim() || '提案';

  const printSheet = () => {
    setAnchor(null);
    openInPrintCenter({ kind: 'proposal', data: proposalSheet(proposal, members, coSigners) }, `提案表：${name}`, navigate);
  };
  const printReply = (round: number) => {
    setAnchor(null);
    openInPrintCenter({ kind: 'proposalReply', data: replySheet(proposal, round, (id) => members.get(id)?.name) }, `答复单：${name}`, navigate);
  };
  async function exportDocx() {
    setAnchor(null);
    try {
      const out = await writeExport(`${name}.docx`, await proposalDocx(proposalSheet(proposal, members, coSigners)));
      setNote({ text: `已导出 Word 文件：${out.shown}`, open: out.path });
    } catch (e) {
      setNote({ text: `导出失败：${(e as Error).message}`, error: true });
    }
  }

  return (
    <>
      <Button startIcon={<PrintIcon />} onClick={(e) => setAnchor(e.currentTarget)}>打印 / 导出</Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={printSheet}>打印提案表</MenuItem>
        {proposal.replies.map((r, i) => <MenuItem key={i} onClick={() => printReply(i + 1)}>打印答复单（第 {i + 1} 次，{r.replyClass}类）</MenuItem>)}
        <MenuItem onClick={() => void exportDocx()}><DescriptionIcon fontSize="small" sx={{ mr: 1 }} />导出 Word（.docx）</MenuItem>
      </Menu>
      <Snackbar open={!!note} autoHideDuration={10000} onClose={() => setNote(null)}>
        {note ? <Alert severity={note.error ? 'error' : 'success'} onClose={() => setNote(null)} data-testid="output-note" action={note.open ? <Button color="inherit" size="small" onClick={() => void openExport(note.open!)}>打开</Button> : undefined}>{note.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
