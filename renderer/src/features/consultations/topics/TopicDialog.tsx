import { useState } from 'react';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { LINKED_SOURCES, TOPIC_SOURCES, TOPIC_WEIGHTS, type ConsultTopic, type TopicSource, type TopicWeight } from '../../../../../shared/domain/consultation';
import { checkTopic, type TopicField, type TopicInput } from '../../../../../shared/consultations/validate';
import { repos } from '../../../db';
import { refNames, useRefLists } from '../../members/data';
import { saveTopic } from '../data/writes';

interface SourceOption { id: string; label: string; category: string }

/** The suggestions or proposals a topic may come from (titles only), newest first. */
function useSourceOptions(kind: TopicSource): SourceOption[] {
  return useLiveQuery(async () => {
    if (LINKED_SOURCES[kind] === 'suggestions') return (await repos.suggestions.all()).sort((a, b) => b.receivedOn.localeCompare(a.receivedOn)).map((s) => ({ id: s.id, label: s.title, category: s.category }));
    if (LINKED_SOURCES[kind] === 'proposals') return (await repos.proposals.all()).filter((p) => p.status !== 'draft').sort((a, b) => b.year - a.year).map((p) => ({ id: p.id, label: p.title, category: '' }));
    return [];
  }, [kind]) ?? [];
}

/** 新增/修改议题: title, category, weight, where it came from (a suggestion or proposal on file can be picked), the reason. */
export function TopicDialog({ topic, year, district, onClose }: { topic?: ConsultTopic; year: number; district: boolean; onClose(saved?: ConsultTopic): void }) {
  const refs = useRefLists();
  const categories = refNames(refs, 'consultationCategory');
  const [v, setV] = useState<TopicInput>(topic ? { year: topic.year, title: topic.title, category: topic.category, weight: topic.weight, source: topic.source, reason: topic.reason, raisedBy: topic.raisedBy }
    : { year, title: '', category: '', weight: '实事', source: { kind: '委员提出', refId: '', refText: '' }, reason: '', raisedBy: '' });
  const [error, setError] = useState('');
  const [errors, setErrors] = useState<Partial<Record<TopicField, string>>>({});
  const options = useSourceOptions(v.source.kind);
  const linked = LINKED_SOURCES[v.source.kind];
  const picked = options.find((o) => o.id === v.source.refId) ?? null;

  async function save() {
    setError('');
    const c = checkTopic(v);
    setErrors(c.ok ? {} : c.errors);
    if (!c.ok) return;
    try { onClose(await saveTopic(v, { id: topic?.id, district })); } catch (e) { setError((e as Error).message); }
  }
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{topic ? '修改议题' : district ? '新增区政协议题（发往各办公室）' : '新增议题'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} component="form" aria-label="议题">
          <Stack direction="row" spacing={2}>
            <TextField select label="来源" value={v.source.kind} sx={{ width: 160 }} onChange={(e) => setV({ ...v, source: { kind: e.target.value as TopicSource, refId: '', refText: '' } })}>
              {TOPIC_SOURCES.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
            </TextField>
            {linked ? (
              <Autocomplete sx={{ flexGrow: 1 }} options={options} value={picked} getOptionLabel={(o) => o.label} isOptionEqualToValue={(a, b) => a.id === b.id}
                filterOptions={(opts, st) => opts.filter((o) => o.label.includes(st.inputValue)).slice(0, 50)}
                onChange={(_, o) => setV({ ...v, source: { ...v.source, refId: o?.id ?? '', refText: o?.label ?? '' }, title: v.title || (o ? o.label.replace(/^关于/, '').replace(/的(建议|意见建议|提案)$/, '') : ''), category: v.category || (o && categories.includes(o.category) ? o.category : '') })}
                renderInput={(p) => <TextField {...p} label={linked === 'suggestions' ? '选择献一计建议' : '选择提案'} error={!!errors.source} helperText={errors.source} />} />
            ) : (
              <TextField sx={{ flexGrow: 1 }} label={v.source.kind === '社情民意' ? '社情民意信息编号或标题' : '提出者或出处（可不填）'} error={!!errors.source} helperText={errors.source ?? (v.source.kind === '社情民意' ? '社情民意模块建成后可直接选择' : '')} value={v.source.refText} onChange={(e) => setV({ ...v, source: { ...v.source, refText: e.target.value } })} />
            )}
          </Stack>
          <TextField label="议题名称" error={!!errors.title} helperText={errors.title} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />
          <Stack direction="row" spacing={2}>
            <TextField select label="类别" error={!!errors.category} helperText={errors.category} value={v.category} sx={{ flexGrow: 1 }} onChange={(e) => setV({ ...v, category: e.target.value })}>
              {categories.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
            </TextField>
            <TextField select label="性质" value={v.weight} sx={{ width: 120 }} onChange={(e) => setV({ ...v, weight: e.target.value as TopicWeight })}>
              {TOPIC_WEIGHTS.map((w) => <MenuItem key={w} value={w}>{w}</MenuItem>)}
            </TextField>
            <TextField label="年度" type="number" value={v.year} sx={{ width: 110 }} onChange={(e) => setV({ ...v, year: Number(e.target.value) })} />
          </Stack>
          <TextField label="提出者（委员、部门或社区）" value={v.raisedBy} onChange={(e) => setV({ ...v, raisedBy: e.target.value })} />
          <TextField label="理由（为什么要协商这件事）" error={!!errors.reason} helperText={errors.reason} multiline minRows={2} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} />
          {(error || Object.keys(errors).length > 0) && <Alert severity="error" data-testid="topic-error">{error || `请改正：${Object.values(errors).join('；')}`}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>取消</Button>
        <Button variant="contained" onClick={() => void save()}>保存议题</Button>
      </DialogActions>
    </Dialog>
  );
}
