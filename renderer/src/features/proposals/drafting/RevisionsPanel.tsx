import { useMemo, useState } from 'react';
import {
  Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemIcon, ListItemText, Stack, Typography,
} from '@mui/material';
import type { ProposalRevision } from '../../../../../shared/domain/proposal';
import { changeSummary, diffRevisions, draftOf, newestFirst, type FieldDiff } from '../../../../../shared/proposals/revisions';
import { ps } from '../strings';

const REASON: Record<ProposalRevision['reason'], string> = { create: '新建', save: '自动保存', restore: '恢复' };

/** A readable character-level diff: removed text struck through in red, added text underlined in green. */
export function DiffView({ diffs }: { diffs: FieldDiff[] }) {
  if (!diffs.length) return <Typography color="text.secondary">两个版本内容相同。</Typography>;
  return (
    <Stack spacing={2} data-testid="diff">
      {diffs.map((d) => (
        <Box key={d.field}>
          <Typography variant="subtitle2">{d.label}（+{d.added} −{d.removed} 字）</Typography>
          <Typography component="div" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }}>
            {d.pieces.map((p, i) => p.kind === 'same' ? <span key={i}>{p.text}</span>
              : p.kind === 'added' ? <Box component="ins" key={i} sx={{ bgcolor: '#e6f4ea', color: '#0d652d' }}>{p.text}</Box>
                : <Box component="del" key={i} sx={{ bgcolor: '#fce8e6', color: '#a50e0e' }}>{p.text}</Box>)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}

/** The revision list: pick two to compare, restore any (the restore is itself a revision). */
export function RevisionsPanel({ revisions, editable, onRestore }: { revisions: ProposalRevision[]; editable: boolean; onRestore(r: ProposalRevision): void }) {
  const list = useMemo(() => newestFirst(revisions), [revisions]);
  const [picked, setPicked] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const pair = picked.map((id) => list.find((r) => r.id === id)).filter((r): r is ProposalRevision => !!r).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  const diffs = useMemo(() => (open && pair.length === 2 ? diffRevisions(draftOf(pair[0]), draftOf(pair[1])) : []), [open, pair]);
  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>{ps.revisions}（{list.length} 个版本）</Typography>
        <Button size="small" disabled={pair.length !== 2} onClick={() => setOpen(true)}>{ps.compare}</Button>
      </Stack>
      <List dense sx={{ maxHeight: 320, overflow: 'auto' }} aria-label={ps.revisions}>
        {list.map((r, i) => (
          <ListItem key={r.id} disableGutters data-testid="revision"
            secondaryAction={editable && i > 0 ? <Button size="small" onClick={() => onRestore(r)}>{ps.restore}</Button> : undefined}>
            <ListItemIcon sx={{ minWidth: 32 }}><Checkbox edge="start" size="small" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} slotProps={{ input: { 'aria-label': `选择版本 ${r.at}` } }} /></ListItemIcon>
            <ListItemText primary={`${r.at.replace('T', ' ')}　${REASON[r.reason]}${i === 0 ? '（当前）' : ''}`}
              secondary={`${r.by} · ${Array.from(r.situation + r.analysis + r.measures).length} 字 · ${r.title || '（无案由）'}`} />
          </ListItem>
        ))}
      </List>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>版本比较：{pair[0]?.at.replace('T', ' ')} → {pair[1]?.at.replace('T', ' ')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" gutterBottom>{changeSummary(diffs)}</Typography>
          <DiffView diffs={diffs} />
        </DialogContent>
        <DialogActions><Button onClick={() => setOpen(false)}>关闭</Button></DialogActions>
      </Dialog>
    </Box>
  );
}
