import { useEffect, useState } from 'react';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { DEFAULT_RULES, type CheckRules } from '../../../../../shared/proposals/checks';
import { readSettings, saveSettings, type ProposalSettings } from '../data/settings';

const LISTS: Array<[keyof Pick<CheckRules, 'vague' | 'personal' | 'lawsuit' | 'secret' | 'advert'>, string]> = [
  ['vague', '只是表态、不算具体措施的说法'], ['personal', '个人或家庭事务的用语'], ['lawsuit', '诉讼、仲裁的用语'], ['secret', '涉密的用语'], ['advert', '广告、推销的用语'],
];

/** The office edits the drafting rules and caps; a value out of range is refused with its message. */
export function RulesPage() {
  const navigate = useNavigate();
  const [s, setS] = useState<ProposalSettings | null>(null);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  useEffect(() => { void readSettings().then(setS); }, []);
  if (!s) return null;
  const r = s.rules;
  const setRule = <K extends keyof CheckRules>(k: K, v: CheckRules[K]) => setS({ ...s, rules: { ...r, [k]: v } });
  const num = (k: 'titleMax' | 'bodyMax' | 'maxMeasures', label: string) => (
    <TextField label={label} type="number" value={r[k]} onChange={(e) => setRule(k, Number(e.target.value))} sx={{ width: 180 }} />
  );
  async function save() {
    try { await saveSettings(s!); setNote({ text: '已保存。起草检查按新规则进行。' }); } catch (e) { setNote({ text: (e as Error).message, error: true }); }
  }
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>起草规则</Typography>
        <Button onClick={() => navigate('/proposals')}>返回提案列表</Button>
      </Stack>
      <Paper sx={{ p: 2 }}>
        <Stack spacing={2}>
          <TextField label="新提案的届次会议" value={s.plenary} onChange={(e) => setS({ ...s, plenary: e.target.value })} helperText="留空为平时提案" sx={{ width: 260 }} />
          <Stack direction="row" spacing={2}>
            {num('titleMax', '案由字数上限')}
            {num('bodyMax', '正文字数上限')}
            {num('maxMeasures', '建议条数上限')}
            <TextField label="相似提案提示的相似度（0.1–0.95）" type="number" value={r.similarMin} onChange={(e) => setRule('similarMin', Number(e.target.value))} sx={{ width: 260 }} slotProps={{ htmlInput: { step: 0.05 } }} />
          </Stack>
          {LISTS.map(([k, label]) => (
            <TextField key={k} label={`${label}（用顿号或逗号分隔）`} value={r[k].join('、')} fullWidth
              onChange={(e) => setRule(k, e.target.value.split(/[、，,\s]+/).map((w) => w.trim()).filter(Boolean))} />
          ))}
          {note && <Alert severity={note.error ? 'error' : 'success'}>{note.text}</Alert>}
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void save()}>保存</Button>
            <Button onClick={() => setS({ ...s, rules: DEFAULT_RULES })}>恢复默认</Button>
          </Stack>
        </Stack>
      </Paper>
    </>
  );
}
