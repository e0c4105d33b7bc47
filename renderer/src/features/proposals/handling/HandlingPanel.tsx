import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Box, Button, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { localDate } from '../../../../../shared/attendance/time';
import { REPLY_CLASS_LABELS, SATISFACTION_LABELS, STATUS_LABELS, TRANSFER_LABELS, type Proposal, type ProposalStep } from '../../../../../shared/domain/proposal';
import { unitsText } from '../../../../../shared/proposals/summary';
import { deadlineOf, isOverdue, MOVE_LABELS, movesFrom, type Actor, type Move, type MoveType } from '../../../../../shared/proposals/workflow';
import { applyMove } from '../data/proposals';
import { openReplyFile } from '../data/replyFile';
import { ps } from '../strings';
import { MoveDialog } from './MoveDialog';

/** The handling state, every step (who, when, why), and the moves this office may make now. */
export function HandlingPanel({ proposal, steps, actor, units, all }: { proposal: Proposal; steps: ProposalStep[]; actor: Actor; units: string[]; all: Proposal[] }) {
  const [open, setOpen] = useState<MoveType | null>(null);
  const [error, setError] = useState('');
  const today = localDate(new Date());
  const moves = movesFrom(proposal.status, actor.role).filter((m) => m !== 'submit');
  const mergeTargets = all.filter((p) => p.id !== proposal.id && ['submitted', 'accepted', 'handling'].includes(p.status));
  const onMove = async (m: Move) => { await applyMove(proposal.id, m, actor); };
  const overdue = isOverdue(proposal, today);
  return (
    <Box data-testid="handling">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{ps.handling}</Typography>
        <Chip size="small" label={STATUS_LABELS[proposal.status]} color={proposal.status === 'closed' ? 'success' : 'primary'} data-testid="status" />
        {overdue && <Chip size="small" color="error" label={`已超过办理期限 ${deadlineOf(proposal)}`} />}
        {proposal.flags.key && <Chip size="small" color="secondary" label="重点提案" />}
        {proposal.flags.supervised && <Chip size="small" color="secondary" label={`督办：${proposal.flags.superviseNote}`} />}
        {proposal.flags.excellent && <Chip size="small" color="secondary" label="优秀提案" />}
      </Stack>
      {error && <Alert severity="error" onClose={() => setError('')}>{error}</Alert>}
      {proposal.assignment && <Typography variant="body2">{unitsText(proposal)}；办理期限 {deadlineOf(proposal)}</Typography>}
      {proposal.rejection && <Typography variant="body2">不予立案：{proposal.rejection.reason}（{TRANSFER_LABELS[proposal.rejection.transfer]}）</Typography>}
      {proposal.mergedInto && <Typography variant="body2">并案办理：<Link component={RouterLink} to={`/proposals/${proposal.mergedInto}`}>{all.find((p) => p.id === proposal.mergedInto)?.title ?? '另一件提案'}</Link></Typography>}
      {proposal.replies.map((r, i) => (
        <Box key={i} sx={{ my: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="reply">
          <Typography variant="body2"><b>第 {i + 1} 次答复</b>　{REPLY_CLASS_LABELS[r.replyClass]}　{r.unit}　{r.date}</Typography>
          <Typography variant="body2">{r.summary}</Typography>
          <Typography variant="caption" color="text.secondary">联系人：{r.contact || '—'}</Typography>
          {r.path && <Button size="small" onClick={() => void openReplyFile(r.path, r.fileName).catch((e: Error) => setError(e.message))}>打开答复件 {r.fileName}</Button>}
          {proposal.verdicts[i] && <Typography variant="body2">满意度：{SATISFACTION_LABELS[proposal.verdicts[i].satisfaction]}（{proposal.verdicts[i].date}）{proposal.verdicts[i].note}</Typography>}
        </Box>
      ))}
      <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap' }}>
        {moves.map((m) => <Button key={m} size="small" variant={m === 'flags' ? 'text' : 'outlined'} onClick={() => setOpen(m)}>{MOVE_LABELS[m]}</Button>)}
      </Stack>
      <Table size="small" aria-label="办理记录">
        <TableHead><TableRow><TableCell>时间</TableCell><TableCell>办理</TableCell><TableCell>经办</TableCell><TableCell>说明</TableCell></TableRow></TableHead>
        <TableBody>
          {steps.map((s) => (
            <TableRow key={s.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.at.replace('T', ' ').slice(0, 16)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{MOVE_LABELS[s.move as MoveType] ?? s.move}{s.number ? `（第${s.number}号）` : ''}</TableCell>
              <TableCell>{s.by}</TableCell>
              <TableCell>{s.why}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {open && <MoveDialog type={open} proposal={proposal} units={units} mergeTargets={mergeTargets} onClose={() => setOpen(null)} onMove={onMove} />}
    </Box>
  );
}
