import { Autocomplete, Box, MenuItem, Stack, TextField } from '@mui/material';
import type { Member } from '../../../../../shared/domain/member';
import { PROPOSER_KIND_LABELS, PROPOSER_KINDS, type DraftFields, type ProposerKind } from '../../../../../shared/domain/proposal';
import { ps } from '../strings';

interface Props {
  draft: DraftFields;
  onChange(d: DraftFields): void;
  members: Member[];
  byId: Map<string, Member>;
  categories: string[];
  sectors: string[];
  titleMax: number;
}

/** Every field of a proposal: 案由, plenary, proposer kind and proposer, category, 情况/分析/建议, contact. */
export function DraftEditor({ draft, onChange, members, byId, categories, sectors, titleMax }: Props) {
  const set = <K extends keyof DraftFields>(k: K, v: DraftFields[K]) => onChange({ ...draft, [k]: v });
  const byMember = draft.kind === 'individual' || draft.kind === 'joint';
  const lead = draft.leadMemberId ? byId.get(draft.leadMemberId) ?? null : null;
  return (
    <Stack spacing={2}>
      <TextField label="案由" value={draft.title} onChange={(e) => set('title', e.target.value)} placeholder="关于……的建议"
        helperText={`${Array.from(draft.title).length} / ${titleMax} 字；写成“关于……的建议”，一件提案只提一件事`} slotProps={{ htmlInput: { 'data-testid': 'field-title' } }} fullWidth />
      <Stack direction="row" spacing={2}>
        <TextField label="届次会议" value={draft.plenary} onChange={(e) => set('plenary', e.target.value)} helperText="留空即为平时提案" sx={{ width: 180 }} />
        <TextField select label="提案者类别" value={draft.kind} onChange={(e) => set('kind', e.target.value as ProposerKind)} sx={{ width: 150 }}>
          {PROPOSER_KINDS.map((k) => <MenuItem key={k} value={k}>{PROPOSER_KIND_LABELS[k]}</MenuItem>)}
        </TextField>
        <TextField select label="类别" value={categories.includes(draft.category) ? draft.category : ''} onChange={(e) => set('category', e.target.value)} sx={{ width: 150 }}>
          <MenuItem value="">（未选）</MenuItem>
          {categories.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={2}>
        {byMember ? (
          <Autocomplete sx={{ flex: 1 }} options={members} value={lead} getOptionLabel={(m) => `${m.name}（${m.sector}）`}
            onChange={(_, m) => set('leadMemberId', m?.id ?? '')} isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(p) => <TextField {...p} label="第一提案人" />} />
        ) : (
          <Autocomplete sx={{ flex: 1 }} freeSolo options={sectors} value={draft.proposerName} onInputChange={(_, v) => set('proposerName', v)}
            renderInput={(p) => <TextField {...p} label="提案单位（界别、党派团体或专委会）" />} />
        )}
        <TextField label="联系人及电话" value={draft.contact} onChange={(e) => set('contact', e.target.value)} sx={{ flex: 1 }} />
      </Stack>
      {(['situation', 'analysis', 'measures'] as const).map((k) => (
        <Box key={k}>
          <TextField label={ps.sections[k]} value={draft[k]} onChange={(e) => set(k, e.target.value)} multiline minRows={k === 'measures' ? 5 : 4}
            helperText={ps.sectionHelp[k]} fullWidth slotProps={{ htmlInput: { 'data-testid': `field-${k}` } }} />
        </Box>
      ))}
    </Stack>
  );
}
