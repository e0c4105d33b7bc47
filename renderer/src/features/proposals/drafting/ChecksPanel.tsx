import { useMemo } from 'react';
import { Alert, AlertTitle, Box, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { STATUS_LABELS, type DraftFields } from '../../../../../shared/domain/proposal';
import { checkDraft, type CheckRules } from '../../../../../shared/proposals/checks';
import type { ProposalIndex } from '../../../../../shared/proposals/similar';
import { ps } from '../strings';

/** The checks as the draft is written: each with its rule and what to change; then proposals on file alike it. Advice only. */
export function ChecksPanel({ draft, rules, index, selfId, year }: { draft: DraftFields; rules: CheckRules; index: ProposalIndex | undefined; selfId: string; year: number }) {
  const findings = useMemo(() => checkDraft(draft, rules), [draft, rules]);
  const similar = useMemo(() => (index ? index.similar(draft, { selfId, year, minScore: rules.similarMin }) : []), [index, draft, selfId, year, rules.similarMin]);
  return (
    <Stack spacing={1} data-testid="checks">
      <Typography variant="subtitle2">{ps.checks}（仅供参考，由您决定是否修改）</Typography>
      {!findings.length && <Alert severity="success">{ps.checksOk}</Alert>}
      {findings.map((f) => (
        <Alert key={f.rule} severity={f.rule === 'secret' || f.rule === 'lawsuit' ? 'error' : 'warning'} data-rule={f.rule}>
          <AlertTitle sx={{ mb: 0 }}>{f.ruleText}</AlertTitle>
          {f.advice}
        </Alert>
      ))}
      <Typography variant="subtitle2" sx={{ pt: 1 }}>{ps.similar}</Typography>
      {!index ? <Typography variant="body2" color="text.secondary">正在读取已有提案…</Typography> : !similar.length ? (
        <Typography variant="body2" color="text.secondary">{ps.similarNone}</Typography>
      ) : similar.map((h) => (
        <Box key={h.id} data-testid="similar-hit">
          <Link component={RouterLink} to={`/proposals/${h.id}`}>{h.title}</Link>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {h.thisYear ? '本年度' : `${h.year} 年`} · {h.numberText || STATUS_LABELS[h.status]} · 相似度 {Math.round(h.score * 100)}%
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}
