import { useMemo, useState } from 'react';
import {
  Alert, Box, Chip, Link, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { scoreMember, type MemberDuty } from '../../../../shared/duty/engine';
import { periodLabel, periodOf, sessionCounts } from '../../../../shared/duty/summary';
import type { DutySnapshot } from './data/load';
import { PeriodSelect } from './PeriodSelect';
import { sourceRoute } from './sourceLinks';
import { useDutyUi } from './store';

const pts = (n: number) => (n > 0 ? `+${n}` : String(n));

/** A member's record for a period, computed from the snapshot with the rule table in force. */
export function useMemberDuty(snap: DutySnapshot | undefined, memberId: string, periodKey: string): MemberDuty | null {
  return useMemo(() => {
    if (!snap) return null;
    const period = periodOf(periodKey, snap.table.terms);
    if (!period) return null;
    return scoreMember(memberId, snap.byMember.get(memberId) ?? [], snap.table, period, { uptoYear: new Date().getFullYear() });
  }, [snap, memberId, periodKey]);
}

/**
 * The duty record of one member: total and grade, the yearly minimums, sessions
 * by kind, points by item of the rule table; click a line to see its items, each
 * item opens the record that earned it.
 */
export function MemberRecord({ snap, member }: { snap: DutySnapshot; member: Member }) {
  const navigate = useNavigate();
  const { period: periodKey, set } = useDutyUi();
  const duty = useMemberDuty(snap, member.id, periodKey);
  const [rule, setRule] = useState('');
  const period = periodOf(periodKey, snap.table.terms);
  if (!duty || !period) return <Alert severity="warning">请选择年度或届别。</Alert>;
  const items = rule ? duty.items.filter((i) => i.rule === rule) : duty.items;
  const sessions = sessionCounts(duty.items);
  return (
    <Box data-testid="member-duty">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <PeriodSelect value={periodKey} onChange={(p) => { set({ period: p }); setRule(''); }} terms={snap.table.terms} />
        <Typography variant="h6" data-testid="duty-total">{periodLabel(period)}履职积分：{duty.total} 分</Typography>
        {duty.grade && <Chip color={duty.grade === snap.table.grades[0]?.label ? 'success' : duty.grade === snap.table.grades[snap.table.grades.length - 1]?.label ? 'error' : 'default'} label={duty.grade} data-testid="duty-grade" />}
        {duty.minimums.map((m) => (
          <Chip key={m.key} size="small" variant="outlined" color={m.met ? 'success' : 'error'} label={`${m.met ? '✓' : '✗'} ${m.label}`} />
        ))}
      </Stack>
      {duty.belowMinimum && <Alert severity="warning" sx={{ mb: 2 }} data-testid="below-minimum">{period.kind === 'year' ? '本年度' : '本届有年度'}未达到履职基本要求。</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: 'flex-start' }}>
        <TableContainer component={Paper} sx={{ flex: 1 }}>
          <Table size="small" aria-label="积分项目">
            <TableHead><TableRow><TableCell>积分项目</TableCell><TableCell align="right">次数</TableCell><TableCell align="right">积分</TableCell></TableRow></TableHead>
            <TableBody>
              {duty.byRule.map((l) => (
                <TableRow key={l.rule} hover selected={rule === l.rule} sx={{ cursor: 'pointer' }} onClick={() => setRule(rule === l.rule ? '' : l.rule)} data-testid="duty-line">
                  <TableCell>{l.label}</TableCell><TableCell align="right">{l.count}</TableCell><TableCell align="right">{pts(l.points)}</TableCell>
                </TableRow>
              ))}
              {!duty.byRule.length && <TableRow><TableCell colSpan={3}><Typography color="text.secondary">这一期间还没有履职记录。</Typography></TableCell></TableRow>}
            </TableBody>
          </Table>
        </TableContainer>
        {sessions.length > 0 && (
          <TableContainer component={Paper} sx={{ width: { md: 380 } }}>
            <Table size="small" aria-label="活动出席">
              <TableHead><TableRow>{['活动类型', '出席', '请假', '缺席', '补学'].map((h) => <TableCell key={h} align={h === '活动类型' ? 'left' : 'right'}>{h}</TableCell>)}</TableRow></TableHead>
              <TableBody>
                {sessions.map((s) => (
                  <TableRow key={s.kind}><TableCell>{s.kind}</TableCell><TableCell align="right">{s.attended}</TableCell><TableCell align="right">{s.leave}</TableCell><TableCell align="right">{s.absent}</TableCell><TableCell align="right">{s.makeUp}</TableCell></TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1">履职事项{rule ? `：${duty.byRule.find((l) => l.rule === rule)?.label ?? rule}` : ''}（{items.length} 项）</Typography>
        {rule && <Link component="button" onClick={() => setRule('')}>显示全部</Link>}
        <Box sx={{ flexGrow: 1 }} />
        <TextField select size="small" label="积分项目" value={rule} onChange={(e) => setRule(e.target.value)} sx={{ width: 220 }}>
          <MenuItem value="">全部</MenuItem>
          {duty.byRule.map((l) => <MenuItem key={l.rule} value={l.rule}>{l.label}</MenuItem>)}
        </TextField>
      </Stack>
      <TableContainer component={Paper} sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-label="履职事项">
          <TableHead><TableRow><TableCell sx={{ width: 110 }}>日期</TableCell><TableCell>事项</TableCell><TableCell align="right" sx={{ width: 70 }}>积分</TableCell><TableCell sx={{ width: 200 }}>说明</TableCell></TableRow></TableHead>
          <TableBody>
            {items.map((it, i) => {
              const to = sourceRoute(it.source);
              return (
                <TableRow key={`${it.source.id}-${it.rule}-${i}`} data-testid="duty-item">
                  <TableCell>{it.date}</TableCell>
                  <TableCell>{to ? <Link component="button" sx={{ textAlign: 'left' }} onClick={() => navigate(to)}>{it.label}</Link> : it.label}</TableCell>
                  <TableCell align="right">{pts(it.points)}</TableCell>
                  <TableCell><Typography variant="caption" color="text.secondary">{it.note}</Typography></TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
