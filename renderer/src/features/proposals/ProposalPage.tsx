import { useMemo, useState } from 'react';
import { Alert, Box, Button, Chip, Grid, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import { numberText, PROPOSER_KIND_LABELS, STATUS_LABELS, type CoSignature, type DraftFields, type Proposal, type ProposalRevision, type ProposalStep } from '../../../../shared/domain/proposal';
import { checkDraft } from '../../../../shared/proposals/checks';
import { proposalSheet } from '../../../../shared/proposals/printData';
import { draftOf } from '../../../../shared/proposals/revisions';
import { useAppStore } from '../../app/store';
import { refNames, useRefLists } from '../members/data';
import { Loading } from '../sessions/Loading';
import { useMembers, useProposalIndex, useProposals, useProposalView } from './data/hooks';
import { applyMove, deleteDraft, editable, restoreRevision } from './data/proposals';
import { useProposalSettings } from './data/settings';
import { ChecksPanel } from './drafting/ChecksPanel';
import { CoSignersPanel } from './drafting/CoSignersPanel';
import { DraftEditor } from './drafting/DraftEditor';
import { Preview } from './drafting/Preview';
import { RevisionsPanel } from './drafting/RevisionsPanel';
import { useAutosave } from './drafting/useAutosave';
import { HandlingPanel } from './handling/HandlingPanel';
import { MoveDialog } from './handling/MoveDialog';
import { ProposalOutputs } from './output/ProposalOutputs';
import { ps } from './strings';

/** A proposal: the draft (editable while a draft) with its checks, co-signers and revisions, the print preview beside it, and its handling. */
export function ProposalPage() {
  const { id } = useParams();
  const view = useProposalView(id);
  const [generation, setGeneration] = useState(0);
  const [restored, setRestored] = useState<DraftFields | null>(null);
  const [tab, setTab] = useState<Tab | null>(null);
  if (view.proposal === undefined || !view.revisions || !view.coSigners || !view.steps) return <Loading />;
  if (view.proposal === null) return <Alert severity="warning">找不到这件提案（可能已删除）。</Alert>;
  return (
    <ProposalBody key={`${view.proposal.id}:${generation}`} proposal={view.proposal} initial={restored ?? draftOf(view.proposal)}
      revisions={view.revisions} coSigners={view.coSigners} steps={view.steps}
      tab={tab ?? (editable(view.proposal) ? 'checks' : 'handling')} setTab={setTab}
      onRestored={(d) => { setRestored(d); setGeneration((g) => g + 1); }} />
  );
}

type Tab = 'checks' | 'cosign' | 'revisions' | 'handling';

interface BodyProps {
  tab: Tab;
  setTab(t: Tab): void;
  proposal: Proposal;
  initial: DraftFields;
  onRestored(d: DraftFields): void;
  revisions: ProposalRevision[];
  coSigners: CoSignature[];
  steps: ProposalStep[];
}

function ProposalBody({ proposal, initial, revisions, coSigners, steps, onRestored, tab: chosen, setTab }: BodyProps) {
  const navigate = useNavigate();
  const office = useAppStore((s) => s.info?.office);
  const actor = { name: office?.name ?? '', role: office?.role ?? 'office' } as const;
  const settings = useProposalSettings();
  const refs = useRefLists();
  const { members, byId } = useMembers();
  const all = useProposals();
  const index = useProposalIndex(all);
  const [draft, setDraft] = useState<DraftFields>(initial);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState('');
  const canEdit = editable(proposal);
  const tab = !canEdit && chosen === 'checks' ? 'handling' : chosen;
  const autosave = useAutosave(proposal.id, actor.name, proposal.savedAt);
  const shown: Proposal = canEdit ? { ...proposal, ...draft } : proposal;
  const sheet = useMemo(() => proposalSheet(shown, byId, coSigners), [shown, byId, coSigners]);
  const findings = useMemo(() => (canEdit ? checkDraft(draft, settings.rules).length : 0), [canEdit, draft, settings.rules]);

  const change = (d: DraftFields) => { setDraft(d); autosave.change(d); };
  async function restore(r: ProposalRevision) {
    setError('');
    try {
      await autosave.flush();
      const rev = await restoreRevision(proposal.id, r.id, actor.name);
      onRestored(draftOf(rev));
    } catch (e) { setError((e as Error).message); }
  }
  async function remove() {
    try { await deleteDraft(proposal.id); navigate('/proposals'); } catch (e) { setError((e as Error).message); }
  }
  const save = autosave.state;
  const saveText = save.phase === 'saved' ? (save.at ? ps.saved(save.at) : '') : save.phase === 'saving' ? ps.saving : save.phase === 'dirty' ? ps.unsaved : ps.saveFailed(save.message);

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Button onClick={() => navigate('/proposals')}>返回提案列表</Button>
        <Typography variant="h6" sx={{ flexGrow: 1 }} noWrap>{shown.title || '（未填案由）'}</Typography>
        {numberText(proposal) && <Chip label={numberText(proposal)} color="primary" variant="outlined" />}
        <Chip label={`${PROPOSER_KIND_LABELS[proposal.kind]} · ${STATUS_LABELS[proposal.status]}`} />
        <ProposalOutputs proposal={shown} members={byId} coSigners={coSigners} />
        {canEdit && !proposal.submittedAt && <Button color="inherit" onClick={() => void remove()}>删除草稿</Button>}
        {canEdit && <Button variant="contained" onClick={() => void autosave.flush().then(() => setSubmitting(true))}>提交</Button>}
      </Stack>
      {canEdit && <Typography variant="body2" color={save.phase === 'error' ? 'error' : 'text.secondary'} data-testid="save-state" sx={{ mb: 1 }}>{saveText}</Typography>}
      {proposal.review && proposal.status === 'draft' && <Alert severity="info" sx={{ mb: 1 }}>{proposal.review.opinion}（{proposal.review.by}，{proposal.review.date}）</Alert>}
      {error && <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError('')}>{error}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
            {!canEdit ? <ReadView p={proposal} /> : members ? (
              <DraftEditor draft={draft} onChange={change} members={members} byId={byId} categories={refNames(refs, 'proposalCategory')} sectors={refNames(refs, 'sector')} titleMax={settings.rules.titleMax} />
            ) : <Loading />}
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 1 }}>
              {canEdit && <Tab value="checks" label={`${ps.checks}${findings ? `（${findings}）` : ''}`} />}
              <Tab value="cosign" label={`${ps.coSigners}（${coSigners.length}）`} />
              <Tab value="revisions" label={`${ps.revisions}（${revisions.length}）`} />
              <Tab value="handling" label={`${ps.handling}（${steps.length}）`} />
            </Tabs>
            {tab === 'checks' && canEdit && <ChecksPanel draft={draft} rules={settings.rules} index={index} selfId={proposal.id} year={proposal.year} />}
            {tab === 'cosign' && members && <CoSignersPanel proposal={proposal} coSigners={coSigners} members={members} byId={byId} />}
            {tab === 'revisions' && <RevisionsPanel revisions={revisions} editable={canEdit} onRestore={(r) => void restore(r)} />}
            {tab === 'handling' && <HandlingPanel proposal={proposal} steps={steps} actor={actor} units={refNames(refs, 'unit')} all={all ?? []} />}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}><Preview data={sheet} /></Grid>
      </Grid>
      {submitting && <MoveDialog type="submit" proposal={proposal} units={[]} mergeTargets={[]} onClose={() => setSubmitting(false)}
        onMove={async (m) => { await applyMove(proposal.id, m, actor); setTab('handling'); }} />}
    </>
  );
}

function ReadView({ p }: { p: Proposal }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>{p.plenary || '平时提案'} · {p.category || '未分类'} · 收文 {p.submittedAt.replace('T', ' ').slice(0, 16) || '—'}</Typography>
      {(['situation', 'analysis', 'measures'] as const).map((k) => (
        <Box key={k} sx={{ mb: 1 }}>
          <Typography variant="subtitle2">{ps.sections[k]}</Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid={`read-${k}`}>{p[k] || '—'}</Typography>
        </Box>
      ))}
    </Box>
  );
}
