import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/domain/member';
import { statusOf } from '../../../../shared/suggestions/review';
import { useSuggestionData } from './store';

/** On a member's page: the suggestions they gave (or are credited on, merged), newest first, with outcome and award. */
export function MemberSuggestions({ member }: { member: Member }) {
  const navigate = useNavigate();
  const data = useSuggestionData();
  const lines = useMemo(() => {
    if (!data) return undefined;
    const titles = new Map(data.campaigns.map((c) => [c.id, c.title]));
    return [...data.suggestions.values()]
      .filter((s) => !s.deleted && s.submitter.kind === 'member' && s.submitter.memberId === member.id)
      .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn))
      .map((s) => ({ s, campaign: titles.get(s.campaignId) ?? '', kept: s.mergedInto ? data.suggestions.get(s.mergedInto) : undefined }));
  }, [data, member.id]);
  if (!lines) return null;
  if (!lines.length) return <Typography color="text.secondary">这位委员还没有提交过建议。</Typography>;
  return (
    <Table size="small" aria-label="委员的建议">
      <TableHead>
        <TableRow>{['收到日期', '标题', '征集活动', '类别', '结果', '奖项', '反馈'].map((h) => <TableCell key={h}>{h}</TableCell>)}</TableRow>
      </TableHead>
      <TableBody>
        {lines.map(({ s, campaign, kept }) => (
          <TableRow key={s.id} data-testid="member-suggestion">
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.receivedOn}</TableCell>
            <TableCell><Link component="button" sx={{ textAlign: 'left' }} onClick={() => navigate(`/suggestions/${s.id}`)}>{s.title}</Link></TableCell>
            <TableCell>{campaign}</TableCell>
            <TableCell>{s.category}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{statusOf(s)}{kept ? `（${statusOf(kept)}）` : ''}</TableCell>
            <TableCell>{s.award || kept?.award || ''}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.feedback ? `${s.feedback.date} ${s.feedback.way}` : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
