import { useState } from 'react';
import {
  Alert, Button, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useNavigate } from 'react-router';
import { ruleRecordId } from '../../../../shared/domain/duty';
import { DEFAULT_RULES, RULE_GROUPS, type DutyRule } from '../../../../shared/duty/rules';
import { identity } from '../../db/identity';
import { repos } from '../../db';
import { useDutySnapshot } from './data/load';
import { resetRule, saveRule, saveSettings } from './data/rules';

const DEFAULTS = new Map(DEFAULT_RULES.map((r) => [r.key, r]));

function RuleRow({ rule, readOnly, onError }: { rule: DutyRule; readOnly: boolean; onError(m: string): void }) {
  const [v, setV] = useState({ lead: String(rule.lead), co: String(rule.co), cap: String(rule.cap) });
  const def = DEFAULTS.get(rule.key)!;
  const changed = v.lead !== String(rule.lead) || v.co !== String(rule.co) || v.cap !== String(rule.cap);
  const custom = def.lead !== rule.lead || def.co !== rule.co || def.cap !== rule.cap;
  const field = (k: keyof typeof v, label: string) => (
    <TextField size="small" value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} disabled={readOnly} slotProps={{ htmlInput: { 'aria-label': `${rule.label}${label}`, inputMode: 'numeric' } }} sx={{ width: 72 }} />
  );
  return (
    <TableRow data-testid={`rule-${rule.key}`}>
      <TableCell>{rule.label}{custom && <Typography component="span" variant="caption" color="warning.main">（默认 {def.lead}/{def.co}{def.cap ? `，上限 ${def.cap}` : ''}）</Typography>}</TableCell>
      <TableCell>{field('lead', '分值')}</TableCell>
      <TableCell>{field('co', '联名分值')}</TableCell>
      <TableCell>{field('cap', '年度上限')}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {!readOnly && <Button size="small" disabled={!changed} onClick={() => void saveRule(rule, v).catch((e: Error) => onError(e.message))}>保存</Button>}
        {!readOnly && custom && <Button size="small" onClick={() => void resetRule(rule.key).then(() => setV({ lead: String(def.lead), co: String(def.co), cap: String(def.cap) })).catch((e: Error) => onError(e.message))}>恢复默认</Button>}
      </TableCell>
    </TableRow>
  );
}

/**
 * 积分规则: the rule table, HQ's. HQ edits points (lead and co-signer), yearly
 * caps, minimums and grades; every office sees the table read-only, with why.
 * A saved change recomputes every record and the ranking at once.
 */
export function RulesPage() {
  const navigate = useNavigate();
  const snap = useDutySnapshot();
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const why = repos.dutyRules.whyReadOnly({ id: 'settings', office: identity().office });
  const [grades, setGrades] = useState<Array<{ label: string; min: string }> | null>(null);
  const [counts, setCounts] = useState<string[] | null>(null);
  if (!snap) return <Typography color="text.secondary">正在读取…</Typography>;
  const t = snap.table;
  const g = grades ?? t.grades.map((x) => ({ label: x.label, min: Number.isFinite(x.min) ? String(x.min) : '' }));
  const c = counts ?? t.minimums.map((m) => String(m.count));
  const ruleKey = (r: DutyRule) => `${r.key}:${snap.ruleRows.find((x) => x.id === ruleRecordId(r.key))?._rev ?? ''}`;
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>履职积分规则</Typography>
        <Button onClick={() => navigate('/duty')}>返回排名</Button>
      </Stack>
      <Alert severity={why ? 'info' : 'success'} sx={{ mb: 2 }} data-testid="rules-authority">
        {why ?? '积分规则由区政协统一制定，保存后随数据包发到各工委；各工委的履职积分都按这张表计算。默认值参照已公开的区级委员履职积分办法（每次会议、视察、调研 5 分；立案提案领衔 15 分、联名 3 分；重点提案 +15/+3；优秀提案 +10/+2）。'}
      </Alert>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TableContainer component={Paper} sx={{ flex: 2 }}>
          <Table size="small" aria-label="积分项目">
            <TableHead><TableRow>{['积分项目', '分值（本人/领衔）', '联名', '年度上限（0 为不限）', ''].map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow></TableHead>
            <TableBody>
              {RULE_GROUPS.flatMap((group) => [
                <TableRow key={group}><TableCell colSpan={5} sx={{ bgcolor: 'action.hover', fontWeight: 'bold' }}>{group}</TableCell></TableRow>,
                ...t.rules.filter((r) => r.group === group).map((r) => <RuleRow key={ruleKey(r)} rule={r} readOnly={!!why} onError={setError} />),
              ])}
            </TableBody>
          </Table>
        </TableContainer>
        <Stack spacing={2} sx={{ flex: 1, minWidth: 320 }}>
          <Paper sx={{ p: 2 }}>
            <Typography variant="subtitle1" gutterBottom>年度基本要求</Typography>
            {t.minimums.map((m, i) => (
              <Stack key={m.key} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <Typography sx={{ flexGrow: 1 }}>{m.label}</Typography>
                <TextField size="small" value={c[i]} disabled={!!why} onChange={(e) => setCounts(c.map((x, j) => (j === i ? e.target.value : x)))} slotProps={{ htmlInput: { 'aria-label': `${m.label}次数` } }} sx={{ width: 64 }} />
                <Typography>次</Typography>
              </Stack>
            ))}
            <Typography variant="subtitle1" gutterBottom sx={{ mt: 2 }}>等次（按年度积分）</Typography>
            {g.map((x, i) => (
              <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <TextField size="small" value={x.label} disabled={!!why} onChange={(e) => setGrades(g.map((y, j) => (j === i ? { ...y, label: e.target.value } : y)))} sx={{ width: 110 }} slotProps={{ htmlInput: { 'aria-label': `第${i + 1}等次名称` } }} />
                {i < g.length - 1
                  ? <><Typography>≥</Typography><TextField size="small" value={x.min} disabled={!!why} onChange={(e) => setGrades(g.map((y, j) => (j === i ? { ...y, min: e.target.value } : y)))} sx={{ width: 72 }} slotProps={{ htmlInput: { 'aria-label': `${x.label}分数线` } }} /><Typography>分</Typography></>
                  : <Typography color="text.secondary">其余</Typography>}
              </Stack>
            ))}
            {!why && (
              <Button variant="contained" sx={{ mt: 1 }} onClick={() => void saveSettings(t, g, c).then(() => { setGrades(null); setCounts(null); setSaved('基本要求和等次已保存'); }).catch((e: Error) => setError(e.message))}>保存基本要求和等次</Button>
            )}
          </Paper>
          <Paper sx={{ p: 2 }}>
            <Typography variant="subtitle1" gutterBottom>届别</Typography>
            {t.terms.map((x) => <Typography key={x.name}>{x.name}：{x.from} 至 {x.to}</Typography>)}
          </Paper>
        </Stack>
      </Stack>
      <Snackbar open={!!error} autoHideDuration={8000} onClose={() => setError('')}>{error ? <Alert severity="error" onClose={() => setError('')} data-testid="rules-error">{error}</Alert> : undefined}</Snackbar>
      <Snackbar open={!!saved} autoHideDuration={4000} onClose={() => setSaved('')} message={saved} />
    </>
  );
}
