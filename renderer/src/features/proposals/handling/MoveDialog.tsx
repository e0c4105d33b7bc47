import { useState } from 'react';
import {
  Alert, Autocomplete, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import {
  REJECT_REASONS, REJECT_TRANSFERS, REPLY_CLASS_LABELS, REPLY_CLASSES, SATISFACTION_LABELS, SATISFACTIONS, TRANSFER_LABELS,
  type Proposal, type RejectReason, type RejectTransfer, type ReplyClass, type Satisfaction,
} from '../../../../../shared/domain/proposal';
import { addMonths } from '../../../../../shared/proposals/dates';
import { assignedUnits, DEFAULT_DEADLINE_MONTHS, MOVE_LABELS, type Move, type MoveType } from '../../../../../shared/proposals/workflow';
import { storeReplyFile } from '../data/replyFile';

interface Props {
  type: MoveType;
  proposal: Proposal;
  units: string[];
  /** Proposals it may be merged into (submitted, accepted, handling; not itself). */
  mergeTargets: Proposal[];
  onClose(): void;
  onMove(m: Move): Promise<void>;
}

/** The form of one move: what it needs (reasons from the fixed list, units, reply class …); a refusal is shown here. */
export function MoveDialog({ type, proposal, units, mergeTargets, onClose, onMove }: Props) {
  const today = localDate(new Date());
  const [why, setWhy] = useState('');
  const [reason, setReason] = useState<RejectReason>(REJECT_REASONS[0]);
  const [transfer, setTransfer] = useState<RejectTransfer>('opinion');
  const [into, setInto] = useState<Proposal | null>(null);
  const [mode, setMode] = useState<'lead' | 'separate'>('lead');
  const [lead, setLead] = useState<string | null>(null);
  const [others, setOthers] = useState<string[]>([]);
  const [deadline, setDeadline] = useState(addMonths(today, DEFAULT_DEADLINE_MONTHS));
  const [replyClass, setReplyClass] = useState<ReplyClass>('A');
  const [unit, setUnit] = useState(proposal.assignment ? assignedUnits(proposal.assignment)[0] : '');
  const [date, setDate] = useState(today);
  const [summary, setSummary] = useState('');
  const [contact, setContact] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [satisfaction, setSatisfaction] = useState<Satisfaction>('satisfied');
  const [flags, setFlags] = useState(proposal.flags);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function build(): Promise<Move> {
    switch (type) {
      case 'submit': return { type };
      case 'accept': return { type, opinion: why };
      case 'reject': return { type, reason, transfer, note: why };
      case 'merge': return { type, into: into?.id ?? '', intoStatus: into?.status ?? 'draft', intoTitle: into?.title ?? '', why };
      case 'withdraw': case 'returnForRevision': case 'close': return { type, why };
      case 'assign': return { type, mode, lead: mode === 'lead' ? lead ?? '' : '', units: others, deadline };
      case 'unitReturn': return { type, unit, why };
      case 'reply': {
        const doc = file ? await storeReplyFile(proposal.id, file) : { fileName: '', path: '', size: 0 };
        return { type, reply: { replyClass, unit, date, summary, contact, ...doc } };
      }
      case 'verdict': return { type, satisfaction, note: why };
      case 'flags': return { type, flags };
    }
  }

  async function confirm() {
    setBusy(true);
    setError('');
    try {
      await onMove(await build());
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const assigned = proposal.assignment ? assignedUnits(proposal.assignment) : units;
  const whyLabel: Partial<Record<MoveType, string>> = {
    accept: '审查意见', reject: '补充说明（可不填）', merge: '说明（可不填）', withdraw: '撤案原因', returnForRevision: '退回修改的意见（委员据此修改）',
    unitReturn: '退回原因', verdict: '委员的意见（基本满意、不满意时必填）', close: '办结说明（可不填）',
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{MOVE_LABELS[type]}：{proposal.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {type === 'submit' && <Typography>提交后由区政协提案委员会审查；提交后不能再修改，除非被退回修改。</Typography>}
          {type === 'reject' && (
            <>
              <TextField select label="不予立案理由" value={reason} onChange={(e) => setReason(e.target.value as RejectReason)}>
                {REJECT_REASONS.map((r) => <MenuItem key={r} value={r}>{r}</MenuItem>)}
              </TextField>
              <RadioGroup row value={transfer} onChange={(e) => setTransfer(e.target.value as RejectTransfer)}>
                {REJECT_TRANSFERS.map((t) => <FormControlLabel key={t} value={t} control={<Radio />} label={TRANSFER_LABELS[t]} />)}
              </RadioGroup>
            </>
          )}
          {type === 'merge' && (
            <Autocomplete options={mergeTargets} value={into} onChange={(_, v) => setInto(v)} getOptionLabel={(p) => p.title} isOptionEqualToValue={(a, b) => a.id === b.id}
              renderInput={(p) => <TextField {...p} label="并入的提案" />} />
          )}
          {type === 'assign' && (
            <>
              <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as 'lead' | 'separate')}>
                <FormControlLabel value="lead" control={<Radio />} label="主办 + 会办" />
                <FormControlLabel value="separate" control={<Radio />} label="分办（各单位分别办理）" />
              </RadioGroup>
              {mode === 'lead' && <Autocomplete options={units} value={lead} onChange={(_, v) => setLead(v)} renderInput={(p) => <TextField {...p} label="主办单位" />} />}
              <Autocomplete multiple options={units.filter((u) => u !== lead)} value={others} onChange={(_, v) => setOthers(v)}
                renderInput={(p) => <TextField {...p} label={mode === 'lead' ? '会办单位（可不选）' : '分办单位'} />} />
              <TextField type="date" label="办理期限" value={deadline} onChange={(e) => setDeadline(e.target.value)} helperText="默认三个月" slotProps={{ inputLabel: { shrink: true } }} />
            </>
          )}
          {type === 'unitReturn' && (
            <TextField select label="退回的承办单位" value={unit} onChange={(e) => setUnit(e.target.value)}>
              {assigned.map((u) => <MenuItem key={u} value={u}>{u}</MenuItem>)}
            </TextField>
          )}
          {type === 'reply' && (
            <>
              <TextField select label="答复类别" value={replyClass} onChange={(e) => setReplyClass(e.target.value as ReplyClass)}>
                {REPLY_CLASSES.map((c) => <MenuItem key={c} value={c}>{REPLY_CLASS_LABELS[c]}</MenuItem>)}
              </TextField>
              <Autocomplete freeSolo options={assigned} value={unit} onInputChange={(_, v) => setUnit(v)} renderInput={(p) => <TextField {...p} label="答复单位" />} />
              <TextField type="date" label="答复日期" value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField label="答复内容摘要" value={summary} onChange={(e) => setSummary(e.target.value)} multiline minRows={3} />
              <TextField label="联系人及电话" value={contact} onChange={(e) => setContact(e.target.value)} />
              <Button component="label" variant="outlined">
                {file ? `答复件：${file.name}` : '附上答复件（可选）'}
                <input hidden type="file" data-testid="reply-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </Button>
            </>
          )}
          {type === 'verdict' && (
            <RadioGroup row value={satisfaction} onChange={(e) => setSatisfaction(e.target.value as Satisfaction)}>
              {SATISFACTIONS.map((s) => <FormControlLabel key={s} value={s} control={<Radio />} label={SATISFACTION_LABELS[s]} />)}
            </RadioGroup>
          )}
          {type === 'verdict' && satisfaction !== 'satisfied' && <Alert severity="info">选择“{SATISFACTION_LABELS[satisfaction]}”后，提案退回承办单位重新办理，期限三个月。</Alert>}
          {type === 'flags' && (
            <>
              <FormControlLabel control={<Checkbox checked={flags.key} onChange={(e) => setFlags({ ...flags, key: e.target.checked })} />} label="重点提案" />
              <FormControlLabel control={<Checkbox checked={flags.supervised} onChange={(e) => setFlags({ ...flags, supervised: e.target.checked })} />} label="督办" />
              {flags.supervised && <TextField label="督办意见" value={flags.superviseNote} onChange={(e) => setFlags({ ...flags, superviseNote: e.target.value })} />}
              <FormControlLabel control={<Checkbox checked={flags.excellent} onChange={(e) => setFlags({ ...flags, excellent: e.target.checked })} />} label="优秀提案" />
            </>
          )}
          {whyLabel[type] && <TextField label={whyLabel[type]} value={why} onChange={(e) => setWhy(e.target.value)} multiline minRows={2} />}
          {error && <Alert severity="error" data-testid="move-error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={busy} onClick={() => void confirm()}>确定{MOVE_LABELS[type]}</Button>
      </DialogActions>
    </Dialog>
  );
}
