import { useState } from 'react';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, List, ListItem, ListItemText, MenuItem, Paper, Snackbar, Stack, Tab, Tabs, TextField, Tooltip, Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import UpIcon from '@mui/icons-material/ArrowUpward';
import DownIcon from '@mui/icons-material/ArrowDownward';
import EditIcon from '@mui/icons-material/EditOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import LockIcon from '@mui/icons-material/LockOutlined';
import { useNavigate } from 'react-router';
import { DEFAULT_REF_LISTS, REF_LIST_KINDS, REF_LIST_LABELS, type RefEntry, type RefListKind } from '../../../../shared/domain/reflist';
import { repos } from '../../db';
import { useRefLists } from '../members/data';
import { addEntry, addMissingDefaults, deleteEntry, moveEntry, renameEntry } from './refListOps';
import { usagesOf, type RefUsage } from './usage';

type Pending = { entry: RefEntry; usages: RefUsage[] };

function RenameDialog({ entry, onClose, onDone }: { entry: RefEntry; onClose: () => void; onDone: (m: string) => void }) {
  const [name, setName] = useState(entry.name);
  const [error, setError] = useState('');
  return (
    <Dialog open onClose={onClose}>
      <DialogTitle>改名：{entry.name}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>用到这一项的委员等记录会一并改为新名称。</DialogContentText>
        <TextField autoFocus fullWidth size="small" label="新名称" value={name} onChange={(e) => setName(e.target.value)} error={!!error} helperText={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={() => void renameEntry(entry, name).then(() => { onDone(`已改名为「${name.trim()}」`); onClose(); }, (e: Error) => setError(e.message))}>保存</Button>
      </DialogActions>
    </Dialog>
  );
}

function DeleteDialog({ pending, others, onClose, onDone }: { pending: Pending; others: string[]; onClose: () => void; onDone: (m: string) => void }) {
  const [target, setTarget] = useState('');
  const [error, setError] = useState('');
  const { entry, usages } = pending;
  const inUse = usages.length > 0;
  const run = () =>
    void deleteEntry(entry, inUse ? target : undefined).then(
      () => { onDone(inUse ? `已将「${entry.name}」合并到「${target}」` : `已删除「${entry.name}」`); onClose(); },
      (e: Error) => setError(e.message),
    );
  return (
    <Dialog open onClose={onClose}>
      <DialogTitle>{inUse ? `「${entry.name}」正在使用` : `删除「${entry.name}」？`}</DialogTitle>
      <DialogContent>
        {inUse ? (
          <>
            <DialogContentText>使用它的有：{usages.map((u) => u.summary).join('；')}。</DialogContentText>
            <DialogContentText sx={{ my: 2 }}>不能直接删除。可以把它合并到另一项：这些记录会改用所选的一项，然后删除「{entry.name}」。</DialogContentText>
            <TextField select fullWidth size="small" label="合并到" value={target} onChange={(e) => setTarget(e.target.value)}>
              {others.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
            </TextField>
          </>
        ) : (
          <DialogContentText>没有记录用到这一项，可以删除。</DialogContentText>
        )}
        {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button color="error" variant="contained" disabled={inUse && !target} onClick={run}>{inUse ? '合并并删除' : '删除'}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The office's reference lists: add, rename, reorder, delete or merge entries. */
export function RefListsPage() {
  const navigate = useNavigate();
  const lists = useRefLists();
  const [kind, setKind] = useState<RefListKind>('sector');
  const [draft, setDraft] = useState('');
  const [addError, setAddError] = useState('');
  const [renaming, setRenaming] = useState<RefEntry | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState('');
  const entries = lists?.[kind] ?? [];
  const missingDefaults = lists ? DEFAULT_REF_LISTS[kind].filter((n) => !entries.some((e) => e.name === n)).length : 0;

  async function add() {
    try {
      await addEntry(kind, draft);
      setDraft('');
      setAddError('');
    } catch (e) {
      setAddError((e as Error).message);
    }
  }

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/members')}>返回名册</Button>
        <Typography variant="h5" component="h1">名录管理</Typography>
      </Stack>
      <Tabs value={kind} onChange={(_, k: RefListKind) => { setKind(k); setAddError(''); }} sx={{ mb: 2 }} variant="scrollable">
        {REF_LIST_KINDS.map((k) => <Tab key={k} value={k} label={REF_LIST_LABELS[k]} />)}
      </Tabs>
      <Paper sx={{ p: 2, maxWidth: 720 }}>
        <Stack direction="row" spacing={1} component="form" onSubmit={(e) => { e.preventDefault(); void add(); }} sx={{ mb: 1 }}>
          <TextField size="small" label={`新增${REF_LIST_LABELS[kind]}`} value={draft} onChange={(e) => setDraft(e.target.value)} error={!!addError} helperText={addError} sx={{ flexGrow: 1 }} />
          <Box><Button type="submit" variant="contained">添加</Button></Box>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            共 {entries.length} 项。默认值：{DEFAULT_REF_LISTS[kind].slice(0, 6).join('、')}{DEFAULT_REF_LISTS[kind].length > 6 ? ' 等' : ''}
          </Typography>
          {missingDefaults > 0 && (
            <Button size="small" onClick={() => void addMissingDefaults(kind).then((n) => setNotice(`已补回 ${n} 个默认项`))}>
              补回缺少的 {missingDefaults} 个默认项
            </Button>
          )}
        </Stack>
        {entries.some((e) => repos.refLists.whyReadOnly(e)) && (
          <Alert severity="info" sx={{ mb: 1 }}>标「区政协统一」的项由区政协维护，各办公室一致；本办公室可以添加自己的项，并修改、合并或删除它们。</Alert>
        )}
        <List dense aria-label={`${REF_LIST_LABELS[kind]}名录`}>
          {entries.map((e, i) => {
            // At an office, the district's entries (HQ's and the defaults) are kept by HQ: shown, not changed.
            const locked = repos.refLists.whyReadOnly(e);
            const movable = (j: number) => !!entries[j] && !repos.refLists.whyReadOnly(entries[j]);
            return (
            <ListItem
              key={e.id}
              divider
              secondaryAction={locked ? (
                <Tooltip title={locked}>
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary' }} aria-label={`${e.name}：${locked}`}>
                    <LockIcon fontSize="small" /><Typography variant="caption">区政协统一</Typography>
                  </Stack>
                </Tooltip>
              ) : (
                <>
                  <Tooltip title="上移"><span><IconButton size="small" disabled={!movable(i - 1)} onClick={() => void moveEntry(e, -1)} aria-label={`上移 ${e.name}`}><UpIcon fontSize="small" /></IconButton></span></Tooltip>
                  <Tooltip title="下移"><span><IconButton size="small" disabled={!movable(i + 1)} onClick={() => void moveEntry(e, 1)} aria-label={`下移 ${e.name}`}><DownIcon fontSize="small" /></IconButton></span></Tooltip>
                  <Tooltip title="改名"><IconButton size="small" onClick={() => setRenaming(e)} aria-label={`改名 ${e.name}`}><EditIcon fontSize="small" /></IconButton></Tooltip>
                  <Tooltip title="删除"><IconButton size="small" onClick={() => void usagesOf(e.kind, e.name).then((usages) => setPending({ entry: e, usages }))} aria-label={`删除 ${e.name}`}><DeleteIcon fontSize="small" /></IconButton></Tooltip>
                </>
              )}
            >
              <ListItemText primary={e.name} />
            </ListItem>
            );
          })}
        </List>
      </Paper>
      {renaming && <RenameDialog entry={renaming} onClose={() => setRenaming(null)} onDone={setNotice} />}
      {pending && <DeleteDialog pending={pending} others={entries.map((e) => e.name).filter((n) => n !== pending.entry.name)} onClose={() => setPending(null)} onDone={setNotice} />}
      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice('')} message={notice} />
    </>
  );
}
